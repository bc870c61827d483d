/** Polish messages of the storage banner. */
import type { MessagesOf } from '../messages';
import type { storageBanner as en } from '../en/storageBanner';

export const storageBanner: MessagesOf<typeof en> = {
  'storageBanner.export': 'Eksportuj ten przepływ',
  'storageBanner.reload': 'Wczytaj ponownie',
  'storageBanner.unsaved.title': 'Ostatnia zmiana nie została zapisana.',
  'storageBanner.unsaved.detail':
    'Twoja praca jest nadal otwarta w tej karcie, a Flowbench wciąż próbuje ją zapisać: nie zamykaj karty i wyeksportuj przepływ, aby mieć kopię.',
  'storageBanner.unavailable.title': 'Ta przeglądarka nie pozwala Flowbench niczego zapisywać',
  'storageBanner.unavailable.detail':
    'IndexedDB jest niedostępne (może być wyłączone albo to okno prywatne). Nic, co tu zrobisz, nie zostanie zachowane: wyeksportuj swoją pracę przed zamknięciem karty.',
  'storageBanner.blocked.title': 'Inna karta Flowbench blokuje aktualizację',
  'storageBanner.blocked.detail':
    'Starsza wersja Flowbench jest otwarta w innej karcie i uniemożliwia aktualizację bazy danych. Zamknij pozostałe karty Flowbench; ta karta sama będzie kontynuować, gdy zostaną zamknięte.',
  'storageBanner.newer.title': 'W innej karcie otwarto nowszą wersję Flowbench',
  'storageBanner.newer.detail':
    'Ta karta ustąpiła, aby nowsza wersja mogła zaktualizować Twoje dane. Wyeksportuj wszystko, co niezapisane, a potem wczytaj tę kartę ponownie.',
  'storageBanner.openFailed.title': 'Flowbench nie może otworzyć swojego magazynu danych',
  'storageBanner.openFailed.quota': 'W przeglądarce zabrakło miejsca dla Flowbench. Zwolnij trochę miejsca i wczytaj stronę ponownie.',
  'storageBanner.openFailed.refused':
    'Przeglądarka odmówiła otwarcia bazy danych ({error}). Wyeksportuj swoją pracę i wczytaj stronę ponownie; jeśli to się powtarza, sprawdź, czy ta witryna może przechowywać dane.',
};
