/** English messages of the template gallery (the templates' own names and descriptions: templateItems.ts). */
export const templates = {
  'templates.title': 'Start from a template',
  'templates.list': 'Templates',
  'templates.loading': 'Loading templates…',
  'templates.shopifyOnly': 'Shopify only',
  'templates.notInstalled': ' · not installed',
  'templates.runsIn': 'Could run today in {stores}.',
  'templates.cannotRunBefore': "Can't run in any store yet: install {apps} in a store on the ",
  'templates.cannotRunAfter': ' page.',
  'templates.and': ' and ',
  'templates.use': 'Use template',
  'templates.useNamed': 'Use template {name}',
} as const;
