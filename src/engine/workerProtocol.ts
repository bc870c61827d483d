/**
 * The messages between the app's main thread and the engine's Web Worker,
 * and zod schemas for the engine's records (runs, events, sandbox rows), so
 * that data crossing the worker boundary, or read back from IndexedDB, is
 * parsed and never cast.
 *
 * The protocol is stateless: every request carries what the engine needs
 * (organization, workflows, sandbox rows, faults and the simulated time), so
 * a worker can be terminated at any moment and a fresh one started with no
 * loss (see worker.ts on the hard time limit).
 *
 * Replies: `run-started` and `run-finished` as each run goes (a finished run
 * brings the sandbox rows it changed, to persist, and the events it
 * emitted), then `done` with
 * the whole batch, or `failed` when the request itself was wrong.
 *
 * Runs cross split (domain/runs/storedRun.ts, the shape they are stored in):
 * the workflow version and the store objects a trigger read are sent once per
 * request as `parts`, each with its content key computed in the worker (where
 * the engine shares them between runs, so each is keyed once), and runs
 * reference them. The main thread parses each part once, keeps it by key for
 * the request ({@link RunJoiner}) and joins every run back to the record the
 * engine made, sharing the parts; the parts carry their keys into the run
 * writer, which so neither serialises nor hashes them (storedRun.ts partKey).
 */
import { z } from 'zod';
import { CustomAppManifest } from '../domain/catalog/customApps';
// The custom apps sent to the worker are parsed with their icons checked: loading the checker provides it.
import '../domain/catalog/svgIcon';
import { Organization } from '../domain/org/organization';
import { Workflow } from '../domain/workflow/document';
import {
  AttemptSchema,
  IsoTime,
  type ParsedRunParts,
  type ParsedSplitRunRecord,
  type PartsByKey,
  RunPartsSchema,
  RunRecordSchema,
  SandboxRowSchema,
  SplitRunRecordSchema,
  StepRecordSchema,
  TriggerEventSchema,
  joinParsedRun,
} from '../domain/runs/records';
import { rememberPartKey, splitRun } from '../domain/runs/storedRun';
import { FaultConfig } from './faults';
import type { RunRecord, StepRecord, TriggerEvent } from './types';

/** How long the main thread lets a run go without news before it terminates the worker. */
export const HARD_TIME_LIMIT_MS = 10_000;

export { AttemptSchema, RunRecordSchema, SandboxRowSchema, StepRecordSchema, TriggerEventSchema };

export const FaultEntry = z.object({ storeId: z.string().min(1), appId: z.string().min(1), config: FaultConfig });
export type FaultEntry = z.infer<typeof FaultEntry>;

// The schemas must describe the engine's interfaces: these fail to compile if they drift apart.
const _event: (e: z.infer<typeof TriggerEventSchema>) => TriggerEvent = (e) => e;
const _step: (s: z.infer<typeof StepRecordSchema>) => StepRecord = (s) => s;
const _run: (r: z.infer<typeof RunRecordSchema>) => RunRecord = (r) => r;
void [_event, _step, _run];

const context = {
  requestId: z.string().min(1),
  /** The simulated clock's time when the request is made. */
  now: IsoTime,
  org: Organization,
  sandbox: z.array(SandboxRowSchema),
  faults: z.array(FaultEntry),
  /**
   * The user's switch for the built-in "Send HTTP request": when true the
   * worker uses the live fetch handler (adapters/shopify-live-http.ts)
   * instead of the simulated echo. Absent means false.
   */
  liveHttp: z.boolean().default(false),
  /**
   * The custom apps (manifests the user imported), parsed again here: the
   * worker runs them with the generic adapter (adapters/generic.ts). Absent
   * means none.
   */
  customApps: z.array(CustomAppManifest).max(1000).optional(),
};

export const WorkerRequest = z.discriminatedUnion('type', [
  /** Runs the workflows these events start, and their cascades. */
  z.object({ type: z.literal('fire'), ...context, workflows: z.array(Workflow), events: z.array(TriggerEventSchema) }),
  /** Resumes those of `runs` that are due at `now`, and runs their cascades. */
  z.object({ type: z.literal('resume'), ...context, workflows: z.array(Workflow), runs: z.array(RunRecordSchema) }),
  /** A test run on a copy of the sandbox: nothing changes, nothing cascades. */
  z.object({ type: z.literal('dry-run'), ...context, workflow: Workflow, event: TriggerEventSchema }),
]);
export type WorkerRequest = z.infer<typeof WorkerRequest>;
/** A request as it may be sent (`liveHttp` optional). */
export type WorkerRequestInput = z.input<typeof WorkerRequest>;

export const WorkerReply = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('run-started'),
    requestId: z.string(),
    runId: z.string(),
    workflowId: z.string(),
    workflowName: z.string(),
    storeId: z.string(),
    event: TriggerEventSchema,
  }),
  z.object({
    type: z.literal('run-finished'),
    requestId: z.string(),
    run: SplitRunRecordSchema,
    /** Parts `run` references that no earlier reply of this request sent. */
    parts: RunPartsSchema.optional(),
    sandboxChanges: z.array(SandboxRowSchema),
    /**
     * Follow-up events the run emitted, queued behind the batch's events. The
     * main thread keeps the queue too, so that after terminating a stuck
     * worker it can send again exactly what was not run yet.
     */
    emitted: z.array(TriggerEventSchema),
  }),
  z.object({
    type: z.literal('done'),
    requestId: z.string(),
    runs: z.array(SplitRunRecordSchema),
    parts: RunPartsSchema.optional(),
    /** Follow-up events emitted (for a dry run: what would have cascaded). */
    events: z.array(TriggerEventSchema),
    notes: z.array(z.string()),
    /** Sandbox rows changed since the last `run-finished` (usually none). */
    sandboxChanges: z.array(SandboxRowSchema),
  }),
  z.object({ type: z.literal('failed'), requestId: z.string(), error: z.string() }),
]);
export type WorkerReply = z.infer<typeof WorkerReply>;
export type RunStartedReply = Extract<WorkerReply, { type: 'run-started' }>;
/** A `run-finished` reply with its run joined back (RunJoiner). */
export type RunFinishedReply = Omit<Extract<WorkerReply, { type: 'run-finished' }>, 'run' | 'parts'> & { run: RunRecord };
/** A `done` reply with its runs joined back (RunJoiner). */
export type DoneReply = Omit<Extract<WorkerReply, { type: 'done' }>, 'runs' | 'parts'> & { runs: RunRecord[] };

/** The worker's side: runs split for a reply, each part sent once per request. */
export class RunPacker {
  private readonly sent = new Set<string>();

  /** The runs as they cross, and the parts among those they reference not sent before. */
  pack(runs: readonly RunRecord[]): { runs: ParsedSplitRunRecord[]; parts: ParsedRunParts } {
    const parts: ParsedRunParts = { workflows: [], objects: [] };
    const packed = runs.map((run) => {
      const split = splitRun(run);
      if (split.workflow && !this.sent.has(split.workflow.key)) {
        this.sent.add(split.workflow.key);
        parts.workflows.push({ key: split.workflow.key, value: run.workflow });
      }
      for (const o of split.objects) {
        if (this.sent.has(o.key)) continue;
        this.sent.add(o.key);
        parts.objects.push({ key: o.key, value: o.value as Record<string, unknown> });
      }
      // The record with references, of the schema's shape (the main thread parses it with SplitRunRecordSchema).
      return split.record as ParsedSplitRunRecord;
    });
    return { runs: packed, parts };
  }
}

/**
 * The main thread's side, one per request: keeps the parts received so far (each parsed
 * once, deep-frozen and known by its key: storedRun.ts rememberPartKey) and joins runs
 * back to the engine's records, sharing those parts.
 */
export class RunJoiner implements PartsByKey {
  readonly workflows = new Map<string, Workflow>();
  readonly objects = new Map<string, Record<string, unknown>>();

  /** The runs joined, or a problem in words (a referenced part never sent). */
  join(runs: readonly ParsedSplitRunRecord[], parts: ParsedRunParts | undefined): { runs: RunRecord[] } | { problem: string } {
    for (const w of parts?.workflows ?? []) this.workflows.set(w.key, rememberPartKey(w.value, w.key));
    for (const o of parts?.objects ?? []) this.objects.set(o.key, rememberPartKey(o.value, o.key));
    const joined: RunRecord[] = [];
    for (const run of runs) {
      const result = joinParsedRun(run, this);
      if ('problem' in result) return { problem: `run ${JSON.stringify(run.id)}: ${result.problem}` };
      joined.push(result.run);
    }
    return { runs: joined };
  }
}

/**
 * The record of a run the main thread stopped by terminating the worker
 * after the hard time limit: failed, with the limit in words. `workflow` is
 * the version the run started with (the one sent in the request).
 */
export function stoppedRun(started: RunStartedReply, workflow: Workflow, now: string, limitMs = HARD_TIME_LIMIT_MS): RunRecord {
  const error = `Stopped after ${limitMs / 1000} s: the run took too long and the engine was restarted.`;
  return {
    id: started.runId,
    workflowId: started.workflowId,
    workflowName: started.workflowName,
    workflow,
    storeId: started.storeId,
    event: started.event,
    status: 'failed',
    reasons: [],
    steps: [{ stepId: '', kind: 'action', name: 'Run', status: 'failed', error, attempts: [], startedAt: now, finishedAt: now }],
    dryRun: false,
    startedAt: now,
    finishedAt: now,
  };
}
