/** The For each kind in the UI: Flow's own logic, offered in the palette's Logic section; its list chosen in ForEachSettings. */
import { say } from './text';
import type { UiKind } from './types';

export const forEachUi: UiKind<'forEach'> = {
  kind: 'forEach',
  text: (step, language) => ({
    kindLabel: say(language, 'canvas.kind.forEach'),
    appName: say(language, 'canvas.logic'),
    title: step.list === '' ? say(language, 'canvas.forEach.noList') : say(language, 'canvas.forEach.title', { list: step.list }),
  }),
  heading: (_step, language) => ({ app: say(language, 'canvas.logic'), name: say(language, 'canvas.kind.forEach') }),
  portLabels: { loop_body: 'canvas.port.loopBody', after: 'canvas.port.after' },
  recordFields: { list: 'runs.field.forEach.list', items: 'runs.field.forEach.items', item: 'runs.field.forEach.item' },
  paletteEntries: [
    {
      section: 'logic',
      args: {},
      name: { en: 'For each', pl: 'Dla każdego' },
      description: {
        en: 'Runs the steps on "For each item" once for every item of a list (at most 100), then goes on after the loop.',
        pl: 'Wykonuje kroki na ścieżce „Dla każdego elementu” raz dla każdego elementu listy (najwyżej 100), a potem przechodzi dalej za pętlę.',
      },
    },
  ],
};
