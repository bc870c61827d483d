/**
 * The Web Worker entry of the engine: `new Worker(new URL('../engine/worker.ts',
 * import.meta.url), { type: 'module' })`. It answers messages of the
 * protocol in workerProtocol.ts with the worker handler (workerHandler.ts),
 * which runs each request on the built-in catalog and adapters plus the
 * custom apps the request carries (assembled by assemble.ts). It uses no DOM types: only `onmessage` and
 * `postMessage` of the worker's global scope.
 *
 * The hard time limit lives on the main thread, because Liquid's limits and
 * the adapters are cooperative and a worker cannot interrupt itself:
 * 1. Send a request and start a timer of HARD_TIME_LIMIT_MS, restarted by
 *    every reply (`run-started`, `run-finished`).
 * 2. Persist each `run-finished` at once: its run record and the sandbox
 *    rows it changed.
 * 3. When the timer fires, `terminate()` the worker, record the run of the
 *    last `run-started` without a `run-finished` as failed (stoppedRun()),
 *    and create a new worker. Because requests carry all state, the new
 *    worker needs no warm-up; events of the batch not yet run can be sent
 *    again in a new `fire` request.
 *
 * Adapters come from the explicit registry in ./adapters/index.ts (one
 * line per app), which adapters/contract.test.ts checks against the catalog.
 */
import { createWorkerHandler } from './workerHandler';

/** The part of DedicatedWorkerGlobalScope the engine uses. */
interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
}

const handle = createWorkerHandler();
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  void handle(event.data, (reply) => scope.postMessage(reply));
};
