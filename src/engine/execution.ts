/**
 * Walking a workflow's steps for one run: the part of the interpreter that
 * runs after gating, shared by starting and resuming. See interpreter.ts for
 * the contracts; this module keeps the per-run state:
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
import type { Organization } from '../domain/org/organization';
import { ownValue } from '../domain/ownKeys';
import { evaluateGroup, resolvePath } from '../domain/workflow/conditionOperators';
import { describeStep } from '../domain/workflow/describe';
import type { ActionStep, ConditionGroup, ConditionStep, Port, Step, WaitStep } from '../domain/workflow/document';
import { joinProblems, prepareFields } from './actionFields';
import type { AdapterRegistry } from './adapters/registry';
import { type IdSource, toIso } from './clock';
import { type FaultLookup, mulberry32, seedFrom } from './faults';
import { frozenCopy } from './frozen';
import type { FieldRenderer } from './liquidRender';
import { type RetryPolicy, callWithRetries } from './retry';
import type { MemorySandbox } from './sandbox';
import type { RunRecord, StepRecord, TriggerEvent } from './types';

const UNIT_MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;

/** Everything a walk needs besides the run itself. */
export interface ExecutionDeps {
  catalog: Catalog;
  org: Organization;
  registry: AdapterRegistry;
  /** The sandbox the run writes (a throwaway copy for a dry run). */
  sandbox: MemorySandbox;
  faults: FaultLookup;
  ids: IdSource;
  retry: RetryPolicy;
  renderer: FieldRenderer;
}

/** The human name of a step in a run record: "Slack · Send message", "Wait 1 day". */
export function stepName(catalog: Catalog, step: Step): string {
  const d = describeStep(catalog, step);
  return step.kind === 'trigger' || step.kind === 'action' ? `${d.appName} · ${d.title}` : d.title;
}

/** One run's walk through its workflow; build with the run record, its data and start time, then `walk`. */
export class Execution {
  readonly emitted: TriggerEvent[] = [];
  private readonly byId: Map<string, Step>;
  private readonly links: Map<string, string>;

  constructor(
    readonly run: RunRecord,
    private readonly data: Record<string, unknown>,
    /** Now on the run's timeline, in ms. */
    private cursor: number,
    private readonly deps: ExecutionDeps,
  ) {
    this.byId = new Map(run.workflow.steps.map((s) => [s.id, s]));
    this.links = new Map(run.workflow.links.map((l) => [`${l.from}:${l.port}`, l.to]));
  }

  /** The step linked from `stepId`'s `port`, if any. */
  next(stepId: string, port: Port): string | undefined {
    return this.links.get(`${stepId}:${port}`);
  }

  /** Runs steps from `from` until the end, a failure or a Wait. Never throws. */
  async walk(from: string | undefined): Promise<void> {
    let id = from;
    let executed = 0;
    try {
      while (id !== undefined) {
        const step = this.byId.get(id);
        // Both are impossible for a workflow that parses; a stored record might not.
        if (!step) return this.failRun(`The workflow has no step "${id}" (any more).`);
        if (++executed > this.run.workflow.steps.length) return this.failRun('The workflow’s links go round in a circle.');
        if (step.kind === 'condition') id = this.next(step.id, this.condition(step));
        else if (step.kind === 'wait') {
          if (!this.wait(step)) return;
          id = this.next(step.id, 'next');
        } else if (step.kind === 'action') {
          if (!(await this.action(step))) return;
          id = this.next(step.id, 'next');
        } else id = this.next(step.id, 'next');
      }
      this.finish('succeeded');
    } catch (error) {
      // A bug of the engine itself: the run still ends honestly, as failed.
      const message = `The engine failed: ${error instanceof Error ? error.message : String(error)}`;
      const open = this.run.steps.find((s) => s.status === 'running');
      if (open) this.failStep(open, message);
      else this.failRun(message);
    }
  }

  private begin(step: Step, input: Record<string, unknown>): StepRecord {
    const record: StepRecord = {
      stepId: step.id,
      kind: step.kind,
      name: stepName(this.deps.catalog, step),
      status: 'running',
      input,
      attempts: [],
      startedAt: toIso(this.cursor),
    };
    this.run.steps.push(record);
    return record;
  }

  private condition(step: ConditionStep): 'then' | 'otherwise' {
    const record = this.begin(step, readValues(step.criteria, this.data));
    const holds = evaluateGroup(step.criteria, this.data);
    record.branch = holds ? 'then' : 'otherwise';
    record.output = { result: holds };
    this.succeed(record);
    return record.branch;
  }

  /** Records the wait; false when the run now waits (a dry run does not: it notes when it would resume). */
  private wait(step: WaitStep): boolean {
    const record = this.begin(step, { duration: { ...step.duration } });
    const until = toIso(this.cursor + step.duration.amount * UNIT_MS[step.duration.unit]);
    if (this.run.dryRun) {
      record.output = { wouldResumeAt: until, note: 'A test run does not wait.' };
      this.succeed(record);
      return true;
    }
    record.status = 'waiting';
    this.run.status = 'waiting';
    this.run.resumeAt = until;
    const next = this.next(step.id, 'next');
    if (next !== undefined) this.run.resumeStepId = next;
    return false;
  }

  /** Runs an action step; false when it failed (the run is then failed). */
  private async action(step: ActionStep): Promise<boolean> {
    const { catalog, registry, org } = this.deps;
    const record = this.begin(step, { ...step.fields });
    const app = catalog.byId.get(step.app);
    const appName = app?.name.en ?? step.app;
    const def = app?.actions.find((a) => a.id === step.action);
    if (!def) return this.failStep(record, `${appName} has no action “${step.action}”.`);
    const prepared = await prepareFields(step, def, this.data, this.deps.renderer);
    record.rendered = prepared.rendered;
    if (prepared.problems.length > 0) return this.failStep(record, joinProblems(prepared.problems));
    const adapter = registry.get(step.app);
    if (!adapter) return this.failStep(record, `No adapter for ${appName}.`);
    const handler = ownValue(adapter.actions, step.action);
    if (!handler) return this.failStep(record, `The ${appName} adapter cannot “${def.name.en}”.`);

    const { storeId } = this.run;
    const outcome = await callWithRetries({
      appName,
      handler,
      // A handler can't change the run's or another run's data: the fields are its own
      // copy (rendered values are strings, numbers or booleans, so a shallow copy is a
      // full one), the event and the organization are deep-frozen (frozen.ts).
      call: {
        storeId,
        appId: step.app,
        actionId: step.action,
        fields: { ...prepared.rendered },
        event: this.run.event,
        org: frozenCopy(org),
      },
      stage: () => this.deps.sandbox.stage(storeId, step.app),
      fault: this.deps.faults(storeId, step.app),
      rng: mulberry32(seedFrom(`${this.run.id}:${step.id}`)),
      policy: this.deps.retry,
      startMs: this.cursor,
    });
    record.attempts = outcome.attempts;
    this.cursor = outcome.endMs;
    if (outcome.error !== undefined) return this.failStep(record, outcome.error);
    record.output = outcome.result?.output ?? {};
    for (const e of outcome.result?.emits ?? []) this.emit(record, e.app, e.trigger, e.payload);
    this.succeed(record);
    return true;
  }

  private emit(record: StepRecord, app: string, trigger: string, payload: Record<string, unknown>): void {
    const { event } = this.run;
    this.emitted.push({
      id: this.deps.ids.next('event'),
      storeId: this.run.storeId,
      app,
      trigger,
      payload,
      at: toIso(this.cursor),
      depth: event.depth + 1,
      causedBy: { runId: this.run.id, stepId: record.stepId },
      chain: [...(event.chain ?? []), this.run.workflowId],
    });
  }

  private succeed(record: StepRecord): void {
    record.status = 'succeeded';
    record.finishedAt = toIso(this.cursor);
  }

  private failStep(record: StepRecord, error: string): false {
    record.status = 'failed';
    record.error = error;
    record.finishedAt = toIso(this.cursor);
    this.finish('failed');
    return false;
  }

  /** Fails the run with a problem that belongs to no step of the workflow. */
  private failRun(error: string): void {
    const record: StepRecord = { stepId: '', kind: 'action', name: 'Run', status: 'running', attempts: [], startedAt: toIso(this.cursor) };
    this.run.steps.push(record);
    this.failStep(record, error);
  }

  private finish(status: 'succeeded' | 'failed'): void {
    this.run.status = status;
    this.run.finishedAt = toIso(this.cursor);
    delete this.run.resumeAt;
    delete this.run.resumeStepId;
  }
}

/** The values a condition reads, by path, for the step record. */
function readValues(group: ConditionGroup, data: unknown, out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const item of group.items) {
    if (item.kind === 'group') readValues(item, data, out);
    else out[item.field] = resolvePath(data, item.field) ?? null;
  }
  return out;
}
