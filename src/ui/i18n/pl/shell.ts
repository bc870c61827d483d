/** Polish messages of the app shell. */
import type { MessagesOf } from '../messages';
import type { shell as en } from '../en/shell';

export const shell: MessagesOf<typeof en> = {
  'shell.nav.label': 'Główna',
  'shell.nav.workflows': 'Przepływy',
  'shell.nav.editor': 'Edytor',
  'shell.nav.organization': 'Organizacja',
  'shell.nav.runs': 'Uruchomienia',
  'shell.nav.sandbox': 'Piaskownica',
  'shell.theme.label': 'Motyw',
  'shell.theme.system': 'Jak w systemie',
  'shell.theme.light': 'Jasny',
  'shell.theme.dark': 'Ciemny',
  'shell.language.label': 'Język',
  'shell.save.status': 'Stan zapisu',
  'shell.help.button': 'Pomoc',
  'shell.help.takeTour': 'Uruchom przewodnik',
};
