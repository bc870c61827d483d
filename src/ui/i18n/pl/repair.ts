/** Polish messages of the error view's repair actions. */
import type { MessagesOf } from '../messages';
import type { repair as en } from '../en/repair';

export const repair: MessagesOf<typeof en> = {
  'repair.title': 'Usuń to, co może być przyczyną',
  'repair.intro':
    'Jeśli problem pojawił się po imporcie, przyczyną może być to, co zaimportowano. Usunięcie tego tutaj zachowa całą resztę; najpierw wyeksportuj wszystko, by mieć kopię.',
  'repair.list': 'Co można usunąć',
  'repair.export': 'Eksportuj wszystko',
  'repair.workflow': 'Przepływ „{name}” otwarty na tej stronie',
  'repair.app': 'Własna aplikacja {name}',
  'repair.remove': 'Usuń',
  'repair.removeWorkflowLabel': 'Usuń przepływ {name}',
  'repair.removeAppLabel': 'Usuń własną aplikację {name}',
  'repair.confirmWorkflow': 'Usunąć przepływ „{name}”?',
  'repair.confirmApp': 'Usunąć {name}?',
  'repair.confirmBody':
    'Tego nie da się tu cofnąć. Przepływy, które używają usuniętej aplikacji, zachowują swoje kroki i pokazują aplikację jako nieznaną.',
};
