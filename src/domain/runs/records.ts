/**
 * zod schemas of the engine's records: trigger events, step and run
 * records, and sandbox rows. They live in the domain so that every layer
 * that reads them back can parse them: the main thread (worker replies,
 * src/state) and storage (IndexedDB rows, which may not import the engine).
 * The engine's interfaces in engine/types.ts are the source of truth;
 * engine/workerProtocol.ts re-exports these schemas and proves at compile
 * time that they match those interfaces.
 */
import { z } from 'zod';
import { STEP_KIND_NAMES } from '../workflow/kinds/registry';
import { StoredWorkflowDocument } from '../workflow/storedWorkflow';
import { ConditionValue, Operator, Quantifier } from '../workflow/criteria';

export const IsoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be a date and time (ISO 8601)');
const Data = z.record(z.string(), z.unknown());

export const TriggerEventSchema = z.object({
  id: z.string().min(1),
  storeId: z.string().min(1),
  app: z.string().min(1),
  trigger: z.string().min(1),
  payload: Data,
  at: IsoTime,
  depth: z.number().int().min(0),
  causedBy: z.object({ runId: z.string(), stepId: z.string() }).optional(),
  chain: z.array(z.string()).optional(),
  workflowId: z.string().optional(),
});

export const AttemptSchema = z.object({
  at: IsoTime,
  durationMs: z.number().min(0),
  outcome: z.enum(['ok', 'permanent', 'transient', 'timeout']),
  error: z.string().optional(),
});

export const LoopIterationSchema = z.object({
  stepId: z.string(),
  index: z.number().int().min(0),
  count: z.number().int().min(1),
  item: z.string().optional(),
});

/** One line of a condition's explanation (conditionOperators.ts CriterionResult). */
export const CriterionResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('group'), depth: z.number().int().min(0), join: z.enum(['and', 'or']), held: z.boolean() }),
  z.object({
    kind: z.literal('criterion'),
    depth: z.number().int().min(0),
    field: z.string(),
    operator: Operator,
    expected: ConditionValue.optional(),
    actual: z.unknown(),
    held: z.boolean(),
  }),
  z.object({
    kind: z.literal('quantifier'),
    depth: z.number().int().min(0),
    list: z.string(),
    quantifier: Quantifier,
    count: z.number().int().min(0),
    passed: z.number().int().min(0),
    held: z.boolean(),
    deciding: z.object({ index: z.number().int().min(0), item: z.string().optional() }).optional(),
  }),
]);

export const StepRecordSchema = z.object({
  stepId: z.string(),
  kind: z.enum(STEP_KIND_NAMES),
  name: z.string(),
  status: z.enum(['succeeded', 'failed', 'skipped', 'waiting', 'running']),
  input: Data.optional(),
  rendered: Data.optional(),
  output: Data.optional(),
  branch: z.enum(['then', 'otherwise']).optional(),
  logs: z.array(z.string()).optional(),
  /** The For each iterations the step ran in, outermost first (engine/types.ts LoopIteration). */
  loop: z.array(LoopIterationSchema).optional(),
  /** For a condition: each criterion with the value it read and whether it held (absent in records stored before). */
  criteria: z.array(CriterionResultSchema).optional(),
  /** Copied from the failed run a "retry from the failed step" continued: this step was not run again. */
  reused: z.literal(true).optional(),
  error: z.string().optional(),
  attempts: z.array(AttemptSchema),
  startedAt: IsoTime,
  finishedAt: IsoTime.optional(),
});

const BilingualTextSchema = z.object({ en: z.string(), pl: z.string().optional() });
const ReasonDetailSchema = z.object({
  code: z.string().min(1),
  params: z.record(z.string(), z.union([z.string(), z.number(), BilingualTextSchema])).optional(),
});

export const RunStatusSchema = z.enum(['running', 'waiting', 'succeeded', 'failed', 'skipped']);

export const RunRecordSchema = z.object({
  id: z.string().min(1),
  workflowId: z.string().min(1),
  workflowName: z.string(),
  /** Clamped like a stored workflow: a run keeps the workflow as it was when it ran. */
  workflow: StoredWorkflowDocument,
  storeId: z.string().min(1),
  event: TriggerEventSchema,
  status: RunStatusSchema,
  reasons: z.array(z.string()),
  /** Codes of the reasons (optional: records stored before them have only the words). */
  reasonDetails: z.array(ReasonDetailSchema).optional(),
  steps: z.array(StepRecordSchema),
  dryRun: z.boolean(),
  startedAt: IsoTime,
  finishedAt: IsoTime.optional(),
  resumeAt: IsoTime.optional(),
  resumeStepId: z.string().optional(),
  retryOf: z.string().optional(),
  /** A retry from the failed step: the run it continued and the step it ran again from (the steps before were reused). */
  retryFrom: z.object({ runId: z.string().min(1), stepId: z.string().min(1) }).optional(),
});
/** A run record as parsed (structurally the engine's RunRecord). */
export type ParsedRunRecord = z.infer<typeof RunRecordSchema>;

/** One record of a store's simulated app state, flat. */
export const SandboxRowSchema = z.object({
  storeId: z.string().min(1),
  appId: z.string().min(1),
  collection: z.string().min(1),
  id: z.string().min(1),
  record: Data,
});
export type ParsedSandboxRow = z.infer<typeof SandboxRowSchema>;
