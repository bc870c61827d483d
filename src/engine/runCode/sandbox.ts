/**
 * The Run code sandbox: runs a script (an ES module whose default export is
 * `main(input)`) in QuickJS compiled to WebAssembly, never with eval or
 * new Function in the host. A sandbox loads its engine lazily, once (the
 * promise is kept), and runs each call in a fresh runtime and context
 * (call.ts) under limits that count work and size, never time (limits.ts).
 *
 * A hostile script ends its own call with a clear error: an endless loop
 * at the step budget, an allocation at the memory limit, recursion at the
 * stack limit, a flood of console.log at the log limit. Deep nesting that
 * QuickJS's parser does not measure can exhaust the host's stack inside
 * the engine instead; the host catches it, reports script-stack, discards
 * that engine and loads a new one for the next call. The worker running
 * the engine stays responsive throughout; the main thread's hard time
 * limit on the worker (src/engine/worker.ts) remains the last resort for
 * work a single built-in call does between two interrupt checks.
 *
 * Pure TS + the wasm engine: runs in the engine's Web Worker and in Node.
 */
import { type CallRecord, callScript } from './call';
import { type EngineLoader, type QuickJSWASMModule, loadQuickJS } from './engine';
import { type RunCodeLimits, resolveLimits } from '../../domain/runCode/limits';
import type { RunCodeProblem } from '../../domain/runCode/problem';
import { scriptProblems } from './scriptProblems';

export interface RunScriptRequest {
  /** An ES module: `export default function main(input) { … }`. */
  readonly script: string;
  /** The value the input query produced; passed to main as a copy (through JSON). */
  readonly input: unknown;
  /** Changes to DEFAULT_LIMITS; a limit out of its range throws a RangeError. */
  readonly limits?: Partial<RunCodeLimits>;
}

export type RunScriptResult =
  | { readonly ok: true; readonly output: unknown; readonly logs: string[]; readonly steps: number }
  | { readonly ok: false; readonly error: RunCodeProblem; readonly logs: string[]; readonly steps: number };

export interface Sandbox {
  /** Runs one script; never rejects for anything the script does (only for invalid limits). */
  run(request: RunScriptRequest): Promise<RunScriptResult>;
  /** True once an engine is loaded and usable. */
  readonly loaded: boolean;
  /** How many engines this sandbox has started (1, plus one after each engine failure). */
  readonly loads: number;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A sandbox with its own engine; `loadEngine` replaces how the engine is loaded (tests, the bench). */
export function createSandbox(options: { loadEngine?: EngineLoader } = {}): Sandbox {
  const loadEngine = options.loadEngine ?? loadQuickJS;
  let engine: Promise<QuickJSWASMModule> | undefined;
  let current: QuickJSWASMModule | undefined;
  let loads = 0;

  const getEngine = () => {
    if (!engine) {
      loads++;
      engine = loadEngine().then((module) => (current = module));
      // A failed load is not kept: the next call tries again.
      engine.catch(() => (engine = undefined));
    }
    return engine;
  };

  const discard = (module: QuickJSWASMModule) => {
    if (current !== module) return;
    current = undefined;
    engine = undefined;
  };

  async function run(request: RunScriptRequest): Promise<RunScriptResult> {
    const limits = resolveLimits(request.limits);
    const record: CallRecord = { logs: [], steps: 0, engineBroken: false };
    const fail = (error: RunCodeProblem): RunScriptResult => ({ ok: false, error, logs: record.logs, steps: record.steps });
    if (request.script.length > limits.scriptChars) return fail(scriptProblems.tooLong(request.script.length, limits));
    let inputJson: string | undefined;
    try {
      inputJson = JSON.stringify(request.input);
    } catch (error) {
      return fail(scriptProblems.inputNotJson(messageOf(error)));
    }
    if (inputJson === undefined) return fail(scriptProblems.inputNotJson(`it is ${typeof request.input}`));
    // A UTF-16 string of n characters needs at least n bytes in QuickJS, before any parsing.
    if (inputJson.length >= limits.memoryBytes) return fail(scriptProblems.memory(limits, 'input'));

    let module: QuickJSWASMModule;
    try {
      module = await getEngine();
      // A call that ran while this one waited may have broken and discarded that engine.
      if (current !== module) module = await getEngine();
    } catch (error) {
      return fail(scriptProblems.engineUnavailable(messageOf(error)));
    }
    try {
      const outcome = callScript(module, request.script, inputJson, limits, record);
      if (record.engineBroken) discard(module);
      return outcome.ok ? { ok: true, output: outcome.output, logs: record.logs, steps: record.steps } : fail(outcome.error);
    } catch (error) {
      discard(module);
      // The host's own stack ran out inside the engine: nesting deeper than QuickJS measures.
      if (error instanceof RangeError) return fail(scriptProblems.stack(limits));
      return fail(scriptProblems.engineFailed(messageOf(error)));
    }
  }

  return {
    run,
    get loaded() {
      return current !== undefined;
    },
    get loads() {
      return loads;
    },
  };
}

let shared: Sandbox | undefined;

/** The sandbox of this worker (or Node process): created on first use, then the same one for every call. */
export function sharedSandbox(): Sandbox {
  shared ??= createSandbox();
  return shared;
}

/**
 * Runs a Run code script in the worker's shared sandbox (its engine loads
 * on the first call): `{ ok: true, output, logs, steps }` or
 * `{ ok: false, error, logs, steps }`, where `error` has a code, params and
 * an English message.
 */
export function runScript(request: RunScriptRequest): Promise<RunScriptResult> {
  return sharedSandbox().run(request);
}
