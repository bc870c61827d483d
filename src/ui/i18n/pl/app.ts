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
  'app.storage.saveQuota':
    'W przeglądarce nie ma już miejsca na dane Flowbench. Wyeksportuj swoją pracę, a potem zwolnij miejsce (usuń stare uruchomienia lub przepływy).',
  'app.cancel': 'Anuluj',
  'app.dismiss': 'Zamknij',
  'app.close': 'Zamknij',
  'app.saveName': 'Zapisz nazwę',
  'app.rename': 'Zmień nazwę',
};
