/** English messages of the template gallery's cards (loaded with them). */
export const templateCards = {
  'templateCards.list': 'Templates',
  'templateCards.shopifyOnly': 'Shopify only',
  'templateCards.notInstalled': ' · not installed',
  'templateCards.runsIn': 'Could run today in {stores}.',
  'templateCards.cannotRunBefore': "Can't run in any store yet: install {apps} in a store on the ",
  'templateCards.cannotRunAfter': ' page.',
  'templateCards.and': ' and ',
  'templateCards.use': 'Use template',
  'templateCards.useNamed': 'Use template {name}',
} as const;
