/** Polish messages of the template gallery (the templates' own names and descriptions: templateItems.ts). */
import type { MessagesOf } from '../messages';
import type { templates as en } from '../en/templates';

export const templates: MessagesOf<typeof en> = {
  'templates.title': 'Zacznij od szablonu',
  'templates.loading': 'Wczytywanie szablonów…',
};
