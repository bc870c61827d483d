/**
 * The engine: routes trigger events to the workflows they start, runs each
 * (interpreter.ts) and follows the events runs emit, breadth first.
 *
 * Contracts:
 * - A workflow handles an event when it is turned on (`activation.on`) and
 *   its trigger is the event's app and trigger (and, for an event aimed at
 *   one workflow, it is that one). A workflow that is on but must not run in
 *   the event's store still gets a run: `skipped`, with the reasons.
 *   Workflows that are off are not listening, as in Shopify Flow; a direct
 *   startRun on one records "turned off".
 * - Isolation: each run is separate; whatever one adapter throws or a fault
 *   does ends in that run's record, never in another run or in the batch.
 * - Cascades: an emitted event is processed after the events before it
 *   (breadth first). An event deeper than {@link MAX_CASCADE_DEPTH} is not
 *   run, and a workflow that would run again for an event chain it is
 *   already part of is not run either (a loop); both are recorded as skipped
 *   runs whose reason starts "Stopped a cascade" / "Stopped a loop". A batch
 *   also stops after {@link MAX_RUNS_PER_BATCH} runs, with a note.
 * - Workflow errors: a run that fails (not a dry run) fires Shopify's
 *   "Workflow error occurred" in its store, as a follow-up event of that
 *   run, once per failing workflow version and 30-day window
 *   (workflowErrors.ts); it is added to the run's emitted events, so it
 *   cascades (and is reported) like any other.
 * - Progress: `onProgress` hears of each run as it starts and ends, so a
 *   worker can report what finished before it is terminated (worker.ts).
 */
import type { Organization } from '../domain/org/organization';
import type { Workflow } from '../domain/workflow/document';
import { type IdSource, randomIds } from './clock';
import { frozenOnce } from './frozen';
import { type RunContext, type RunOutcome, isDue, resumeRun, startRun, startRunIn } from './interpreter';
import { triggerOf } from './runData';
import type { RunRecord, TriggerEvent } from './types';
import { workflowErrorEvent } from './workflowErrors';

export { scheduledEvents, type ScheduleInput } from './schedule';

/** How many follow-up events deep a cascade may go (an event of depth 6 is not run). */
export const MAX_CASCADE_DEPTH = 5;
/** Most runs one call to the engine starts or resumes, cascades included. */
export const MAX_RUNS_PER_BATCH = 500;

/**
 * What an engine is built with: the context of every run it starts (the
 * organization comes with each call instead), plus the batch's limits and a
 * listener for progress.
 */
export interface EngineOptions extends Omit<RunContext, 'org'> {
  maxCascadeDepth?: number;
  maxRunsPerBatch?: number;
  onProgress?: (progress: EngineProgress) => void;
}

export type EngineProgress =
  | { kind: 'run-started'; runId: string; workflowId: string; workflowName: string; storeId: string; event: TriggerEvent }
  | { kind: 'run-finished'; run: RunRecord; emitted: TriggerEvent[] };

export interface BatchResult {
  /** Every run started, resumed or skipped, in the order they ran. */
  runs: RunRecord[];
  /** Follow-up events the runs emitted, whether or not they were run. */
  events: TriggerEvent[];
  /** Things the batch itself reports (e.g. it stopped at the run limit). */
  notes: string[];
}

/** Per list of workflows: which of them listen to each trigger, by app, trigger and aimed workflow ('' for none) (Engine.matching). */
const listeners = new WeakMap<
  readonly Workflow[],
  { length: number; first: Workflow | undefined; last: Workflow | undefined; answers: Map<string, Map<string, Map<string, readonly Workflow[]>>> }
>();

/** Waiting runs whose time has come, earliest first. */
export function dueRuns(runs: readonly RunRecord[], now: string): RunRecord[] {
  return runs
    .filter((r) => isDue(r, now))
    .sort((a, b) => a.resumeAt!.localeCompare(b.resumeAt!) || a.id.localeCompare(b.id));
}

/** Runs events through the workflows they start; one instance per sandbox and clock. */
export class Engine {
  private readonly ids: IdSource;
  private readonly maxDepth: number;
  private readonly maxRuns: number;
  private lastContext: RunContext | undefined;

  constructor(private readonly options: EngineOptions) {
    this.ids = options.ids ?? randomIds();
    this.maxDepth = options.maxCascadeDepth ?? MAX_CASCADE_DEPTH;
    this.maxRuns = options.maxRunsPerBatch ?? MAX_RUNS_PER_BATCH;
  }

  /** The workflows that handle `event`, in the given order. */
  matching(workflows: readonly Workflow[], event: TriggerEvent): readonly Workflow[] {
    // Answered once per list of workflows and trigger (workflows are immutable values; the list
    // is checked by length and by its first and last element before an answer is reused).
    let byTrigger = listeners.get(workflows);
    if (!byTrigger || byTrigger.length !== workflows.length || byTrigger.first !== workflows[0] || byTrigger.last !== workflows.at(-1)) {
      byTrigger = { length: workflows.length, first: workflows[0], last: workflows.at(-1), answers: new Map() };
      listeners.set(workflows, byTrigger);
    }
    // Nested maps rather than one key made of the three: no string is built per event.
    let byApp = byTrigger.answers.get(event.app);
    if (!byApp) byTrigger.answers.set(event.app, (byApp = new Map()));
    let byAim = byApp.get(event.trigger);
    if (!byAim) byApp.set(event.trigger, (byAim = new Map()));
    const aim = event.workflowId ?? '';
    let found = byAim.get(aim);
    if (!found) {
      found = workflows.filter((w) => {
        if (!w.activation.on || (event.workflowId !== undefined && w.id !== event.workflowId)) return false;
        const trigger = triggerOf(w);
        return trigger?.app === event.app && trigger.trigger === event.trigger;
      });
      byAim.set(aim, found);
    }
    return found;
  }

  /** Runs every workflow each event starts, then the cascade of events they emit. */
  async fire(events: TriggerEvent | readonly TriggerEvent[], workflows: readonly Workflow[], org: Organization): Promise<BatchResult> {
    const batch: BatchResult = { runs: [], events: [], notes: [] };
    await this.cascade(Array.isArray(events) ? [...events] : [events as TriggerEvent], workflows, org, batch);
    return batch;
  }

  /** Resumes the waiting runs that are due (each with its own workflow version), then their cascades. */
  async resumeDue(runs: readonly RunRecord[], workflows: readonly Workflow[], org: Organization): Promise<BatchResult> {
    const batch: BatchResult = { runs: [], events: [], notes: [] };
    const emitted: TriggerEvent[] = [];
    for (const waiting of dueRuns(runs, this.options.clock.now())) {
      this.report(started(waiting.id, waiting.workflow, waiting.event));
      let outcome: RunOutcome;
      try {
        outcome = await resumeRun(waiting, this.context(org));
      } catch (error) {
        outcome = { run: crashed(waiting, this.options.clock.now(), error), emitted: [] };
      }
      emitted.push(...this.finish(batch, outcome, workflows).emitted);
    }
    await this.cascade(emitted, workflows, org, batch);
    return batch;
  }

  /** A dry run of one workflow on a copy of the sandbox; emitted events are returned, not run. */
  async dryRun(workflow: Workflow, event: TriggerEvent, org: Organization): Promise<RunOutcome> {
    return startRun({ ...this.context(org), workflow, event, dryRun: true });
  }

  private async cascade(queue: TriggerEvent[], workflows: readonly Workflow[], org: Organization, batch: BatchResult): Promise<void> {
    for (let i = 0; i < queue.length; i++) {
      // One frozen copy of the event serves every run it starts (frozen.ts); the runs are told
      // it is frozen rather than the copy being remembered (a weak entry per event cost more).
      const event = frozenOnce(queue[i]!);
      for (const workflow of this.matching(workflows, event)) {
        if (batch.runs.length >= this.maxRuns) {
          batch.notes.push(`Stopped after ${this.maxRuns} runs in one go; ${queue.length - i} event(s) were not processed.`);
          return;
        }
        const runId = this.ids.next('run');
        const stop = this.stopReason(workflow, event, workflows);
        if (stop) {
          this.record(batch, { run: skipped(runId, workflow, event, this.options.clock.now(), stop), emitted: [] });
          continue;
        }
        if (this.options.onProgress) this.report(started(runId, workflow, event));
        let outcome: RunOutcome;
        try {
          outcome = await startRunIn(this.context(org), workflow, event, { runId, eventFrozen: true });
        } catch (error) {
          const now = this.options.clock.now();
          outcome = { run: crashed(skipped(runId, workflow, event, now, ''), now, error), emitted: [] };
        }
        queue.push(...this.finish(batch, outcome, workflows).emitted);
      }
    }
  }

  private stopReason(workflow: Workflow, event: TriggerEvent, workflows: readonly Workflow[]): string | undefined {
    if (event.depth > this.maxDepth) {
      return `Stopped a cascade: this event is follow-up number ${event.depth} of a chain, and at most ${this.maxDepth} follow-ups are run.`;
    }
    const chain = event.chain;
    if (chain?.includes(workflow.id)) {
      const path = [...chain.slice(chain.indexOf(workflow.id)), workflow.id].map((id) => `“${workflows.find((w) => w.id === id)?.name ?? id}”`);
      return `Stopped a loop: “${workflow.name}” would run again for a chain of events it started (${path.join(' → ')}).`;
    }
    return undefined;
  }

  /** Records a run that ran, with the "Workflow error occurred" event it fires (if any) among its emitted events. */
  private finish(batch: BatchResult, outcome: RunOutcome, workflows: readonly Workflow[]): RunOutcome {
    // Only a failed run fires one (workflowErrors.ts): the services are made for those alone.
    if (outcome.run.status !== 'failed') {
      this.record(batch, outcome);
      return outcome;
    }
    const error = workflowErrorEvent(outcome.run, {
      sandbox: this.options.sandbox,
      ids: this.ids,
      listens: (event) => this.matching(workflows, { ...event, id: '' }).length > 0,
    });
    const final = error ? { ...outcome, emitted: [...outcome.emitted, error] } : outcome;
    this.record(batch, final);
    return final;
  }

  private record(batch: BatchResult, outcome: RunOutcome): void {
    batch.runs.push(outcome.run);
    if (outcome.emitted.length > 0) batch.events.push(...outcome.emitted);
    if (this.options.onProgress) this.report({ kind: 'run-finished', run: outcome.run, emitted: outcome.emitted });
  }

  private report(progress: EngineProgress): void {
    try {
      this.options.onProgress?.(progress);
    } catch {
      // A listener's failure must not stop runs.
    }
  }

  /**
   * Every run's context: the options' (whatever RunContext gains travels along), this call's
   * organization. Made once per organization object and reused (runs only read it).
   */
  private context(org: Organization): RunContext {
    if (this.lastContext?.org !== org) {
      const { maxCascadeDepth: _depth, maxRunsPerBatch: _runs, onProgress: _progress, ...run } = this.options;
      this.lastContext = { ...run, org, ids: this.ids };
    }
    return this.lastContext;
  }
}

function started(runId: string, workflow: Workflow, event: TriggerEvent): EngineProgress {
  return { kind: 'run-started', runId, workflowId: workflow.id, workflowName: workflow.name, storeId: event.storeId, event };
}

function skipped(id: string, workflow: Workflow, event: TriggerEvent, now: string, reason: string): RunRecord {
  return {
    id,
    workflowId: workflow.id,
    workflowName: workflow.name,
    workflow: structuredClone(workflow),
    storeId: event.storeId,
    event: structuredClone(event),
    status: 'skipped',
    reasons: reason ? [reason] : [],
    steps: [],
    dryRun: false,
    startedAt: now,
    finishedAt: now,
  };
}

/** A run the engine itself failed on (a bug): failed, with the error on a step of its own. */
function crashed(run: RunRecord, now: string, error: unknown): RunRecord {
  const message = `The engine failed: ${error instanceof Error ? error.message : String(error)}`;
  const { resumeAt: _resumeAt, resumeStepId: _resumeStepId, ...rest } = run;
  return {
    ...rest,
    status: 'failed',
    reasons: [],
    finishedAt: now,
    steps: [...run.steps, { stepId: '', kind: 'action', name: 'Run', status: 'failed', error: message, attempts: [], startedAt: now, finishedAt: now }],
  };
}
