/**
 * The foreign kind: a Shopify Flow step whose task Flowbench doesn't know
 * (a connector's task, whose ids Shopify doesn't publish, or any task
 * outside the Flow mapping, catalog/flowTasks.ts). Importing a Flow file
 * never drops such a step: it keeps the step as it came (task id, type,
 * version, fields, and the step's JSON for a byte-for-byte export), can be
 * moved, linked and deleted like any step, and fails validation with
 * "Flowbench can't run <task id>", so a workflow that holds one never runs.
 */
import { z } from 'zod';
import { newId } from '../ids';
import type { Problem } from '../problems';
import { changeRecorder, NO_ARGS, type Position, stepBase, type StepKindDefinition } from './base';

/** Flow's step types a foreign step may have: those with one way on (`output`); Flowbench draws one port for them. */
export const FOREIGN_TASK_TYPES = ['TRIGGER', 'ACTION', 'WAIT'] as const;

/** A config field of the Flow step as it came: its id and its value (Flow's schema allows null). */
export const ForeignField = z.strictObject({ id: z.string().max(200), value: z.string().nullable() });
export type ForeignField = z.infer<typeof ForeignField>;

/** The most characters of a foreign step's JSON: the import's own limit is 5 MB for a whole file. */
export const MAX_FOREIGN_RAW = 5_000_000;

export const ForeignStep = z.strictObject({
  ...stepBase,
  kind: z.literal('foreign'),
  /** Flow's `task_id`, e.g. `shopify::admin::send_marketing_sms` or a connector's id. */
  taskId: z.string().min(1).max(300),
  /** Flow's `task_type`. */
  taskType: z.enum(FOREIGN_TASK_TYPES),
  /** Flow's `task_version` ("0.1", "1.0"...). */
  taskVersion: z.string().max(40),
  /** The step's `config_field_values`, for showing; the export writes `raw`. */
  fields: z.array(ForeignField).max(1000),
  /** The Flow step's JSON text exactly as it was read; the export writes it back with only its id and position brought up to date. */
  raw: z.string().max(MAX_FOREIGN_RAW),
});
export type ForeignStep = z.infer<typeof ForeignStep>;

/** The one problem of every foreign step: Flowbench can't run it, so the workflow can't be turned on. */
function foreignProblem(step: ForeignStep): Problem {
  return {
    severity: 'error',
    stepId: step.id,
    code: 'foreign-task',
    message: `Flowbench can't run ${step.taskId}: it is a Shopify Flow task Flowbench doesn't know. The step is kept as it came and exported back unchanged.`,
    params: { taskId: step.taskId },
  };
}

export const foreignKind = {
  kind: 'foreign',
  schema: ForeignStep,
  ports: ['next'],
  portLabels: {},
  acceptsLinks: true,
  label: 'Flow task Flowbench can\'t run',
  args: NO_ARGS,
  placeholder: {},
  /** Only imports make foreign steps; this blank one stands in where only a step's kind matters (the links of a file that failed to parse). */
  create: (_args, position, id = newId('foreign')) => ({
    id,
    kind: 'foreign',
    taskId: 'unknown',
    taskType: 'ACTION',
    taskVersion: '0.1',
    fields: [],
    raw: '{}',
    position,
    note: '',
  }),
  /** Never offered in a palette: a foreign step comes only from a Flow file. */
  offered: () => false,
  appsUsed: () => [],
  describe: (step) => ({ appName: 'Shopify Flow', title: step.taskId }),
  diff(before, after) {
    const changes: ReturnType<StepKindDefinition['diff']> = [];
    const record = changeRecorder(changes);
    record('task', before.taskId, after.taskId);
    record('fields', before.fields, after.fields);
    return changes;
  },
  validate: (step) => [foreignProblem(step)],
  operations: [],
} as const satisfies StepKindDefinition<typeof ForeignStep, object>;

/** A foreign step (shorthand for tests and the Flow import). */
export function foreignStep(position: Position, parts: Pick<ForeignStep, 'taskId' | 'taskType' | 'taskVersion' | 'fields' | 'raw'>, id?: string): ForeignStep {
  return { ...foreignKind.create({}, position, id), ...parts };
}
