/** The wait kind in the UI: Flow's own logic, its duration set in WaitSettings. */
import { say } from './text';
import type { UiKind } from './types';

export const waitUi: UiKind<'wait'> = {
  kind: 'wait',
  text(step, language) {
    const { amount, unit } = step.duration;
    return { kindLabel: say(language, 'canvas.kind.wait'), appName: say(language, 'canvas.logic'), title: say(language, `canvas.wait.${unit}`, { count: amount }) };
  },
  heading: (_step, language) => ({ app: say(language, 'canvas.logic'), name: say(language, 'canvas.kind.wait') }),
  portLabels: { next: 'canvas.port.next' },
  paletteEntries: [
    {
      section: 'logic',
      args: {},
      name: { en: 'Wait', pl: 'Czekaj' },
      description: { en: 'Pauses the workflow for minutes, hours or days.', pl: 'Wstrzymuje przepływ pracy na minuty, godziny lub dni.' },
    },
  ],
};
