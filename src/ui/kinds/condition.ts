/** The condition kind in the UI: Flow's own logic, its criteria built in ConditionBuilder, two labelled ports. */
import { say } from './text';
import type { UiKind } from './types';

export const conditionUi: UiKind<'condition'> = {
  kind: 'condition',
  text(step, language) {
    const count = step.criteria.items.length;
    return {
      kindLabel: say(language, 'canvas.kind.condition'),
      appName: say(language, 'canvas.logic'),
      title: count === 0 ? say(language, 'canvas.condition.empty') : say(language, 'canvas.condition.criteria', { count }),
    };
  },
  heading: (_step, language) => ({ app: say(language, 'canvas.logic'), name: say(language, 'canvas.kind.condition') }),
  portLabels: { then: 'canvas.port.then', otherwise: 'canvas.port.otherwise' },
  paletteEntries: [
    {
      section: 'logic',
      args: {},
      name: { en: 'Condition', pl: 'Warunek' },
      description: {
        en: "Continues by Then or Otherwise depending on the workflow's data.",
        pl: 'Kontynuuje ścieżką „Wtedy” lub „W przeciwnym razie” zależnie od danych przepływu pracy.',
      },
    },
  ],
};
