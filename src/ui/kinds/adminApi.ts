/** The Send Admin API request kind in the UI: Flow's own action, offered in the palette's Logic section; its mutation set in AdminApiSettings. */
import { SHOPIFY_APP_ID } from '../../domain/catalog/catalog';
import { say } from './text';
import type { UiKind } from './types';

export const adminApiUi: UiKind<'adminApi'> = {
  kind: 'adminApi',
  text: (step, language) => ({
    kindLabel: say(language, 'canvas.kind.adminApi'),
    appName: 'Shopify',
    appId: SHOPIFY_APP_ID,
    title: step.mutation.trim() === '' ? say(language, 'canvas.adminApi.noMutation') : say(language, 'canvas.adminApi.title', { mutation: step.mutation.trim() }),
  }),
  heading: (_step, language) => ({ app: 'Shopify', name: say(language, 'canvas.kind.adminApi') }),
  portLabels: { next: 'canvas.port.next' },
  paletteEntries: [
    {
      section: 'logic',
      args: {},
      name: { en: 'Send Admin API request', pl: 'Wyślij żądanie Admin API' },
      description: {
        en: "Runs an Admin API mutation, like tagsAdd, on the store's data; later steps read its response.",
        pl: 'Wykonuje mutację Admin API, np. tagsAdd, na danych sklepu; kolejne kroki odczytują jej odpowiedź.',
      },
    },
  ],
};
