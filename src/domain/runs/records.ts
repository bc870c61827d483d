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

/**
 * A run record as it crosses from the engine's worker (and as it is stored since v7,
 * storedRun.ts): the workflow version and the trigger's store objects may be references
 * (`workflowRef`, a trigger step's `outputRefs`) to parts sent once, and a trigger step's
 * input may be `inputFromEvent` (the event's payload). A record with everything inline
 * parses too. Joined back by {@link joinParsedRun}.
 */
export const SplitStepRecordSchema = StepRecordSchema.extend({
  outputRefs: z.array(z.tuple([z.string().min(1), z.string().min(1)])).optional(),
  inputFromEvent: z.literal(true).optional(),
});
export const SplitRunRecordSchema = RunRecordSchema.extend({
  workflow: StoredWorkflowDocument.optional(),
  workflowRef: z.string().min(1).optional(),
  steps: z.array(SplitStepRecordSchema),
});
export type ParsedSplitRunRecord = z.infer<typeof SplitRunRecordSchema>;

/** The parts split run records reference, each with its content key (storedRun.ts partKey). */
export const RunPartsSchema = z.object({
  workflows: z.array(z.object({ key: z.string().min(1), value: StoredWorkflowDocument })),
  objects: z.array(z.object({ key: z.string().min(1), value: Data })),
});
export type ParsedRunParts = z.infer<typeof RunPartsSchema>;

/** Parsed parts by key, for {@link joinParsedRun}. */
export interface PartsByKey {
  workflows: ReadonlyMap<string, ParsedRunRecord['workflow']>;
  objects: ReadonlyMap<string, Record<string, unknown>>;
}

/**
 * The run record a parsed split record stands for: references replaced by the parts (the
 * same objects, not copies), `inputFromEvent` by the event's payload. A problem in words
 * when a referenced part is missing.
 */
export function joinParsedRun(split: ParsedSplitRunRecord, parts: PartsByKey): { run: ParsedRunRecord } | { problem: string } {
  const { workflowRef, workflow: inline, steps, ...rest } = split;
  const workflow = workflowRef !== undefined ? parts.workflows.get(workflowRef) : inline;
  if (workflow === undefined) return { problem: workflowRef === undefined ? 'it has no workflow version' : `its workflow version ${JSON.stringify(workflowRef)} is not known` };
  let problem: string | undefined;
  const joined = steps.map(({ outputRefs, inputFromEvent, ...step }) => {
    if (inputFromEvent) step.input = split.event.payload;
    if (outputRefs) {
      const output: Record<string, unknown> = {};
      for (const [name, key] of outputRefs) {
        const value = parts.objects.get(key);
        if (value === undefined) problem ??= `the data ${JSON.stringify(key)} its trigger read is not known`;
        else output[name] = value;
      }
      step.output = output;
    }
    return step;
  });
  return problem === undefined ? { run: { ...rest, workflow, steps: joined } } : { problem };
}
