/**
 * Running work on the engine from the main thread: build the request from
 * the runtime context, follow the replies (persisting each finished run and
 * its sandbox changes through the RunWriter, keeping the in-memory sandbox
 * current), and, when the engine had to be stopped, record the stuck run as
 * failed and send the rest again to a fresh engine (batchTracker.ts).
 *
 * Every event given is accounted for: it ends in run records (succeeded,
 * failed, waiting or skipped with reasons), or it matched no workflow that
 * is on. The only events dropped are follow-ups beyond the engine's run
 * limit per request, which the engine reports in its notes.
 */
import { customAppsOf } from '../../domain/catalog/customApps';
import { WORKFLOW_ERROR_COLLECTION, WORKFLOW_ERROR_TRIGGER } from '../../domain/runs/workflowError';
import type { Organization } from '../../domain/org/organization';
import type { Workflow } from '../../domain/workflow/document';
import { MAX_RUNS_PER_BATCH } from '../../engine/engine';
import { triggerOf } from '../../engine/runData';
import { MemorySandbox, type SandboxRow } from '../../engine/sandbox';
import type { RunRecord, TriggerEvent } from '../../engine/types';
import { type FaultEntry, type RunStartedReply, type WorkerRequest, stoppedRun } from '../../engine/workerProtocol';
import { workflowErrorEvent } from '../../engine/workflowErrors';
import { BatchTracker, type Work } from './batchTracker';
import type { RunWriter } from './runWriter';
import { getEngineClient } from './config';
import { currentCatalog } from '../catalog';

/** The sandbox as the runtime holds it during an operation: rows by key, kept current as runs finish. */
export class SandboxState {
  private readonly rows = new Map<string, SandboxRow>();

  constructor(rows: readonly SandboxRow[]) {
    this.apply(rows);
  }

  apply(rows: readonly SandboxRow[]): void {
    for (const { storeId, appId, collection, id, record } of rows) {
      this.rows.set(`${storeId}\u0000${appId}\u0000${collection}\u0000${id}`, { storeId, appId, collection, id, record });
    }
  }

  all(): SandboxRow[] {
    return [...this.rows.values()];
  }

  get size(): number {
    return this.rows.size;
  }
}

/** What every request carries, loaded once per operation. */
export interface RuntimeContext {
  org: Organization;
  /** The workflows that are on (only those listen to events). */
  workflows: Workflow[];
  sandbox: SandboxState;
  faults: FaultEntry[];
  liveHttp: boolean;
}

export interface JobSink {
  writer: RunWriter;
  /** Changes a run before it is stored (e.g. marks a retry); identity by default. */
  transform?: (run: RunRecord) => RunRecord;
  /** Hears of each run as it is stored. */
  onRun?: (run: RunRecord) => void;
  /** Notes of the engine (e.g. it stopped a batch at its run limit). */
  onNote?: (note: string) => void;
}

let requestCounter = 0;
const nextRequestId = () => `req-${Date.now().toString(36)}-${++requestCounter}`;

function requestFor(work: Work, ctx: RuntimeContext, now: string): WorkerRequest {
  const base = {
    requestId: nextRequestId(),
    now,
    org: ctx.org,
    sandbox: ctx.sandbox.all(),
    faults: ctx.faults,
    liveHttp: ctx.liveHttp,
    customApps: customAppsOf(currentCatalog()),
    workflows: ctx.workflows,
  };
  return work.type === 'fire' ? { type: 'fire', ...base, events: work.events } : { type: 'resume', ...base, runs: work.runs };
}

/** The record of a run the engine was stopped on. */
function stoppedRecord(
  tracker: BatchTracker,
  stuck: RunStartedReply,
  ctx: RuntimeContext,
  now: string,
  stop: { reason: string; timedOut: boolean; limitMs: number },
): RunRecord | undefined {
  const { reason, timedOut, limitMs } = stop;
  const waiting = tracker.resumedRun(stuck.runId);
  const workflow = waiting?.workflow ?? ctx.workflows.find((w) => w.id === stuck.workflowId);
  const base = workflow && stoppedRun(stuck, workflow, now, limitMs);
  if (!base) return undefined;
  const failedStep = base.steps[0]!;
  const step = timedOut ? failedStep : { ...failedStep, error: `Stopped: ${reason}; the engine was restarted.` };
  if (!waiting) return { ...base, steps: [step] };
  // A resumed run keeps the steps it had done before its Wait.
  const { resumeAt: _r, resumeStepId: _s, ...rest } = waiting;
  return {
    ...rest,
    status: 'failed',
    finishedAt: now,
    steps: [...waiting.steps.map((s) => (s.status === 'waiting' ? { ...s, status: 'succeeded' as const, finishedAt: now } : s)), step],
  };
}

/**
 * The "Workflow error occurred" event of a run failed here (stopped by the
 * time limit, outside the engine), by the engine's own rule, with the
 * window's notice row it changed.
 */
function stoppedRunError(run: RunRecord, ctx: RuntimeContext): { event?: TriggerEvent; rows: SandboxRow[] } {
  const windows = MemorySandbox.fromRows(ctx.sandbox.all().filter((r) => r.appId === WORKFLOW_ERROR_TRIGGER.app && r.collection === WORKFLOW_ERROR_COLLECTION));
  const event = workflowErrorEvent(run, {
    sandbox: windows,
    ids: { next: (kind) => `${kind}-${crypto.randomUUID()}` },
    listens: (e) =>
      ctx.workflows.some((w) => {
        const trigger = triggerOf(w);
        return w.activation.on && trigger?.app === e.app && trigger.trigger === e.trigger;
      }),
  });
  return { event, rows: windows.changedRows() };
}

/**
 * Runs `work` at simulated time `now` to the end, through engine restarts
 * when needed. Returns every run recorded (in order), after handing each to
 * the sink's writer. Throws only when the engine refuses the request itself,
 * or stops before starting any run.
 */
export async function runJob(ctx: RuntimeContext, work: Work, now: string, sink: JobSink): Promise<RunRecord[]> {
  const client = getEngineClient();
  const recorded: RunRecord[] = [];
  const record = (run: RunRecord, rows: readonly SandboxRow[]) => {
    const final = sink.transform ? sink.transform(run) : run;
    ctx.sandbox.apply(rows);
    sink.writer.add(final, rows);
    recorded.push(final);
    sink.onRun?.(final);
  };
  const pending: Work[] = [work];
  while (pending.length > 0) {
    const next = pending.shift()!;
    if ((next.type === 'fire' && next.events.length === 0) || (next.type === 'resume' && next.runs.length === 0)) continue;
    const tracker = new BatchTracker(next, ctx.workflows);
    const outcome = await client.request(requestFor(next, ctx, now), {
      onStarted: (reply) => tracker.started(reply),
      onFinished: (reply) => {
        tracker.runFinished(reply.run, reply.emitted);
        record(reply.run, reply.sandboxChanges);
      },
    });
    if (outcome.kind === 'done') {
      const done = outcome.reply;
      ctx.sandbox.apply(done.sandboxChanges);
      sink.writer.add(undefined, done.sandboxChanges);
      for (const note of done.notes) sink.onNote?.(note);
      if (done.runs.length >= MAX_RUNS_PER_BATCH) {
        // The engine stopped at its run limit: events given to it that it did
        // not reach are sent again; follow-ups beyond the limit stay dropped
        // (that limit is what stops runaway cascades).
        const given = new Set(next.type === 'fire' ? next.events.map((e) => e.id) : []);
        const events = tracker.rest().events.filter((e) => given.has(e.id));
        if (events.length > 0) pending.unshift({ type: 'fire', events });
      }
      continue;
    }
    const { stuck, reason, timedOut } = outcome;
    if (!stuck && tracker.finished === 0) {
      throw new Error(`The engine stopped before running anything (${reason}).`);
    }
    const followUps: TriggerEvent[] = [];
    if (stuck) {
      const run = stoppedRecord(tracker, stuck, ctx, now, { reason, timedOut, limitMs: client.timeLimitMs });
      if (run) {
        const error = stoppedRunError(run, ctx);
        record(run, error.rows);
        if (error.event) followUps.push(error.event);
      }
    }
    const rest = tracker.rest();
    const events = [...rest.events, ...followUps];
    pending.unshift(...(rest.runs.length > 0 ? [{ type: 'resume' as const, runs: rest.runs }] : []), ...(events.length > 0 ? [{ type: 'fire' as const, events }] : []));
  }
  return recorded;
}

/** Events of a trigger, one per store, at `now`. */
export function eventsFor(app: string, trigger: string, payload: Record<string, unknown>, storeIds: readonly string[], now: string): TriggerEvent[] {
  return storeIds.map((storeId) => ({ id: `event-${crypto.randomUUID()}`, storeId, app, trigger, payload: structuredClone(payload), at: now, depth: 0 }));
}
