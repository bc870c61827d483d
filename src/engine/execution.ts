/**
 * Walking a workflow's steps for one run: the part of the interpreter that
 * runs after gating, shared by starting and resuming. See interpreter.ts for
 * the contracts. Each step is run by its kind's handler (kinds/); this
 * module keeps the per-run state they share:
 *
 * - the run record being built (a private copy, returned at the end);
 * - the run's data (trigger payload and Shopify objects);
 * - the run's own timeline in ms: attempts, backoff and timeouts move it
 *   forward, the shared clock never moves;
 * - the follow-up events its actions emit.
 *
 * A failed step makes the run `failed` and stops it; `succeeded` is only set
 * when the walk reaches the end with every executed step succeeded.
 */
import type { Catalog } from '../domain/catalog/catalog';
import { describeStep } from '../domain/workflow/describe';
import type { Port, Step, StepKind, StepOf } from '../domain/workflow/document';
import { appsOfStep } from '../domain/workflow/kinds/registry';
import { type ExecutionDeps, ENGINE_KINDS, type StepOutcome, type StepRun } from './kinds';
import { STOP } from './kinds/types';
import { toIso } from './clock';
import type { LoopIteration, RunRecord, StepRecord, TriggerEvent } from './types';

export type { ExecutionDeps } from './kinds';

const names = new WeakMap<Catalog, WeakMap<Step, string>>();

/**
 * The human name of a step in a run record: "Slack · Send message", "Wait 1 day". Worked out
 * once per catalog and step object (a run's workflow is a frozen copy shared by its runs).
 */
export function stepName(catalog: Catalog, step: Step): string {
  let byStep = names.get(catalog);
  if (!byStep) names.set(catalog, (byStep = new WeakMap()));
  let name = byStep.get(step);
  if (name === undefined) {
    const d = describeStep(catalog, step);
    name = appsOfStep(step).length > 0 ? `${d.appName} · ${d.title}` : d.title;
    byStep.set(step, name);
  }
  return name;
}

/** A workflow's steps by id and links by "from:port", made once per workflow object. */
interface Graph {
  byId: Map<string, Step>;
  links: Map<string, string>;
}
const graphs = new WeakMap<RunRecord['workflow'], Graph>();

function graphOf(workflow: RunRecord['workflow']): Graph {
  let graph = graphs.get(workflow);
  if (!graph) {
    graph = {
      byId: new Map(workflow.steps.map((s) => [s.id, s])),
      links: new Map(workflow.links.map((l) => [`${l.from}:${l.port}`, l.to])),
    };
    graphs.set(workflow, graph);
  }
  return graph;
}

/** Runs one step with its kind's handler (the one place the engine looks a kind up). */
function runStep(step: Step, run: StepRun): StepOutcome | Promise<StepOutcome> {
  const handler = ENGINE_KINDS[step.kind] as { run(step: Step, run: StepRun): StepOutcome | Promise<StepOutcome> };
  return handler.run(step, run);
}

/** One run's walk through its workflow; build with the run record, its data and start time, then `walk`. */
export class Execution implements StepRun {
  readonly emitted: TriggerEvent[] = [];
  /** The loop iterations the walk is in, outermost first (For each pushes one per item). */
  private readonly loops: LoopIteration[] = [];
  private readonly byId: ReadonlyMap<string, Step>;
  private readonly links: ReadonlyMap<string, string>;

  constructor(
    readonly run: RunRecord,
    readonly data: Record<string, unknown>,
    /** Now on the run's timeline, in ms. */
    private now: number,
    readonly deps: ExecutionDeps,
  ) {
    // Shared by the runs of the same workflow object: the maps are only read.
    ({ byId: this.byId, links: this.links } = graphOf(run.workflow));
  }

  get cursor(): number {
    return this.now;
  }

  advanceTo(ms: number): void {
    this.now = Math.max(this.now, ms);
  }

  /** The step linked from `stepId`'s `port`, if any. */
  next(stepId: string, port: Port): string | undefined {
    return this.links.get(`${stepId}:${port}`);
  }

  /** Runs steps from `from` until the end, a failure or a Wait. Never throws. */
  async walk(from: string | undefined): Promise<void> {
    try {
      if ((await this.runBranch(from)) === 'end') this.finish('succeeded');
    } catch (error) {
      // A bug of the engine itself: the run still ends honestly, as failed.
      const message = `The engine failed: ${error instanceof Error ? error.message : String(error)}`;
      const open = this.run.steps.findLast((s) => s.status === 'running');
      if (open) this.fail(open, message);
      else this.failRun(message);
    }
  }

  /**
   * Runs steps from `from`, following each step's outcome, until nothing
   * follows ('end') or a step stops the run ('stopped': it failed or waits).
   * A For each runs its loop body through this, once per item.
   */
  async runBranch(from: string | undefined, iteration?: LoopIteration): Promise<'end' | 'stopped'> {
    if (iteration) {
      this.loops.push(iteration);
      try {
        return await this.runBranch(from);
      } finally {
        this.loops.pop();
      }
    }
    let id = from;
    let executed = 0;
    while (id !== undefined) {
      const step = this.byId.get(id);
      // Both are impossible for a workflow that parses; a stored record might not.
      if (!step) {
        this.failRun(`The workflow has no step "${id}" (any more).`);
        return 'stopped';
      }
      if (++executed > this.run.workflow.steps.length) {
        this.failRun('The workflow’s links go round in a circle.');
        return 'stopped';
      }
      // Conditions, logs and triggers answer at once: await only a promise.
      const answer = runStep(step, this);
      const outcome = answer instanceof Promise ? await answer : answer;
      if ('stop' in outcome) return 'stopped';
      id = this.next(step.id, outcome.port);
    }
    return 'end';
  }

  /**
   * Binds again the variables the given succeeded records bound (each
   * kind's `restore`), in order, without running their steps: the records
   * a retry from the failed step reuses.
   */
  restore(records: readonly StepRecord[]): void {
    for (const record of records) {
      const step = this.byId.get(record.stepId);
      if (!step || record.status !== 'succeeded') continue;
      const handler = ENGINE_KINDS[step.kind] as { restore?(step: Step, record: StepRecord, run: StepRun): void };
      handler.restore?.(step, record, this);
    }
  }

  bind(name: string, value: unknown): void {
    if (value === undefined) delete this.data[name];
    else this.data[name] = value;
  }

  begin(step: StepOf<StepKind>, input: Record<string, unknown>): StepRecord {
    const record: StepRecord = {
      stepId: step.id,
      kind: step.kind,
      name: stepName(this.deps.catalog, step),
      status: 'running',
      input,
      attempts: [],
      startedAt: toIso(this.now),
    };
    if (this.loops.length > 0) record.loop = this.loops.map((l) => ({ ...l }));
    this.run.steps.push(record);
    return record;
  }

  emit(record: StepRecord, app: string, trigger: string, payload: Record<string, unknown>): void {
    const { event } = this.run;
    this.emitted.push({
      id: this.deps.ids.next('event'),
      storeId: this.run.storeId,
      app,
      trigger,
      payload,
      at: toIso(this.now),
      depth: event.depth + 1,
      causedBy: { runId: this.run.id, stepId: record.stepId },
      chain: [...(event.chain ?? []), this.run.workflowId],
    });
  }

  succeed(record: StepRecord): void {
    record.status = 'succeeded';
    record.finishedAt = toIso(this.now);
  }

  fail(record: StepRecord, error: string): StepOutcome {
    record.status = 'failed';
    record.error = error;
    record.finishedAt = toIso(this.now);
    this.finish('failed');
    return STOP;
  }

  /** Fails the run with a problem that belongs to no step of the workflow. */
  private failRun(error: string): void {
    const record: StepRecord = { stepId: '', kind: 'action', name: 'Run', status: 'running', attempts: [], startedAt: toIso(this.now) };
    this.run.steps.push(record);
    this.fail(record, error);
  }

  private finish(status: 'succeeded' | 'failed'): void {
    this.run.status = status;
    this.run.finishedAt = toIso(this.now);
    delete this.run.resumeAt;
    delete this.run.resumeStepId;
  }
}
