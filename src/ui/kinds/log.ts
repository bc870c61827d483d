/** The log kind in the UI: Flow's own logic, offered in the palette's Logic section; its message set in LogSettings. */
import { say } from './text';
import type { UiKind } from './types';

export const logUi: UiKind<'log'> = {
  kind: 'log',
  text: (_step, language) => ({ kindLabel: say(language, 'canvas.kind.log'), appName: say(language, 'canvas.logic'), title: say(language, 'canvas.log.title') }),
  heading: (_step, language) => ({ app: say(language, 'canvas.logic'), name: say(language, 'canvas.kind.log') }),
  portLabels: { next: 'canvas.port.next' },
  recordFields: { message: 'runs.field.log.message' },
  paletteEntries: [
    {
      section: 'logic',
      args: {},
      name: { en: 'Log output', pl: 'Zapis w dzienniku' },
      description: {
        en: "Writes a line with the workflow's data into the run's log.",
        pl: 'Zapisuje wiersz z danymi przepływu pracy w dzienniku przebiegu.',
      },
    },
  ],
};
