/**
 * The condition kind: criteria over the workflow's data (Shopify Flow's
 * operators, nested AND/OR groups, criteria.ts) that send the run down its
 * "then" or "otherwise" port. Connectors can never be conditions (the seed's
 * rule): a condition names no app, and its criteria read only the trigger's
 * data and the Shopify objects, never an app's output.
 */
import type { Draft } from 'immer';
import { z } from 'zod';
import { ConditionGroup } from '../criteria';
import { newId } from '../ids';
import { indexOfKind } from '../operationError';
import { validateCondition } from '../validateCondition';
import { NO_ARGS, operation, type Position, stepBase, StepId, type StepKindDefinition, type StepsDoc, diffOf } from './base';

export const ConditionStep = z.strictObject({
  ...stepBase,
  kind: z.literal('condition'),
  criteria: ConditionGroup,
});
export type ConditionStep = z.infer<typeof ConditionStep>;

/** Replaces the criteria of a condition step. */
export const UpdateCondition = operation('updateCondition', { id: StepId, criteria: ConditionGroup });

const updateCondition = {
  schema: UpdateCondition,
  plan(doc: StepsDoc, op: z.output<typeof UpdateCondition>) {
    const index = indexOfKind(doc, op.id, 'condition', 'only conditions have criteria');
    return (draft: { steps: unknown[] }) => {
      (draft.steps[index] as Draft<ConditionStep>).criteria = op.criteria;
    };
  },
};

export const conditionKind = {
  kind: 'condition',
  schema: ConditionStep,
  ports: ['then', 'otherwise'],
  portLabels: { then: 'Then', otherwise: 'Otherwise' },
  acceptsLinks: true,
  setsCondition: true,
  label: 'Condition',
  args: NO_ARGS,
  placeholder: {},
  /** A condition with one AND group and no criteria yet (validation warns until one is added). */
  create: (_args, position, id = newId('condition')) => ({ id, kind: 'condition', criteria: { kind: 'group', join: 'and', items: [] }, position, note: '' }),
  offered: () => true,
  appsUsed: () => [],
  describe(step) {
    const count = step.criteria.items.length;
    const title = count === 0 ? 'Condition (no criteria yet)' : `Condition: ${count} ${count === 1 ? 'criterion' : 'criteria'}`;
    return { appName: 'Logic', title };
  },
  diff: diffOf<ConditionStep>('criteria'),
  validate: (step, _ctx, facts) => validateCondition(step, facts.scope, facts.provided),
  /** A condition that names an app is refused with the seed's rule in words, rather than a bare "unknown key". */
  checkRaw(value, ctx) {
    for (const key of ['app', 'action', 'trigger'] as const) {
      if (key in value) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          input: value,
          message: `connectors can't be used as conditions: a condition step cannot name an app's ${key === 'app' ? 'connector' : key}`,
        });
      }
    }
  },
  operations: [updateCondition],
} as const satisfies StepKindDefinition<typeof ConditionStep, object>;

/** A new condition step with its defaults (shorthand for `conditionKind.create`). */
export function conditionStep(position: Position, id?: string): ConditionStep {
  return conditionKind.create({}, position, id);
}
