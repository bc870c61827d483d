/**
 * How the engine runs a step of each kind. A kind's handler (one module per
 * kind in this folder, registered in index.ts) gets the step and the run it
 * is part of (`StepRun`, implemented by the walk in ../execution.ts) and
 * says where the run goes next: out of one of the step's ports, or nowhere
 * (the run failed or waits). Handlers record what they did in the step's
 * record: its input, output, rendered fields and attempts.
 */
import type { Catalog } from '../../domain/catalog/catalog';
import type { Organization } from '../../domain/org/organization';
import type { Port, StepKind, StepOf } from '../../domain/workflow/document';
import type { AdapterRegistry } from '../adapters/registry';
import type { IdSource } from '../clock';
import type { FaultLookup } from '../faults';
import type { FieldRenderer } from '../liquidRender';
import type { RetryPolicy } from '../retry';
import type { Sandbox } from '../runCode/sandbox';
import type { MemorySandbox } from '../sandbox';
import type { LoopIteration, RunRecord, StepRecord } from '../types';

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
  /** Runs Run code scripts (QuickJS in WebAssembly); one per worker or process, reused by every call. */
  scripts: Sandbox;
}

/** Where the run goes after a step: out of a port (nowhere when nothing is linked there), or it stops here. */
export type StepOutcome = { readonly port: Port } | { readonly stop: true };

export const STOP: StepOutcome = { stop: true };
export const via = (port: Port): StepOutcome => ({ port });

/** What a handler can see and do of the run it is part of. */
export interface StepRun {
  /** The run record being built (status, dry run, resume point). */
  readonly run: RunRecord;
  /** The run's data: the trigger's payload and the Shopify objects, by root. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly deps: ExecutionDeps;
  /** Now on the run's own timeline, in ms (moved by attempts, backoff and timeouts). */
  readonly cursor: number;
  /** Moves the run's timeline to `ms` (never back). */
  advanceTo(ms: number): void;
  /** Opens the step's record with what it received. */
  begin(step: StepOf<StepKind>, input: Record<string, unknown>): StepRecord;
  /** Closes the record as succeeded, now. */
  succeed(record: StepRecord): void;
  /** Closes the record as failed with `error` and fails the run; the walk stops. */
  fail(record: StepRecord, error: string): StepOutcome;
  /** The step linked from `stepId`'s `port`, if any. */
  next(stepId: string, port: Port): string | undefined;
  /**
   * Makes a variable readable by the steps that run after this one (a
   * step's output like `getOrderData`, a loop's current item); `undefined`
   * removes it. Variables live as long as the walk: a run that resumes after
   * a Wait starts again from the trigger's data (Flow forgets earlier
   * results across a Wait, and so does validation's scope).
   */
  bind(name: string, value: unknown): void;
  /**
   * Runs the steps from `from` until nothing follows ('end') or a step stops
   * the run ('stopped': it failed). For each runs its loop body with it.
   */
  runBranch(from: string | undefined, iteration?: LoopIteration): Promise<'end' | 'stopped'>;
  /** A follow-up trigger event the step caused (the engine runs the workflows it starts). */
  emit(record: StepRecord, app: string, trigger: string, payload: Record<string, unknown>): void;
}

/** The engine's part of one kind. */
export interface EngineKind<K extends StepKind> {
  readonly kind: K;
  run(step: StepOf<K>, run: StepRun): StepOutcome | Promise<StepOutcome>;
  /**
   * For a kind that binds a variable: binds it again from a succeeded
   * record of the step, without doing the step's work again (a run
   * continued by "retry from the failed step" reuses the records before
   * the failed step; interpreter.ts resumeRun).
   */
  restore?(step: StepOf<K>, record: StepRecord, run: StepRun): void;
}
