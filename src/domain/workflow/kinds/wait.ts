/**
 * The wait kind: the run pauses for a duration on the simulated clock, then
 * goes on with the step after it. A wait with nothing after it waits for
 * nothing, which validation warns about.
 */
import type { Draft } from 'immer';
import { z } from 'zod';
import { newId } from '../ids';
import { indexOfKind } from '../operationError';
import type { Problem } from '../problems';
import { forgetOutputs } from '../scope';
import { changeRecorder, NO_ARGS, operation, type Position, stepBase, StepId, type StepKindDefinition, type StepsDoc } from './base';

export const WaitUnit = z.enum(['minutes', 'hours', 'days']);
export type WaitUnit = z.infer<typeof WaitUnit>;

export const WaitDuration = z.strictObject({ amount: z.number().int().min(1).max(1000), unit: WaitUnit });
export type WaitDuration = z.infer<typeof WaitDuration>;

export const WaitStep = z.strictObject({
  ...stepBase,
  kind: z.literal('wait'),
  duration: WaitDuration,
});
export type WaitStep = z.infer<typeof WaitStep>;

/** Sets how long a wait step waits. */
export const UpdateWait = operation('updateWait', { id: StepId, duration: WaitDuration });

const updateWait = {
  schema: UpdateWait,
  plan(doc: StepsDoc, op: z.output<typeof UpdateWait>) {
    const index = indexOfKind(doc, op.id, 'wait', 'only waits have a duration');
    return (draft: { steps: unknown[] }) => {
      const duration = (draft.steps[index] as Draft<WaitStep>).duration;
      // Field by field, so setting the same duration records no patch.
      duration.amount = op.duration.amount;
      duration.unit = op.duration.unit;
    };
  },
};

const UNIT_LABEL = { minutes: ['minute', 'minutes'], hours: ['hour', 'hours'], days: ['day', 'days'] } as const;

export const waitKind = {
  kind: 'wait',
  schema: WaitStep,
  ports: ['next'],
  portLabels: {},
  acceptsLinks: true,
  label: 'Wait',
  args: NO_ARGS,
  placeholder: {},
  create: (_args, position, id = newId('wait')) => ({ id, kind: 'wait', duration: { amount: 1, unit: 'hours' }, position, note: '' }),
  offered: () => true,
  appsUsed: () => [],
  describe(step) {
    const { amount, unit } = step.duration;
    return { appName: 'Logic', title: `Wait ${amount} ${UNIT_LABEL[unit][amount === 1 ? 0 : 1]}` };
  },
  diff(before, after) {
    const changes: ReturnType<StepKindDefinition['diff']> = [];
    changeRecorder(changes)('duration', `${before.duration.amount} ${before.duration.unit}`, `${after.duration.amount} ${after.duration.unit}`);
    return changes;
  },
  validate(step, _ctx, facts) {
    const problems: Problem[] = [];
    if (facts.loops.length > 0) {
      // Flow forbids a Wait directly inside a loop; a run can't pause in the middle of a loop either, so none deeper in it.
      problems.push({
        severity: 'error',
        stepId: step.id,
        code: 'wait-in-loop',
        message: 'A Wait can\'t be inside a For each loop: a run can\'t pause halfway through its items. Move the Wait before or after the loop.',
      });
    }
    if (!facts.hasNext) {
      problems.push({
        severity: 'warning',
        stepId: step.id,
        code: 'wait-at-end',
        message: 'Nothing comes after this wait, so it waits for nothing. Add a step after it, or delete it.',
      });
    }
    return problems;
  },
  /** What earlier steps provided is gone after a Wait (Flow documents it for Get data's results). */
  scopeAfter: (_step, _port, scope) => forgetOutputs(scope),
  operations: [updateWait],
} as const satisfies StepKindDefinition<typeof WaitStep, object>;

/** A new wait step with its defaults (shorthand for `waitKind.create`). */
export function waitStep(position: Position, id?: string): WaitStep {
  return waitKind.create({}, position, id);
}
