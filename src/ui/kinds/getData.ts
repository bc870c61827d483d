/** The Get data kind in the UI: Flow's own data step, named per resource; its search set in GetDataSettings. */
import { GET_DATA_NAMES } from '../../domain/workflow/kinds/getData';
import { say } from './text';
import type { UiKind } from './types';

export const getDataUi: UiKind<'getData'> = {
  kind: 'getData',
  text: (step, language) => ({
    kindLabel: say(language, 'canvas.kind.getData'),
    appName: say(language, 'canvas.data'),
    title: GET_DATA_NAMES[step.resource][language],
  }),
  heading: (step, language) => ({ app: say(language, 'canvas.data'), name: GET_DATA_NAMES[step.resource][language] }),
  portLabels: { next: 'canvas.port.next' },
};
