/** Polish messages of the app frame. */
import type { MessagesOf } from '../messages';
import type { app as en } from '../en/app';

export const app: MessagesOf<typeof en> = {
  'app.loading': 'Wczytywanie…',
  'app.title': '{page} · Flowbench',
  'app.error.title': 'Coś poszło nie tak na tej stronie',
  'app.error.body':
    'Flowbench napotkał nieoczekiwany problem i przestał wyświetlać tę stronę. Zapisana praca pozostaje w tej przeglądarce; pozostałe strony nadal działają.',
  'app.error.retry': 'Spróbuj ponownie',
  'app.error.reload': 'Wczytaj Flowbench ponownie',
  'app.storage.export': 'Eksportuj ten przepływ',
  'app.storage.reload': 'Wczytaj ponownie',
  'app.storage.unsaved.title': 'Ostatnia zmiana nie została zapisana.',
  'app.storage.unsaved.detail':
    'Twoja praca jest nadal otwarta w tej karcie, a Flowbench wciąż próbuje ją zapisać: nie zamykaj karty i wyeksportuj przepływ, aby mieć kopię.',
  'app.storage.unavailable.title': 'Ta przeglądarka nie pozwala Flowbench niczego zapisywać',
  'app.storage.unavailable.detail':
    'IndexedDB jest niedostępne (może być wyłączone albo to okno prywatne). Nic, co tu zrobisz, nie zostanie zachowane: wyeksportuj swoją pracę przed zamknięciem karty.',
  'app.storage.blocked.title': 'Inna karta Flowbench blokuje aktualizację',
  'app.storage.blocked.detail':
    'Starsza wersja Flowbench jest otwarta w innej karcie i uniemożliwia aktualizację bazy danych. Zamknij pozostałe karty Flowbench; ta karta sama będzie kontynuować, gdy zostaną zamknięte.',
  'app.storage.newer.title': 'W innej karcie otwarto nowszą wersję Flowbench',
  'app.storage.newer.detail':
    'Ta karta ustąpiła, aby nowsza wersja mogła zaktualizować Twoje dane. Wyeksportuj wszystko, co niezapisane, a potem wczytaj tę kartę ponownie.',
  'app.storage.openFailed.title': 'Flowbench nie może otworzyć swojego magazynu danych',
  'app.storage.openFailed.quota': 'W przeglądarce zabrakło miejsca dla Flowbench. Zwolnij trochę miejsca i wczytaj stronę ponownie.',
  'app.storage.openFailed.refused':
    'Przeglądarka odmówiła otwarcia bazy danych ({error}). Wyeksportuj swoją pracę i wczytaj stronę ponownie; jeśli to się powtarza, sprawdź, czy ta witryna może przechowywać dane.',
  'app.storage.saveQuota':
    'W przeglądarce nie ma już miejsca na dane Flowbench. Wyeksportuj swoją pracę, a potem zwolnij miejsce (usuń stare uruchomienia lub przepływy).',
  'app.cancel': 'Anuluj',
  'app.dismiss': 'Zamknij',
  'app.close': 'Zamknij',
  'app.saveName': 'Zapisz nazwę',
  'app.rename': 'Zmień nazwę',
};
