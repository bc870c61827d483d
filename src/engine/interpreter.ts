/**
 * The interpreter: one run of one workflow for one trigger event.
 *
 * Contracts:
 * - Input is a workflow version, an event and the store's context; output is
 *   a run record (plus the follow-up events its actions emitted). A run
 *   keeps a deep-frozen copy of the workflow it started with (shared by the
 *   runs of the same workflow object, see frozen.ts): editing the workflow
 *   while a run waits changes nothing for that run. The record's event is
 *   frozen too, and handed to adapters as it is.
 * - Gating first: when the organization rules say the workflow must not run
 *   in the event's store, the run is `skipped` with every reason in words.
 * - Steps: conditions use Shopify Flow's operator semantics
 *   (conditionOperators.ts); actions render, coerce and check their fields
 *   before the adapter is called (actionFields.ts), then call it with the
 *   store's injected fault and retries (retry.ts); a Wait suspends the run
 *   (`waiting`, `resumeAt`) until {@link resumeRun} is called once the clock
 *   has passed it.
 * - Status is honest: a failed step fails the run and stops it.
 * - Time: the run starts at `clock.now()` and keeps its own timeline after
 *   that (retries and backoff move it, the clock is never moved), so two
 *   runs never disturb each other's timing and tests are deterministic.
 * - A dry run ("Test with sample data") runs against a copy of the sandbox,
 *   records steps the same way, does not wait at Wait steps (it notes when it
 *   would resume) and is not held back by the workflow being off.
 * - Retry from the failed step: a run continued from its failed step is
 *   handed in as a run due now that waits at that step (domain
 *   runs/runPath.ts retryFromStepRun), with the records before it marked
 *   `reused`; resumeRun binds again the variables those records bound
 *   (after the last Wait among them) and goes on from the step. Reused
 *   steps' effects are not done again.
 * - startRun and resumeRun never throw for anything a workflow, an adapter or
 *   a fault does; resumeRun throws only when called on a run that is not due.
 */
import type { Catalog } from '../domain/catalog/catalog';
import type { Organization } from '../domain/org/organization';
import type { Workflow } from '../domain/workflow/document';
import type { AdapterRegistry } from './adapters/registry';
import { type IdSource, type SimClock, randomIds, toMs } from './clock';
import { Execution, stepName } from './execution';
import type { FaultLookup } from './faults';
import { deepFreeze, frozen, frozenCopy } from './frozen';
import { FieldRenderer } from './liquidRender';
import { type RetryPolicy, DEFAULT_RETRY } from './retry';
import { gatingReasons, runStartOf, triggerOf } from './runData';
import type { MemorySandbox } from './sandbox';
import { type Sandbox, sharedSandbox } from './runCode/sandbox';
import type { RunRecord, StepRecord, TriggerEvent } from './types';

/** The store's context and the engine's services, shared by every run. */
export interface RunContext {
  catalog: Catalog;
  org: Organization;
  /** Adapters by app id. */
  registry: AdapterRegistry;
  sandbox: MemorySandbox;
  /** The injected fault of an app in a store; none when absent. */
  faults?: FaultLookup;
  clock: SimClock;
  /** Run and event ids; random when absent (pass counterIds() in tests). */
  ids?: IdSource;
  retry?: Partial<RetryPolicy>;
  /** Liquid renderer with its limits; a shared default when absent. */
  renderer?: FieldRenderer;
  /** The Run code sandbox (its QuickJS engine loads once and serves every call); the worker's shared one when absent. */
  scripts?: Sandbox;
}

export interface StartRunInput extends RunContext {
  workflow: Workflow;
  event: TriggerEvent;
  dryRun?: boolean;
  /** The id of the run this one retries, with its original trigger data. */
  retryOf?: string;
  /** The run's id when the caller chose it already (e.g. to report progress). */
  runId?: string;
}

export interface RunOutcome {
  run: RunRecord;
  /** Follow-up trigger events the run's actions emitted (for the engine's cascade). */
  emitted: TriggerEvent[];
}

let sharedRenderer: FieldRenderer | undefined;

/** Starts (and as far as it goes, finishes) a run of `workflow` for `event`. */
export function startRun(input: StartRunInput): Promise<RunOutcome> {
  return startRunIn(input, input.workflow, input.event, input);
}

/**
 * What {@link startRunIn} takes beside the context: StartRunInput's own fields, and whether the
 * event is a deep-frozen copy already (the engine's cascade makes one per event, frozen.ts).
 */
type RunOptions = Pick<StartRunInput, 'dryRun' | 'retryOf' | 'runId'> & { eventFrozen?: boolean };

/**
 * {@link startRun} with the shared context apart from the run's own inputs: the engine starts
 * every run with the same context object, so no merged input object is made per run (and the
 * run's services are found by that object, see {@link deps}).
 */
export async function startRunIn(ctx: RunContext, inputWorkflow: Workflow, event: TriggerEvent, options: RunOptions): Promise<RunOutcome> {
  const { catalog, org } = ctx;
  const dryRun = options.dryRun ?? false;
  const startedAt = ctx.clock.now();
  const workflow = frozenCopy(inputWorkflow);
  const run: RunRecord = {
    id: options.runId ?? (ctx.ids ?? randomIds()).next('run'),
    workflowId: workflow.id,
    workflowName: workflow.name,
    workflow,
    storeId: event.storeId,
    event: options.eventFrozen ? event : frozen(event),
    status: 'running',
    reasons: [],
    steps: [],
    dryRun,
    startedAt,
    ...(options.retryOf !== undefined ? { retryOf: options.retryOf } : {}),
  };
  const reasons = gatingReasons(catalog, org, workflow, event, dryRun);
  if (reasons.length > 0) {
    return {
      run: {
        ...run,
        status: 'skipped',
        reasons: reasons.map((r) => r.text),
        reasonDetails: reasons.map(({ code, params }) => (params ? { code, params } : { code })),
        finishedAt: startedAt,
      },
      emitted: [],
    };
  }
  const trigger = triggerOf(workflow)!;
  const sandbox = dryRun ? ctx.sandbox.clone() : ctx.sandbox;
  // The run's data: the store's frozen records (no copies), shared with the event's other runs while unchanged.
  const { data, objects } = runStartOf(catalog, trigger, run.event, sandbox);
  const payload = data.trigger;
  const triggerRecord: StepRecord = {
    stepId: trigger.id,
    kind: 'trigger',
    name: stepName(catalog, trigger),
    status: 'succeeded',
    input: payload ?? {},
    // The Shopify objects the run reads, kept so a resumed run reads the same.
    output: objects,
    attempts: [],
    startedAt,
    finishedAt: startedAt,
  };
  run.steps.push(triggerRecord);
  const execution = new Execution(run, data, toMs(startedAt), deps(ctx, sandbox));
  await execution.walk(execution.next(trigger.id, 'next'));
  return { run: execution.run, emitted: execution.emitted };
}

/** True when the run waits and the clock has reached its `resumeAt`. */
export function isDue(run: RunRecord, now: string): boolean {
  return run.status === 'waiting' && run.resumeAt !== undefined && toMs(run.resumeAt) <= toMs(now);
}

/**
 * Continues a waiting run after its Wait, with the workflow version it
 * started with. Returns a new record (the given one is not changed). Throws
 * when the run is not waiting or its time has not come.
 */
export async function resumeRun(run: RunRecord, ctx: RunContext): Promise<RunOutcome> {
  const now = ctx.clock.now();
  if (run.status !== 'waiting') throw new Error(`Run ${run.id} is not waiting (it is ${run.status}).`);
  if (!isDue(run, now)) throw new Error(`Run ${run.id} waits until ${run.resumeAt ?? '?'}; it is ${now}.`);
  const draft = structuredClone(run);
  deepFreeze(draft.event);
  const nextStepId = draft.resumeStepId;
  const waiting = draft.steps.findLast((s) => s.status === 'waiting');
  if (waiting) {
    waiting.status = 'succeeded';
    waiting.finishedAt = now;
    waiting.output = { resumedAt: now };
  }
  draft.status = 'running';
  delete draft.resumeAt;
  delete draft.resumeStepId;
  const objects = draft.steps.find((s) => s.kind === 'trigger')?.output ?? {};
  const data = { ...structuredClone(objects), trigger: structuredClone(draft.event.payload) };
  const execution = new Execution(draft, data, toMs(now), deps(ctx, ctx.sandbox));
  // Variables do not outlive a Wait; those bound after the last Wait (by the records a
  // retry from the failed step reused) are bound again from their records.
  const lastWait = draft.steps.findLastIndex((s) => s.kind === 'wait');
  execution.restore(draft.steps.slice(lastWait + 1));
  await execution.walk(nextStepId);
  return { run: execution.run, emitted: execution.emitted };
}

/** The last deps made per sandbox, with the context fields they came from (reused while those are the same). */
type Services = Pick<RunContext, 'catalog' | 'org' | 'registry' | 'faults' | 'ids' | 'retry' | 'renderer' | 'scripts'>;
const depsBySandbox = new WeakMap<MemorySandbox, { from: Services; deps: ReturnType<typeof makeDeps> }>();

/** The services a run's steps use; one object per sandbox and context, not one per run (runs only read it). */
function deps(ctx: RunContext, sandbox: MemorySandbox) {
  const hit = depsBySandbox.get(sandbox);
  // Without ids of its own a run draws random ones: never shared, as before.
  if (ctx.ids !== undefined && hit && sameServices(hit.from, ctx)) return hit.deps;
  const made = makeDeps(ctx, sandbox);
  // The fields, not the object: a caller may change its context object between runs.
  const { catalog, org, registry, faults, ids, retry, renderer, scripts } = ctx;
  depsBySandbox.set(sandbox, { from: { catalog, org, registry, faults, ids, retry, renderer, scripts }, deps: made });
  return made;
}

/** True when the contexts' fields that make a run's services are the same objects. */
function sameServices(a: Services, b: Services): boolean {
  return (
    a.catalog === b.catalog &&
    a.org === b.org &&
    a.registry === b.registry &&
    a.faults === b.faults &&
    a.ids === b.ids &&
    a.retry === b.retry &&
    a.renderer === b.renderer &&
    a.scripts === b.scripts
  );
}

function makeDeps(ctx: RunContext, sandbox: MemorySandbox) {
  return {
    catalog: ctx.catalog,
    org: ctx.org,
    registry: ctx.registry,
    sandbox,
    faults: ctx.faults ?? (() => undefined),
    ids: ctx.ids ?? randomIds(),
    retry: { ...DEFAULT_RETRY, ...ctx.retry },
    renderer: ctx.renderer ?? (sharedRenderer ??= new FieldRenderer()),
    scripts: ctx.scripts ?? sharedSandbox(),
  };
}
