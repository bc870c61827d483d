/**
 * The probe page of e2e/runCodeSandbox.spec.ts: starts a module Web Worker
 * the way the app starts its engine (new URL(…, import.meta.url), type
 * module) and exposes `window.runCodeProbe(script, input)`, which asks the
 * worker to run a script in the Run code sandbox and resolves with its result.
 */
import type { RunScriptResult } from '../../src/engine/runCode/sandbox';

declare global {
  interface Window {
    runCodeProbe?: (script: string, input: unknown) => Promise<RunScriptResult>;
  }
}

const worker = new Worker(new URL('./probeWorker.ts', import.meta.url), { type: 'module' });
const waiting = new Map<number, (result: RunScriptResult) => void>();
let next = 0;
worker.onmessage = (event: MessageEvent<{ id: number; result: RunScriptResult }>) => {
  waiting.get(event.data.id)?.(event.data.result);
  waiting.delete(event.data.id);
};
window.runCodeProbe = (script, input) =>
  new Promise((resolve) => {
    const id = next++;
    waiting.set(id, resolve);
    worker.postMessage({ id, script, input });
  });
