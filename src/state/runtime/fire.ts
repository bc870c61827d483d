/**
 * Firing triggers by hand: one event (per chosen store), many events at
 * once (bulk, with progress and cancel), and retrying a run with its
 * original trigger data. Each is one operation under the runtime's lock;
 * runs are persisted in batches as they finish (runWriter.ts).
 */
import { findTrigger } from '../../domain/catalog/catalog';
import { MAX_RUNS_PER_BATCH } from '../../engine/engine';
import { triggerOf } from '../../engine/runData';
import { retryFromStepPlan, retryFromStepRun } from '../../domain/runs/runPath';
import type { RunRecord } from '../../engine/types';
import { getDb } from '../../storage/db';
import { readRun } from '../../storage/runRepo';
import { ensureSimNow } from './simNow';
import { exclusive, writerOptions } from './config';
import { loadContext } from './context';
import { type RuntimeContext, eventsFor, runJob } from './jobs';
import { samplePayload } from './payload';
import { RunWriter } from './runWriter';
import { currentCatalog } from '../catalog';

export interface FireRequest {
  app: string;
  trigger: string;
  payload: Record<string, unknown>;
  storeIds: string[];
}

export interface BulkProgress {
  /** Events whose runs are done. */
  fired: number;
  total: number;
  /** Run records written so far (follow-ups and skipped runs included). */
  runs: number;
}

/** Events per engine request in a bulk fire, at least: small enough to report progress and stop soon after a cancel. */
export const BULK_CHUNK = 50;
/** Events per engine request in a bulk fire, at most. */
const MAX_BULK_CHUNK = 250;

/**
 * How many events the next bulk request carries. Every request carries the
 * whole sandbox, which the worker parses: as the sandbox grows, chunks grow
 * with it (about 8 rows per event) so the cost per event stays flat. Chunks
 * also stay well inside the engine's run limit per request.
 */
function chunkSize(ctx: RuntimeContext, app: string, trigger: string): number {
  const listeners = Math.max(1, ctx.workflows.filter((w) => {
    const t = triggerOf(w);
    return t?.app === app && t.trigger === trigger;
  }).length);
  const byRunLimit = Math.max(1, Math.floor(MAX_RUNS_PER_BATCH / (2 * listeners)));
  const bySandbox = Math.min(MAX_BULK_CHUNK, Math.max(BULK_CHUNK, Math.floor(ctx.sandbox.size / 8)));
  return Math.min(byRunLimit, bySandbox);
}
/** Most events one bulk fire may send. */
export const MAX_BULK_EVENTS = 10_000;

function requireTrigger(app: string, trigger: string): void {
  if (!findTrigger(currentCatalog(), app, trigger)) throw new Error(`There is no trigger “${trigger}” of the app “${app}” in the catalog.`);
}

/**
 * Fires the trigger once in each given store, at the simulated time. Every
 * workflow that is on and starts with this trigger runs (where it must not
 * run, a skipped run records why); follow-up events cascade. Returns every
 * run made, in order.
 */
export function fireTrigger(req: FireRequest): Promise<RunRecord[]> {
  return exclusive(async () => {
    requireTrigger(req.app, req.trigger);
    if (req.storeIds.length === 0) return [];
    const db = getDb();
    const [now, ctx] = await Promise.all([ensureSimNow(), loadContext(db)]);
    const writer = new RunWriter(db, writerOptions());
    try {
      return await runJob(ctx, { type: 'fire', events: eventsFor(req.app, req.trigger, req.payload, req.storeIds, now) }, now, { writer });
    } finally {
      await writer.close();
    }
  });
}

/**
 * Fires `count` events of the trigger with its sample payload, spread over
 * the stores in turn, in chunks (of {@link BULK_CHUNK} events, more as the
 * sandbox grows). `onProgress` hears
 * after each chunk; an aborted `signal` stops before the next chunk (the
 * events sent so far keep their runs).
 */
export function fireBulk(
  req: { app: string; trigger: string; count: number; storeIds: string[] },
  opts: { onProgress?: (p: BulkProgress) => void; signal?: AbortSignal } = {},
): Promise<BulkProgress & { cancelled: boolean }> {
  return exclusive(async () => {
    requireTrigger(req.app, req.trigger);
    if (!Number.isInteger(req.count) || req.count < 1 || req.count > MAX_BULK_EVENTS) {
      throw new Error(`Choose between 1 and ${MAX_BULK_EVENTS.toLocaleString('en')} events.`);
    }
    if (req.storeIds.length === 0) throw new Error('Choose at least one store.');
    const db = getDb();
    const [now, ctx] = await Promise.all([ensureSimNow(), loadContext(db)]);
    const payload = samplePayload(req.app, req.trigger);
    const progress: BulkProgress = { fired: 0, total: req.count, runs: 0 };
    const writer = new RunWriter(db, writerOptions());
    let cancelled = false;
    try {
      while (progress.fired < req.count) {
        if (opts.signal?.aborted) {
          cancelled = true;
          break;
        }
        const size = Math.min(chunkSize(ctx, req.app, req.trigger), req.count - progress.fired);
        const stores = Array.from({ length: size }, (_, k) => req.storeIds[(progress.fired + k) % req.storeIds.length]!);
        const runs = await runJob(ctx, { type: 'fire', events: eventsFor(req.app, req.trigger, payload, stores, now) }, now, { writer });
        progress.fired += size;
        progress.runs += runs.length;
        try {
          opts.onProgress?.({ ...progress });
        } catch (error) {
          console.error('A progress listener failed', error);
        }
      }
    } finally {
      await writer.close();
    }
    return { ...progress, cancelled };
  });
}

/**
 * Runs a finished run's workflow again, the version it ran with, on its
 * original trigger data, in the same store, at the simulated time now. The
 * new run has `retryOf` set to the old one's id; follow-up events cascade to
 * the workflows that are on. Returns the new run, or undefined when there is
 * no such run. Refuses a run that is still waiting.
 */
export function retryRun(runId: string): Promise<RunRecord | undefined> {
  return exclusive(async () => {
    const db = getDb();
    const source = await readRun(db, runId);
    if (!source) return undefined;
    if (source.status === 'waiting' || source.status === 'running') {
      throw new Error('This run has not finished yet; it can be retried once it has.');
    }
    const [now, ctx] = await Promise.all([ensureSimNow(), loadContext(db)]);
    const event = { ...structuredClone(source.event), id: `event-${crypto.randomUUID()}`, at: now, workflowId: source.workflowId };
    // The event is aimed at the old version; cascades go to the workflows that are on now.
    ctx.workflows = [source.workflow, ...ctx.workflows.filter((w) => w.id !== source.workflowId)];
    const writer = new RunWriter(db, writerOptions());
    let retry: RunRecord | undefined;
    try {
      await runJob(ctx, { type: 'fire', events: [event] }, now, {
        writer,
        transform: (run) => {
          if (retry || run.event.id !== event.id || run.workflowId !== source.workflowId) return run;
          retry = { ...run, retryOf: source.id };
          return retry;
        },
      });
    } finally {
      await writer.close();
    }
    return retry;
  });
}

/**
 * Retries a failed run from its failed step (domain runs/runPath.ts): a new
 * run of the version that ran, on the same trigger data, whose records of
 * the steps before the failed one are copied from the failed run, marked
 * `reused` (their effects are not done again), and which goes on from the
 * failed step (from the outermost For each when it failed inside a loop) at
 * the simulated time now. The new run says so: `retryOf` and `retryFrom`
 * (the run and the step). Returns it, or undefined when there is no such
 * run; throws, in words, when it can't be retried so.
 */
export function retryFromStep(runId: string): Promise<RunRecord | undefined> {
  return exclusive(async () => {
    const db = getDb();
    const source = await readRun(db, runId);
    if (!source) return undefined;
    const plan = retryFromStepPlan(source);
    if (!plan.ok) throw new Error(RETRY_FROM_STEP_REFUSALS[plan.reason]);
    const [now, ctx] = await Promise.all([ensureSimNow(), loadContext(db)]);
    const draft = retryFromStepRun(source, plan, { runId: `run-${crypto.randomUUID()}`, eventId: `event-${crypto.randomUUID()}`, now });
    const writer = new RunWriter(db, writerOptions());
    let retry: RunRecord | undefined;
    try {
      await runJob(ctx, { type: 'resume', runs: [draft] }, now, {
        writer,
        onRun: (run) => {
          if (run.id === draft.id) retry = run;
        },
      });
    } finally {
      await writer.close();
    }
    return retry;
  });
}

/** Why a run can't be retried from its failed step (the UI words the plan's reasons itself). */
const RETRY_FROM_STEP_REFUSALS = {
  'not-failed': 'Only a failed run can be retried from its failed step.',
  'test-run': 'A test run can’t be retried from its failed step.',
  'no-step': 'The run failed outside its steps, so it can only be retried as a whole.',
} as const;
