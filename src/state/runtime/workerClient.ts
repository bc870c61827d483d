/**
 * The main thread's side of the engine worker: sends one request at a time,
 * parses every reply with the protocol's schema, and enforces the hard time
 * limit exactly as engine/worker.ts describes it:
 * 1. a timer of HARD_TIME_LIMIT_MS starts with the request and restarts on
 *    every reply;
 * 2. when it fires (or the worker crashes), the worker is terminated and the
 *    request ends as `stopped`, naming the run that was started and never
 *    finished; the next request starts a fresh worker (requests carry all
 *    state, so nothing needs warming up). Recording the stopped run and
 *    sending the rest of the batch again is the job's part (jobs.ts), which
 *    knows the batch.
 *
 * Executors: in the browser a module Web Worker running engine/worker.ts;
 * where there is no Worker (Vitest on Node) an in-process executor that calls
 * the same createWorkerHandler with structured-cloned messages, so tests go
 * through the very same protocol, parsing and time-limit code.
 */
import type { WorkerDeps } from '../../engine/workerHandler';
import {
  type DoneReply,
  HARD_TIME_LIMIT_MS,
  RunJoiner,
  type RunFinishedReply,
  type RunStartedReply,
  WorkerReply,
  type WorkerRequest,
} from '../../engine/workerProtocol';
import { formatIssues } from '../../domain/zodIssues';

/** A running engine: takes requests, answers through the callbacks it was created with. */
export interface Executor {
  post(request: WorkerRequest): void;
  terminate(): void;
}

/** Creates an executor; `onReply` gets raw (unparsed) messages, `onCrash` a reason in words. */
export type ExecutorFactory = (onReply: (message: unknown) => void, onCrash: (reason: string) => void) => Executor | Promise<Executor>;

/** The engine in a module Web Worker (the browser). */
export const webWorkerExecutor: ExecutorFactory = (onReply, onCrash) => {
  const worker = new Worker(new URL('../../engine/worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<unknown>) => onReply(event.data);
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    onCrash(event.message ? `the engine failed: ${event.message}` : 'the engine could not be started');
  };
  worker.onmessageerror = () => onCrash('a message from the engine could not be read');
  return { post: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
};

/**
 * The engine in this thread (Node, tests): the worker handler called
 * directly, messages structured-cloned both ways as postMessage would.
 * "Terminating" drops the handler: whatever it still posts is ignored.
 */
export function inProcessExecutor(deps: WorkerDeps = {}): ExecutorFactory {
  return async (onReply) => {
    // Loaded on demand: in the browser the engine lives in the worker's bundle, not the page's.
    const { createWorkerHandler } = await import('../../engine/workerHandler');
    const handle = createWorkerHandler(deps);
    let alive = true;
    return {
      post: (request) => {
        void handle(structuredClone(request), (reply) => {
          if (alive) onReply(structuredClone(reply));
        });
      },
      terminate: () => {
        alive = false;
      },
    };
  };
}

/** A Web Worker where the platform has one, else the engine in this thread. */
export function defaultExecutor(): ExecutorFactory {
  return typeof Worker === 'undefined' ? inProcessExecutor() : webWorkerExecutor;
}

export interface RequestHooks {
  onStarted?(reply: RunStartedReply): void;
  onFinished?(reply: RunFinishedReply): void;
}

/** How a request ended: answered in full, or stopped by the time limit or a crash. */
export type RequestOutcome =
  | { kind: 'done'; reply: DoneReply }
  | {
      kind: 'stopped';
      /** The run that was started and did not finish, if any. */
      stuck: RunStartedReply | undefined;
      /** Why, in words. */
      reason: string;
      timedOut: boolean;
    };

interface Pending {
  request: WorkerRequest;
  hooks: RequestHooks;
  resolve(outcome: RequestOutcome): void;
  reject(error: Error): void;
}

/** One engine, one request at a time (FIFO), with the hard time limit. */
export class EngineClient {
  private executor: Executor | undefined;
  private readonly queue: Pending[] = [];
  private current: (Pending & { open: RunStartedReply | undefined; timer: ReturnType<typeof setTimeout> | undefined; joiner: RunJoiner }) | undefined;
  /** Bumped on every restart, so a late reply of a terminated engine is ignored. */
  private generation = 0;
  /** How many times the engine was restarted (for tests and diagnostics). */
  restarts = 0;

  constructor(
    private readonly factory: ExecutorFactory = defaultExecutor(),
    /** How long a request may go without a reply before the engine is stopped. */
    readonly timeLimitMs: number = HARD_TIME_LIMIT_MS,
  ) {}

  /** Sends a request when the engine is free; resolves when it is answered in full or stopped. */
  request(request: WorkerRequest, hooks: RequestHooks = {}): Promise<RequestOutcome> {
    return new Promise<RequestOutcome>((resolve, reject) => {
      this.queue.push({ request, hooks, resolve, reject });
      if (!this.current) void this.next();
    });
  }

  /** Stops the engine; queued requests are refused. */
  dispose(): void {
    this.executor?.terminate();
    this.executor = undefined;
    this.generation++;
    for (const p of this.queue.splice(0)) p.reject(new Error('The engine was shut down.'));
    if (this.current) {
      clearTimeout(this.current.timer);
      this.current.reject(new Error('The engine was shut down.'));
      this.current = undefined;
    }
  }

  private async next(): Promise<void> {
    const pending = this.queue.shift();
    if (!pending) return;
    const current = { ...pending, open: undefined as RunStartedReply | undefined, timer: undefined as ReturnType<typeof setTimeout> | undefined, joiner: new RunJoiner() };
    this.current = current;
    try {
      const executor = await this.ensureExecutor();
      this.arm();
      executor.post(current.request);
    } catch (error) {
      this.finish(() => current.reject(error instanceof Error ? error : new Error(String(error))));
    }
  }

  private async ensureExecutor(): Promise<Executor> {
    if (this.executor) return this.executor;
    const generation = this.generation;
    const executor = await this.factory(
      (message) => {
        if (generation === this.generation) this.onMessage(message);
      },
      (reason) => {
        if (generation === this.generation) this.stop(reason, false);
      },
    );
    this.executor = executor;
    return executor;
  }

  /** (Re)starts the time limit. */
  private arm(): void {
    const current = this.current;
    if (!current) return;
    clearTimeout(current.timer);
    current.timer = setTimeout(() => this.stop(`Stopped after ${this.timeLimitMs / 1000} s without news from the engine`, true), this.timeLimitMs);
  }

  private onMessage(message: unknown): void {
    const current = this.current;
    if (!current) return;
    const parsed = WorkerReply.safeParse(message);
    if (!parsed.success) {
      // An unreadable reply is dropped; the time limit still guards the request.
      console.warn(`Ignored a reply of the engine: ${formatIssues(parsed.error.issues).slice(0, 3).join('; ')}`);
      return;
    }
    const reply = parsed.data;
    if (reply.requestId !== current.request.requestId) return;
    this.arm();
    switch (reply.type) {
      case 'run-started':
        current.open = reply;
        safely(() => current.hooks.onStarted?.(reply));
        break;
      case 'run-finished': {
        if (current.open?.runId === reply.run.id) current.open = undefined;
        const { run: _run, parts, ...rest } = reply;
        const joined = current.joiner.join([reply.run], parts);
        // A run whose parts never came is dropped like an unreadable reply (the engine sends each part before its first use).
        if ('problem' in joined) console.warn(`Ignored a run of the engine: ${joined.problem}`);
        else safely(() => current.hooks.onFinished?.({ ...rest, run: joined.runs[0]! }));
        break;
      }
      case 'done': {
        const { runs, parts, ...rest } = reply;
        const joined = current.joiner.join(runs, parts);
        if ('problem' in joined) this.finish(() => current.reject(new Error(`The engine's answer cannot be read: ${joined.problem}`)));
        else this.finish(() => current.resolve({ kind: 'done', reply: { ...rest, runs: joined.runs } }));
        break;
      }
      case 'failed':
        this.finish(() => current.reject(new Error(reply.error)));
        break;
    }
  }

  /** Terminates the engine and ends the current request as stopped. */
  private stop(reason: string, timedOut: boolean): void {
    const current = this.current;
    this.executor?.terminate();
    this.executor = undefined;
    this.generation++;
    this.restarts++;
    if (current) this.finish(() => current.resolve({ kind: 'stopped', stuck: current.open, reason, timedOut }));
  }

  private finish(settle: () => void): void {
    if (this.current) clearTimeout(this.current.timer);
    this.current = undefined;
    settle();
    void this.next();
  }
}

/** Runs a listener; its failure must not break the protocol. */
function safely(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    console.error('A run listener failed', error);
  }
}
