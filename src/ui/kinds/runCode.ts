/** The Run code kind in the UI: Flow's own logic, offered in the palette's Logic section; its three fields set in RunCodeSettings. */
import { say } from './text';
import type { UiKind } from './types';

export const runCodeUi: UiKind<'runCode'> = {
  kind: 'runCode',
  text: (step, language) => ({
    kindLabel: say(language, 'canvas.kind.runCode'),
    appName: say(language, 'canvas.logic'),
    title: say(language, 'canvas.runCode.title', { name: step.variable }),
  }),
  heading: (_step, language) => ({ app: say(language, 'canvas.logic'), name: say(language, 'canvas.kind.runCode') }),
  portLabels: { next: 'canvas.port.next' },
  paletteEntries: [
    {
      section: 'logic',
      args: {},
      name: { en: 'Run code', pl: 'Uruchom kod' },
      description: {
        en: "Runs JavaScript on the workflow's data in a sandbox; later steps read its result, like runCode.points.",
        pl: 'Uruchamia kod JavaScript na danych przepływu pracy w piaskownicy; kolejne kroki odczytują jego wynik, np. runCode.points.',
      },
    },
  ],
};
