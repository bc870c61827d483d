/** Polish messages of the template gallery (the templates' own names and descriptions: templateItems.ts). */
import type { MessagesOf } from '../messages';
import type { templates as en } from '../en/templates';

export const templates: MessagesOf<typeof en> = {
  'templates.title': 'Zacznij od szablonu',
  'templates.list': 'Szablony',
  'templates.loading': 'Wczytywanie szablonów…',
  'templates.shopifyOnly': 'Tylko Shopify',
  'templates.notInstalled': ' · niezainstalowana',
  'templates.runsIn': 'Mógłby działać już dziś w: {stores}.',
  'templates.cannotRunBefore': 'Nie może jeszcze działać w żadnym sklepie: zainstaluj {apps} w sklepie na stronie ',
  'templates.cannotRunAfter': '.',
  'templates.and': ' i ',
  'templates.use': 'Użyj szablonu',
  'templates.useNamed': 'Użyj szablonu {name}',
};
