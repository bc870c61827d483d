/** Polish messages of the guided tour and the header's Help menu. */
import type { MessagesOf } from '../messages';
import type { tour as en } from '../en/tour';

export const tour: MessagesOf<typeof en> = {
  'tour.progress': '{current} z {total}',
  'tour.back': 'Wstecz',
  'tour.next': 'Dalej',
  'tour.done': 'Gotowe',
  'tour.skip': 'Pomiń przewodnik',
  'tour.welcome.title': 'Witaj we Flowbench',
  'tour.welcome.body':
    'Sześć krótkich kroków: palety w edytorze, z których aplikacji możesz korzystać, zasada dotycząca warunków, a na koniec wywołanie wyzwalacza i odczytanie jego uruchomienia na stronie uruchomień. W trakcie możesz normalnie korzystać z aplikacji, a przewodnik otworzysz ponownie z menu Pomoc.',
  'tour.palettes.title': 'Palety: stąd biorą się kroki',
  'tour.palettes.body':
    'Przepływ zaczyna się od jednego wyzwalacza, po którym następują akcje. Kliknij element, aby dodać go do otwartego przepływu, albo przeciągnij go na kanwę. Wyszukiwarka znajduje elementy po angielsku i po polsku.',
  'tour.installed.title': 'Zainstalowane i niezainstalowane',
  'tour.installed.body':
    'Aplikacja jest zainstalowana, gdy ma ją co najmniej jeden sklep organizacji, i dopiero wtedy możesz używać jej wyzwalaczy i akcji. Sekcja niezainstalowanych (kliknij, aby ją rozwinąć) pokazuje pozostałe aplikacje, każdą z wyjaśnieniem i odnośnikiem do strony organizacji, na której je zainstalujesz.',
  'tour.conditions.title': 'Warunki nigdy nie korzystają z konektorów',
  'tour.conditions.body':
    'Warunek pochodzi z sekcji logiki i sprawdza dane wyzwalacza oraz wcześniejszych kroków. Konektorów nie można używać do ustawiania warunków, dlatego nie ma tu żadnej aplikacji, a upuszczenie konektora na warunek zostanie odrzucone. Akcje konektorów umieść za warunkiem, w jednej z jego gałęzi.',
  'tour.fire.title': 'Wywołaj wyzwalacz',
  'tour.fire.body':
    'Wybierz aplikację, jej wyzwalacz i sklepy, a potem naciśnij przycisk wywołania; dane to przykład, który możesz edytować. Każdy włączony przepływ zaczynający się od tego wyzwalacza uruchamia się w każdym wybranym sklepie albo dostaje pominięte uruchomienie z wyjaśnieniem. Nowe przepływy są wyłączone: najpierw włącz jeden w edytorze lub na stronie przepływów.',
  'tour.run.title': 'Odczytaj uruchomienie',
  'tour.run.body':
    'Tu widać każde uruchomienie, od najnowszego, z jego sklepem, stanem i podsumowaniem; pominięte uruchomienie mówi, dlaczego je pominięto. Otwórz szczegóły, aby zobaczyć każdy krok z danymi wejściowymi, wynikiem, błędami i ponowieniami.',
};
