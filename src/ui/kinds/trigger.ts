/** The trigger kind in the UI: named by its app and event, set up by TriggerSettings (event, schedule). */
import { currentIndex } from '../../state/catalog';
import { pick, say } from './text';
import type { UiKind } from './types';

export const triggerUi: UiKind<'trigger'> = {
  kind: 'trigger',
  text(step, language) {
    const app = currentIndex().byId.get(step.app);
    const trigger = app?.triggers.find((x) => x.id === step.trigger);
    return {
      kindLabel: say(language, 'canvas.kind.trigger'),
      appName: app ? pick(language, app.name) : step.app,
      appId: step.app,
      title: trigger ? pick(language, trigger.name) : say(language, 'canvas.unknownTrigger', { id: step.trigger }),
    };
  },
  heading(step, language) {
    // A step of an app or event the catalog doesn't know shows its ids, so it can still be recognised.
    const app = currentIndex().byId.get(step.app);
    const def = app?.triggers.find((t) => t.id === step.trigger);
    return { app: app ? pick(language, app.name) : step.app, name: def ? pick(language, def.name) : step.trigger };
  },
  portLabels: { next: 'canvas.port.next' },
};
