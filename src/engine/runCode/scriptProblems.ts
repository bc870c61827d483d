/**
 * The sandbox's refusals in words: one builder per way a script call can
 * end without a result, each with the code and params the UI words and
 * the English sentence for run records (docs/run-code.md lists them).
 */
import { type RunCodeLimits, figure } from '../../domain/runCode/limits';
import { type RunCodeProblem, problem } from '../../domain/runCode/problem';

const mb = (bytes: number) => figure(Math.round((bytes / 2 ** 20) * 10) / 10);
const kb = (bytes: number) => figure(Math.round(bytes / 2 ** 10));

/** What a script threw, as the prelude's `describe` reads it. */
export interface Thrown {
  readonly error: boolean;
  readonly name?: string;
  readonly message?: string;
  readonly stack?: string;
  readonly text?: string;
}

/** Line and column of the first frame in the script (`main.js:3:5`), if any. */
export function scriptLocation(stack: string | undefined): { line: number; column: number } | undefined {
  const match = /main\.js:(\d+):(\d+)/.exec(stack ?? '');
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

export const scriptProblems = {
  tooLong: (length: number, limits: RunCodeLimits) =>
    problem('script-too-long', `The script is ${figure(length)} characters long; the limit is ${figure(limits.scriptChars)}.`, {
      length,
      limit: limits.scriptChars,
    }),
  steps: (limits: RunCodeLimits) =>
    problem('script-steps', `The script ran too long: it was stopped after ${figure(limits.steps)} steps.`, { steps: limits.steps }),
  memory: (limits: RunCodeLimits, phase: 'script' | 'input') =>
    phase === 'input'
      ? problem('script-memory', `The input does not fit in the script's ${mb(limits.memoryBytes)} MB of memory.`, { mb: mb(limits.memoryBytes), phase })
      : problem('script-memory', `The script used more than ${mb(limits.memoryBytes)} MB of memory.`, { mb: mb(limits.memoryBytes), phase }),
  stack: (limits: RunCodeLimits) =>
    problem('script-stack', `The script nested too deeply: it ran out of stack (${kb(limits.stackBytes)} KB).`, { kb: kb(limits.stackBytes) }),
  logs: (limits: RunCodeLimits) =>
    problem(
      'script-logs',
      `The script logged too much: more than ${figure(limits.logLines)} lines or ${figure(limits.logChars)} characters with console.log.`,
      { lines: limits.logLines, chars: limits.logChars },
    ),
  imports: (name: string) =>
    problem('script-import', `The script imports "${name}": Run code scripts cannot import modules.`, { module: name }),
  async: (what: string) =>
    problem('script-async', `Run code is synchronous: ${what} (Shopify Flow's Run code allows no async functions, Promises or timers).`, { what }),
  noMain: (found: string) =>
    problem('script-no-main', `The script must export a function as its default: export default function main(input) { … }; its default export is ${found}.`, {
      found,
    }),
  notJson: (detail: string) => problem('script-not-json', `The script's result is not JSON: ${detail}.`, { detail }),
  outputTooLarge: (length: number, limits: RunCodeLimits) =>
    problem('script-output-too-large', `The script's result is ${figure(length)} characters of JSON; the limit is ${figure(limits.outputChars)}.`, {
      length,
      limit: limits.outputChars,
    }),
  inputNotJson: (detail: string) => problem('input-not-json', `The script's input is not JSON: ${detail}.`, { detail }),
  engineUnavailable: (detail: string) =>
    problem('engine-unavailable', `The script engine (QuickJS) could not be loaded: ${detail.replace(/\.$/, '')}.`, { detail }),
  engineFailed: (detail: string) =>
    problem('engine-failed', `The script engine failed (${detail}); a new one will be started for the next script.`, { detail }),
  /** A syntax error while loading, or anything the script threw while running. */
  thrown: (thrown: Thrown, loading: boolean): RunCodeProblem => {
    if (!thrown.error) return problem('script-threw', `The script threw ${thrown.text ?? 'a value that could not be read'}.`, { thrown: thrown.text ?? '' });
    const at = scriptLocation(thrown.stack);
    const where = at ? ` (line ${at.line}, column ${at.column})` : '';
    const params = { name: thrown.name ?? 'Error', message: thrown.message ?? '', line: at?.line ?? 0, column: at?.column ?? 0 };
    if (loading && thrown.name === 'SyntaxError') {
      return problem('script-syntax', `The script has a syntax error${where}: ${thrown.message}.`, params);
    }
    return problem('script-threw', `The script threw ${thrown.name}: ${thrown.message}${where}.`, params);
  },
};
