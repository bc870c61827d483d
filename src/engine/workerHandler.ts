/**
 * The engine side of the worker protocol, free of any worker global so it
 * runs in Node tests: parse a request, rebuild the engine's state from it,
 * run, and post replies as runs start and finish. One request at a time;
 * nothing survives between requests (the protocol is stateless). A request
 * with `liveHttp` gets Shopify's "Send HTTP request" answered by a real fetch
 * (adapters/shopify-live-http.ts) instead of the simulated echo. The engine
 * itself is put together by assembleEngine (assemble.ts), as in the CLI.
 */
import type { Catalog } from '../domain/catalog/catalog';
import { formatIssues } from '../domain/zodIssues';
import type { AdapterRegistry } from './adapters/registry';
import { liveSendHttpRequest } from './adapters/shopify-live-http';
import { assembleEngine } from './assemble';
import { type IdSource, ManualClock, randomIds } from './clock';
import type { BatchResult } from './engine';
import type { FaultConfig } from './faults';
import type { ActionHandler } from './types';
import type { FieldRenderer } from './liquidRender';
import type { RetryPolicy } from './retry';
import { MemorySandbox } from './sandbox';
import { RunPacker, WorkerRequest, type WorkerReply } from './workerProtocol';

export interface WorkerDeps {
  /** The apps with adapters of their own, and those adapters: the built-in ones unless given (tests). */
  catalog?: Catalog;
  registry?: AdapterRegistry;
  /** Random by default: runs from many sessions are stored together. */
  ids?: IdSource;
  retry?: Partial<RetryPolicy>;
  renderer?: FieldRenderer;
  /** The live "Send HTTP request" used when a request asks for it; the real fetch by default. */
  liveHttp?: ActionHandler;
}

export type Post = (reply: WorkerReply) => void;

/** A function handling one raw message; replies go to `post`. Requests are handled in arrival order. */
export function createWorkerHandler(deps: WorkerDeps = {}): (message: unknown, post: Post) => Promise<void> {
  const ids = deps.ids ?? randomIds();
  let queue: Promise<void> = Promise.resolve();
  return (message, post) => {
    queue = queue.then(() => handle(message, post, deps, ids));
    return queue;
  };
}

async function handle(message: unknown, post: Post, deps: WorkerDeps, ids: IdSource): Promise<void> {
  const requestId = requestIdOf(message);
  const parsed = WorkerRequest.safeParse(message);
  if (!parsed.success) {
    post({ type: 'failed', requestId, error: `The engine got a request it cannot read: ${formatIssues(parsed.error.issues).join('; ')}` });
    return;
  }
  const request = parsed.data;
  try {
    const sandbox = MemorySandbox.fromRows(request.sandbox);
    const faults = new Map<string, FaultConfig>(request.faults.map((f) => [`${f.storeId}\u0000${f.appId}`, f.config]));
    // Runs cross split, each shared part once per request (workerProtocol.ts).
    const packer = new RunPacker();
    // The request's custom apps join the catalog, each run by the generic adapter unless one is registered.
    const { engine } = assembleEngine({
      catalog: deps.catalog,
      registry: deps.registry,
      customApps: request.customApps,
      liveHttp: request.liveHttp ? (deps.liveHttp ?? liveSendHttpRequest) : undefined,
      sandbox,
      faults: (storeId, appId) => faults.get(`${storeId}\u0000${appId}`),
      clock: new ManualClock(request.now),
      ids,
      retry: deps.retry,
      renderer: deps.renderer,
      onProgress: (p) => {
        if (p.kind === 'run-started') {
          const { kind: _kind, ...info } = p;
          post({ type: 'run-started', requestId, ...info });
        } else {
          const sandboxChanges = sandbox.changedRows();
          sandbox.markClean();
          const { runs, parts } = packer.pack([p.run]);
          post({ type: 'run-finished', requestId, run: runs[0]!, parts, sandboxChanges, emitted: p.emitted });
        }
      },
    });
    let batch: BatchResult;
    if (request.type === 'fire') batch = await engine.fire(request.events, request.workflows, request.org);
    else if (request.type === 'resume') batch = await engine.resumeDue(request.runs, request.workflows, request.org);
    else {
      const { run, emitted } = await engine.dryRun(request.workflow, request.event, request.org);
      batch = { runs: [run], events: emitted, notes: [] };
    }
    const { runs, parts } = packer.pack(batch.runs);
    post({ type: 'done', requestId, ...batch, runs, parts, sandboxChanges: sandbox.changedRows() });
  } catch (error) {
    post({ type: 'failed', requestId, error: `The engine failed: ${error instanceof Error ? error.message : String(error)}` });
  }
}

function requestIdOf(message: unknown): string {
  const id = message && typeof message === 'object' ? (message as { requestId?: unknown }).requestId : undefined;
  return typeof id === 'string' ? id : '';
}
