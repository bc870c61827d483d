/** The foreign kind in the UI: a Flow task Flowbench doesn't know, named by its task id; never in a palette (only Flow imports make one). */
import { say } from './text';
import type { UiKind } from './types';

export const foreignUi: UiKind<'foreign'> = {
  kind: 'foreign',
  text: (step, language) => ({ kindLabel: say(language, 'canvas.kind.foreign'), appName: say(language, 'canvas.foreign.app'), title: step.taskId }),
  heading: (step, language) => ({ app: say(language, 'canvas.foreign.app'), name: step.taskId }),
  portLabels: { next: 'canvas.port.next' },
};
