/**
 * The probe's worker: runs each script it is sent in the Run code sandbox
 * (src/engine/runCode), as the engine's worker will, and posts the result.
 */
import { runScript } from '../../src/engine/runCode/sandbox';

interface WorkerScope {
  onmessage: ((event: { data: { id: number; script: string; input: unknown } }) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => {
  const { id, script, input } = event.data;
  void runScript({ script, input }).then((result) => scope.postMessage({ id, result }));
};
