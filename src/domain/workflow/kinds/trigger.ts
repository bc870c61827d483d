/**
 * The trigger kind: the event of an app that starts the workflow. A
 * workflow has exactly one (the document schema checks it), nothing links
 * into it, and its data (the payload and the Shopify objects it references)
 * is what the rest of the workflow reads. A trigger whose manifest schedule
 * is `configurable` (Shopify's Scheduled time) may carry a schedule.
 */
import type { Draft } from 'immer';
import { z } from 'zod';
import { Slug, type TriggerDef } from '../../catalog/manifest';
import { RecurrenceText } from '../../time/recurrence';
import { newId } from '../ids';
import { OperationError } from '../operationError';
import type { Problem } from '../problems';
import { installProblems, unknownApp } from './appSteps';
import { changeRecorder, operation, type Position, stepBase, type StepKindDefinition, type StepsDoc } from './base';

/**
 * When a trigger whose manifest schedule is `configurable` (Shopify's
 * Scheduled time) fires: the recurrence text Flow stores in the trigger's
 * `recurrence` field (FORMAT.md §12 [D T2]), e.g.
 * "DTSTART;TZID=Europe/Warsaw:20261201T090000\nRRULE:FREQ=MONTHLY;INTERVAL=1;WKST=MO".
 * The zone is the schedule's own, as in Flow: a workflow on in several
 * stores fires at the same instant in each of them.
 */
export const TriggerSchedule = RecurrenceText;
export type TriggerSchedule = z.infer<typeof TriggerSchedule>;

export const TriggerStep = z.strictObject({
  ...stepBase,
  kind: z.literal('trigger'),
  app: Slug,
  trigger: Slug,
  /** Only on a trigger whose manifest schedule is `configurable`; without one it fires daily at 00:00 in each store's zone. */
  schedule: TriggerSchedule.optional(),
});
export type TriggerStep = z.infer<typeof TriggerStep>;

/** The workflow's trigger step, if it has one. */
export function triggerOf(steps: readonly { kind: string }[]): TriggerStep | undefined {
  return steps.find((s): s is TriggerStep => s.kind === 'trigger');
}

/** True for the trigger step. */
export function isTrigger(step: { kind: string }): step is TriggerStep {
  return step.kind === 'trigger';
}

function triggerIndex(doc: StepsDoc): number {
  const index = doc.steps.findIndex(isTrigger);
  if (index === -1) throw new OperationError('no-trigger-yet', 'This workflow has no trigger step yet: add one first.');
  return index;
}

/**
 * Chooses the app and event of the workflow's trigger step. A schedule chosen
 * for another trigger is dropped: it was set for that trigger's event.
 */
export const SetTrigger = operation('setTrigger', { app: Slug, trigger: Slug });

/** Sets when the workflow's scheduled trigger fires (its recurrence text); `null` removes the schedule (daily at 00:00 store time again). */
export const SetTriggerSchedule = operation('setTriggerSchedule', { schedule: TriggerSchedule.nullable() });

const setTrigger = {
  schema: SetTrigger,
  plan(doc: StepsDoc, op: z.output<typeof SetTrigger>) {
    const index = triggerIndex(doc);
    return (draft: { steps: unknown[] }) => {
      const step = draft.steps[index] as Draft<TriggerStep>;
      const same = step.app === op.app && step.trigger === op.trigger;
      step.app = op.app;
      step.trigger = op.trigger;
      if (!same && step.schedule !== undefined) delete step.schedule;
    };
  },
};

const setTriggerSchedule = {
  schema: SetTriggerSchedule,
  plan(doc: StepsDoc, op: z.output<typeof SetTriggerSchedule>) {
    const index = triggerIndex(doc);
    return (draft: { steps: unknown[] }) => {
      const step = draft.steps[index] as Draft<TriggerStep>;
      if (op.schedule === null) {
        if (step.schedule !== undefined) delete step.schedule;
      } else if (step.schedule !== op.schedule) {
        // Only when it changes, so setting the same schedule records no patch.
        step.schedule = op.schedule;
      }
    };
  },
};

const TriggerArgs = z.strictObject({ app: Slug, trigger: Slug });

export const triggerKind = {
  kind: 'trigger',
  schema: TriggerStep,
  ports: ['next'],
  portLabels: {},
  acceptsLinks: false,
  label: 'Trigger',
  args: TriggerArgs,
  placeholder: { app: 'placeholder', trigger: 'placeholder' },
  create: ({ app, trigger }, position, id = newId('trigger')) => ({ id, kind: 'trigger', app, trigger, position, note: '' }),
  offered: ({ app, trigger }, catalog) => !!catalog.byId.get(app)?.triggers.some((t) => t.id === trigger),
  appsUsed: (step) => [step.app],
  describe(step, catalog) {
    const app = catalog.byId.get(step.app);
    const def = app?.triggers.find((t) => t.id === step.trigger);
    return { appName: app?.name.en ?? step.app, title: def?.name.en ?? `Unknown trigger (${step.trigger})` };
  },
  diff(before, after) {
    const changes: ReturnType<StepKindDefinition['diff']> = [];
    const add = changeRecorder(changes);
    add('app', before.app, after.app);
    add('trigger', before.trigger, after.trigger);
    add('schedule', before.schedule, after.schedule);
    return changes;
  },
  validate(step, ctx) {
    const app = ctx.catalog.byId.get(step.app);
    if (!app) return [unknownApp(step.id, step.app)];
    const problems = installProblems(step.id, app, ctx.org);
    const def = app.triggers.find((t) => t.id === step.trigger);
    if (!def) {
      problems.unshift({
        severity: 'error',
        stepId: step.id,
        code: 'unknown-trigger',
        params: { app: app.name, trigger: step.trigger },
        message: `${app.name.en} has no trigger "${step.trigger}" (any more). Choose another trigger.`,
      });
    }
    problems.push(...scheduleProblems(step, def));
    return problems;
  },
  operations: [setTrigger, setTriggerSchedule],
} as const satisfies StepKindDefinition<typeof TriggerStep, z.infer<typeof TriggerArgs>>;

/**
 * A configurable trigger (Shopify's Scheduled time) without a chosen time
 * is a warning, not an error: it still runs, daily at 00:00 store time, so a
 * workflow that is on keeps running. A schedule on any other trigger is an
 * error: it would be silently ignored.
 */
function scheduleProblems(step: TriggerStep, def: TriggerDef | undefined): Problem[] {
  if (def?.schedule?.kind === 'configurable' && !step.schedule) {
    return [
      {
        severity: 'warning',
        stepId: step.id,
        field: 'schedule',
        code: 'schedule-not-set',
        params: { trigger: def.name },
        message: `"${def.name.en}" runs every day at 00:00 in each store's time zone until you choose a start time and a repeat in its schedule.`,
      },
    ];
  }
  if (def && step.schedule && def.schedule?.kind !== 'configurable') {
    return [
      {
        severity: 'error',
        stepId: step.id,
        field: 'schedule',
        code: 'schedule-not-allowed',
        params: { trigger: def.name },
        message: `"${def.name.en}" does not run on a schedule you choose, so its schedule would be ignored. Remove the schedule.`,
      },
    ];
  }
  return [];
}

/** A new trigger step for an app's trigger (shorthand for `triggerKind.create`). */
export function triggerStep(app: string, trigger: string, position: Position, id?: string): TriggerStep {
  return triggerKind.create({ app, trigger }, position, id);
}
