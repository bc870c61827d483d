/**
 * One script call in a fresh QuickJS runtime and context (created and
 * disposed per call: about half a millisecond, and nothing one call does
 * can reach the next). Synchronous from start to end; the host stays in
 * control through the runtime's limits:
 * - memory (setMemoryLimit) and stack (setMaxStackSize): QuickJS throws
 *   "out of memory" / "stack overflow", read back as script-memory /
 *   script-stack;
 * - steps: the interrupt handler counts QuickJS's interrupt checks and
 *   stops the script past the budget (uncatchable inside QuickJS); it also
 *   stops a script that broke another rule (too many logs, an import);
 * - imports: the module loader refuses every module and records the name.
 * Promise jobs never run for the script: if it leaves any queued, they are
 * run once only to learn whether they import (import() loads in a job),
 * and the call fails as asynchronous either way.
 *
 * Errors the engine itself raises on the host (a WebAssembly trap, the
 * host's stack exhausted by deeply nested parsing) propagate to the caller,
 * which discards the engine (sandbox.ts).
 */
import type { QuickJSContext, QuickJSHandle, QuickJSWASMModule } from 'quickjs-emscripten-core';
import { MAX_RESULT_DEPTH, type RunCodeLimits } from '../../domain/runCode/limits';
import { PRELUDE } from './prelude';
import type { RunCodeProblem } from '../../domain/runCode/problem';
import { type Thrown, scriptProblems } from './scriptProblems';

export type CallOutcome = { ok: true; output: unknown } | { ok: false; error: RunCodeProblem };

/** What one call produced besides its outcome: console.log lines, steps used, and whether the engine broke. */
export interface CallRecord {
  readonly logs: string[];
  steps: number;
  /** Set when the engine raised an error on the host or could not free the call: discard it. */
  engineBroken: boolean;
}

/** QuickJS's own messages for the limits it enforces (InternalError). */
const OUT_OF_MEMORY = 'out of memory';
const STACK_OVERFLOW = 'stack overflow';

export function callScript(module: QuickJSWASMModule, script: string, inputJson: string, limits: RunCodeLimits, record: CallRecord): CallOutcome {
  let abort: RunCodeProblem | undefined;
  let logChars = 0;
  const runtime = module.newRuntime();
  runtime.setMemoryLimit(limits.memoryBytes);
  runtime.setMaxStackSize(limits.stackBytes);
  runtime.setInterruptHandler(() => {
    record.steps++;
    if (abort === undefined && record.steps > limits.steps) abort = scriptProblems.steps(limits);
    return abort !== undefined;
  });
  runtime.setModuleLoader((name) => {
    abort ??= scriptProblems.imports(name);
    return { error: new Error(`Run code scripts cannot import modules ("${name}")`) };
  });
  const context = runtime.newContext();
  const owned: QuickJSHandle[] = [];
  const own = (handle: QuickJSHandle) => (owned.push(handle), handle);

  const hostLog = own(
    context.newFunction('log', (line) => {
      if (abort !== undefined) return;
      const text = context.getString(line);
      if (record.logs.length >= limits.logLines || logChars + text.length > limits.logChars) abort = scriptProblems.logs(limits);
      else {
        record.logs.push(text);
        logChars += text.length;
      }
    }),
  );

  /** Reads what a script threw (through the prelude's describe) and names it. */
  const failure = (error: QuickJSHandle, describe: QuickJSHandle | undefined, phase: 'load' | 'input' | 'main'): CallOutcome => {
    if (abort !== undefined) return { ok: false, error: abort };
    let thrown: Thrown = { error: false };
    if (describe) {
      const read = context.callFunction(describe, context.undefined, error);
      if (read.error) read.error.dispose();
      else thrown = JSON.parse(context.getString(own(read.value))) as Thrown;
    }
    // Reading what was thrown runs the script's code too (getters, toJSON), under the same limits.
    if (abort !== undefined) return { ok: false, error: abort };
    if (thrown.name === 'InternalError' && thrown.message === OUT_OF_MEMORY) return { ok: false, error: scriptProblems.memory(limits, phase === 'input' ? 'input' : 'script') };
    if (thrown.name === 'InternalError' && thrown.message === STACK_OVERFLOW) return { ok: false, error: scriptProblems.stack(limits) };
    return { ok: false, error: scriptProblems.thrown(thrown, phase === 'load') };
  };

  /** After the script ran: a broken rule wins; queued Promise jobs make the call asynchronous. */
  const settle = (outcome: () => CallOutcome, asynchronous = 'the script queued Promise callbacks, which never run'): CallOutcome => {
    if (abort === undefined && runtime.hasPendingJob()) {
      const jobs = runtime.executePendingJobs();
      if (jobs.error) jobs.error.dispose();
      abort ??= scriptProblems.async(asynchronous);
    }
    return abort !== undefined ? { ok: false, error: abort } : outcome();
  };

  try {
    const prelude = context.evalCode(PRELUDE, 'prelude.js', { type: 'global' });
    if (prelude.error) return failure(own(prelude.error), undefined, 'load');
    const tools = context.callFunction(own(prelude.value), context.undefined, hostLog, own(context.newNumber(MAX_RESULT_DEPTH)), own(context.newNumber(limits.outputChars)));
    if (tools.error) return failure(own(tools.error), undefined, 'load');
    const toolList = own(tools.value);
    const parseInput = own(context.getProp(toolList, 0));
    const drive = own(context.getProp(toolList, 1));
    const describe = own(context.getProp(toolList, 2));

    const loaded = context.evalCode(script, 'main.js', { type: 'module' });
    if (loaded.error) return failure(own(loaded.error), describe, 'load');
    const namespace = own(loaded.value);
    const state = context.getPromiseState(namespace);
    if (!(state.type === 'fulfilled' && state.notAPromise)) {
      if (state.type === 'fulfilled') own(state.value);
      if (state.type === 'rejected') own(state.error);
      const topLevelAwait = 'the module uses top-level await';
      return settle(() => ({ ok: false, error: scriptProblems.async(topLevelAwait) }), topLevelAwait);
    }
    const main = own(context.getProp(namespace, 'default'));
    if (context.typeof(main) !== 'function') return settle(() => ({ ok: false, error: scriptProblems.noMain(describeExport(context, main)) }));

    const input = context.callFunction(parseInput, context.undefined, own(context.newString(inputJson)));
    if (input.error) return failure(own(input.error), describe, 'input');
    const result = context.callFunction(drive, context.undefined, main, own(input.value));
    if (result.error) return failure(own(result.error), describe, 'main');
    const reply = context.getString(own(result.value));
    return settle(() => readReply(reply, limits));
  } catch (error) {
    // The engine itself failed on the host: its memory may be inconsistent, so nothing more is asked of it.
    record.engineBroken = true;
    throw error;
  } finally {
    if (!record.engineBroken) {
      try {
        for (const handle of owned.reverse()) if (handle.alive) handle.dispose();
        context.dispose();
        runtime.dispose();
      } catch {
        record.engineBroken = true;
      }
    }
  }
}

function describeExport(context: QuickJSContext, value: QuickJSHandle): string {
  const type = context.typeof(value);
  if (type === 'undefined') return 'missing';
  if (type === 'object') return context.dump(value) === null ? 'null' : 'an object';
  return `a ${type}`;
}

/** The drive function's reply: "J" + the result's JSON, or "R" + [code, detail]. */
function readReply(reply: string, limits: RunCodeLimits): CallOutcome {
  if (reply.startsWith('J')) {
    const json = reply.slice(1);
    if (json.length > limits.outputChars) return { ok: false, error: scriptProblems.outputTooLarge(json.length, limits) };
    return { ok: true, output: JSON.parse(json) };
  }
  const [code, detail] = JSON.parse(reply.slice(1)) as [string, string | number];
  if (code === 'async') return { ok: false, error: scriptProblems.async(String(detail)) };
  if (code === 'too-large') return { ok: false, error: scriptProblems.outputTooLarge(Number(detail), limits) };
  return { ok: false, error: scriptProblems.notJson(String(detail)) };
}
