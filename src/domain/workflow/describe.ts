/**
 * Human names for steps: the app's name and the step's name, as the canvas,
 * the inspector and run records show them.
 */
import type { Catalog } from '../catalog/catalog';
import type { Step } from './document';

export interface StepDescription {
  kindLabel: 'Trigger' | 'Action' | 'Condition' | 'Wait';
  /** The app's name; "Logic" for conditions and waits. */
  appName: string;
  /** The step's own name: the trigger or action name, or a summary. */
  title: string;
}

const UNIT_LABEL = { minutes: ['minute', 'minutes'], hours: ['hour', 'hours'], days: ['day', 'days'] } as const;

export function describeStep(catalog: Catalog, step: Step): StepDescription {
  switch (step.kind) {
    case 'trigger': {
      const app = catalog.byId.get(step.app);
      const trigger = app?.triggers.find((t) => t.id === step.trigger);
      return { kindLabel: 'Trigger', appName: app?.name.en ?? step.app, title: trigger?.name.en ?? `Unknown trigger (${step.trigger})` };
    }
    case 'action': {
      const app = catalog.byId.get(step.app);
      const action = app?.actions.find((a) => a.id === step.action);
      return { kindLabel: 'Action', appName: app?.name.en ?? step.app, title: action?.name.en ?? `Unknown action (${step.action})` };
    }
    case 'condition': {
      const count = step.criteria.items.length;
      const title = count === 0 ? 'Condition (no criteria yet)' : `Condition: ${count} ${count === 1 ? 'criterion' : 'criteria'}`;
      return { kindLabel: 'Condition', appName: 'Logic', title };
    }
    case 'wait': {
      const { amount, unit } = step.duration;
      return { kindLabel: 'Wait', appName: 'Logic', title: `Wait ${amount} ${UNIT_LABEL[unit][amount === 1 ? 0 : 1]}` };
    }
  }
}
