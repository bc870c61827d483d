/** English messages of the template gallery (the templates' own names and descriptions: templateItems.ts). */
export const templates = {
  'templates.title': 'Start from a template',
  'templates.loading': 'Loading templates…',
} as const;
