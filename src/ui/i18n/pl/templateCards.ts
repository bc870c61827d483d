/** Polish messages of the template gallery's cards. */
import type { MessagesOf } from '../messages';
import type { templateCards as en } from '../en/templateCards';

export const templateCards: MessagesOf<typeof en> = {
  'templateCards.list': 'Szablony',
  'templateCards.shopifyOnly': 'Tylko Shopify',
  'templateCards.notInstalled': ' · niezainstalowana',
  'templateCards.runsIn': 'Mógłby działać już dziś w: {stores}.',
  'templateCards.cannotRunBefore': 'Nie może jeszcze działać w żadnym sklepie: zainstaluj {apps} w sklepie na stronie ',
  'templateCards.cannotRunAfter': '.',
  'templateCards.and': ' i ',
  'templateCards.use': 'Użyj szablonu',
  'templateCards.useNamed': 'Użyj szablonu {name}',
};
