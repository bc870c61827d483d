/** Polish messages about the installed app: working offline and new versions. */
import type { MessagesOf } from '../messages';
import type { pwa as en } from '../en/pwa';

export const pwa: MessagesOf<typeof en> = {
  'pwa.update.title': 'Dostępna aktualizacja',
  'pwa.update.detail': 'Nowa wersja Flowbench jest gotowa. Twoja praca zostanie zachowana po przeładowaniu.',
  'pwa.update.reload': 'Przeładuj',
  'pwa.update.reloading': 'Przeładowywanie…',
  'pwa.update.later': 'Później',
  'pwa.offline.title': 'Gotowe do pracy offline',
  'pwa.offline.detail': 'Flowbench jest teraz zapisany w tej przeglądarce i otwiera się bez sieci.',
  'pwa.offline.dismiss': 'OK',
};
