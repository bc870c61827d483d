/**
 * The action kind in the UI: named by its app and action, its input fields set in ActionSettings.
 * Its names come from the manifests (the index has no built-in actions: domain/catalog/catalog.ts
 * IndexApp), which every page that shows steps loads first (ui/App.tsx, the Flow export's dialog).
 */
import { currentCatalog } from '../../state/catalog';
import { pick, say } from './text';
import type { UiKind } from './types';

export const actionUi: UiKind<'action'> = {
  kind: 'action',
  text(step, language) {
    const app = currentCatalog().byId.get(step.app);
    const action = app?.actions.find((x) => x.id === step.action);
    return {
      kindLabel: say(language, 'canvas.kind.action'),
      appName: app ? pick(language, app.name) : step.app,
      appId: step.app,
      title: action ? pick(language, action.name) : say(language, 'canvas.unknownAction', { id: step.action }),
    };
  },
  heading(step, language) {
    const app = currentCatalog().byId.get(step.app);
    const def = app?.actions.find((a) => a.id === step.action);
    return { app: app ? pick(language, app.name) : step.app, name: def ? pick(language, def.name) : step.action };
  },
  portLabels: { next: 'canvas.port.next' },
};
