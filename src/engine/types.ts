/**
 * The interpreter's contracts: trigger events in, run records out, and the
 * adapter interface every app implements. Pure data and interfaces, no
 * React, no Dexie: the engine runs in a Web Worker in the app and in Node
 * for tests and `npm run simulate`.
 */
import type { MessageParams } from '../domain/text/messageParams';
import type { Organization } from '../domain/org/organization';
import type { StepKind, Workflow } from '../domain/workflow/document';
import type { CriterionResult } from '../domain/workflow/conditionOperators';

/** A trigger firing in one store. */
export interface TriggerEvent {
  id: string;
  storeId: string;
  app: string;
  trigger: string;
  payload: Record<string, unknown>;
  /** ISO time on the simulated clock. */
  at: string;
  /** 0 for an event fired by the user or a schedule; n+1 for one emitted by a run at depth n. */
  depth: number;
  /** The run and step that emitted it, for cascades. */
  causedBy?: { runId: string; stepId: string };
  /**
   * Ids of the workflows whose runs led to this event, oldest first (absent
   * or empty for a first event). The engine stops a loop when a workflow is
   * about to run again for a chain it is already in.
   */
  chain?: string[];
  /** Only this workflow handles the event (scheduled triggers fire per workflow); absent: every matching workflow. */
  workflowId?: string;
}

export type RunStatus = 'running' | 'waiting' | 'succeeded' | 'failed' | 'skipped';
export type StepStatus = 'succeeded' | 'failed' | 'skipped' | 'waiting' | 'running';

/** One try of an adapter call. */
export interface Attempt {
  at: string;
  durationMs: number;
  outcome: 'ok' | 'permanent' | 'transient' | 'timeout';
  error?: string;
}

export interface StepRecord {
  stepId: string;
  kind: StepKind;
  /** "Slack · Send Slack message", for people. */
  name: string;
  status: StepStatus;
  /** What the step received: the trigger payload, or the action's field templates. */
  input?: Record<string, unknown>;
  /** Action fields after Liquid rendering, as sent to the adapter. */
  rendered?: Record<string, unknown>;
  output?: Record<string, unknown>;
  /** For a condition, which way it went. */
  branch?: 'then' | 'otherwise';
  /** Lines the step wrote to the run's log (a log step's message, Run code's console.log). */
  logs?: string[];
  /**
   * The loop iterations the step ran in, outermost first: the For each
   * step's id, the item's place (0-based), how many items there were and
   * a short name of the item.
   * Absent outside loops.
   */
  loop?: LoopIteration[];
  /** For a condition: each criterion with the value it read and whether it held (conditionOperators.ts explainGroup). */
  criteria?: CriterionResult[];
  /** Copied from the failed run a "retry from the failed step" continued: this step was not run again here. */
  reused?: true;
  error?: string;
  attempts: Attempt[];
  startedAt: string;
  finishedAt?: string;
}

/** One iteration of a For each, as a step record inside it notes it. */
export interface LoopIteration {
  stepId: string;
  index: number;
  count: number;
  /** A short text naming the item, when it has one (loopItemLabel: a line item's title, a tag...). */
  item?: string;
}

export interface RunRecord {
  id: string;
  workflowId: string;
  workflowName: string;
  /** The workflow exactly as it was when the run started (kept even if the workflow is edited). */
  workflow: Workflow;
  storeId: string;
  event: TriggerEvent;
  status: RunStatus;
  /** For a skipped run: every reason it did not run, in words. */
  reasons: string[];
  /**
   * The same reasons as codes with params, in the same order, so the UI can
   * word them in the user's language. Absent in records stored before codes
   * existed (their English `reasons` are shown as they are).
   */
  reasonDetails?: { code: string; params?: MessageParams }[];
  steps: StepRecord[];
  /** A dry run ("Test with sample data") changes no sandbox state. */
  dryRun: boolean;
  startedAt: string;
  finishedAt?: string;
  /** While waiting: when the run resumes, and at which step. */
  resumeAt?: string;
  resumeStepId?: string;
  /** Retry of an earlier run with its original trigger data. */
  retryOf?: string;
  /** A retry from the failed step: the run it continued and the step it ran again from (the records before it are reused). */
  retryFrom?: { runId: string; stepId: string };
}

/** A failure an adapter reports; the engine retries transient ones with backoff. */
export class AdapterError extends Error {
  constructor(
    readonly kind: 'permanent' | 'transient' | 'timeout',
    message: string,
    /** An HTTP-like status for display (429, 503...). */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'AdapterError';
  }
}

/**
 * A store's sandbox of simulated app state: named collections of records
 * per app (Slack messages, sheet rows, loyalty accounts...). Adapters change
 * it only through this interface, so a dry run can hand them a throwaway copy.
 */
export interface SandboxApi {
  /** Adds a record and returns its id (generated when the record has none). */
  insert(collection: string, record: Record<string, unknown>): string;
  get(collection: string, id: string): Record<string, unknown> | undefined;
  /** Merges fields into a record, creating it when absent. */
  upsert(collection: string, id: string, fields: Record<string, unknown>): void;
  list(collection: string): Record<string, unknown>[];
  /** How many records the collection holds; unlike `list().length` nothing is copied. */
  count(collection: string): number;
}

/** What an action handler gets. Fields are rendered and validated against the manifest already. */
export interface ActionCall {
  storeId: string;
  appId: string;
  actionId: string;
  fields: Record<string, unknown>;
  /** The event that started the run. */
  event: TriggerEvent;
  /** Simulated time now (ISO). */
  now: string;
  /** This app's sandbox in this store. */
  sandbox: SandboxApi;
  /** The store's organization context. */
  org: Organization;
}

/** A follow-up trigger event an action causes (e.g. LoyaltyLion points → "enough points for reward"). */
export interface EmittedEvent {
  app: string;
  trigger: string;
  payload: Record<string, unknown>;
}

export interface ActionResult {
  output?: Record<string, unknown>;
  emits?: EmittedEvent[];
}

export type ActionHandler = (call: ActionCall) => ActionResult | Promise<ActionResult>;

/** The simulated (or live) implementation of one app's actions. */
export interface AppAdapter {
  appId: string;
  /** One handler per action id of the app's manifest. */
  actions: Record<string, ActionHandler>;
  /** Headings for the sandbox collections the adapter writes (e.g. messages: "Messages"), for the Sandbox page. */
  collections: Record<string, string>;
}
