/**
 * The limits a Run code script runs under, and why each default is what it
 * is (docs/run-code.md). Every limit counts work or size, never time, so
 * the same script gets the same verdict however busy the machine is.
 * Shopify documents no figures for these; they are Flowbench's choices.
 */

export interface RunCodeLimits {
  /** QuickJS heap for one call (the input, the script's objects, its result). */
  readonly memoryBytes: number;
  /** QuickJS's own stack limit; deeper recursion is stopped with a clear error. */
  readonly stackBytes: number;
  /**
   * Interpreter steps: QuickJS checks for an interrupt about every 10,000
   * jumps and calls, and each check is one step. Deterministic: the same
   * script and input always take the same number of steps.
   */
  readonly steps: number;
  /** Characters of the script's source. */
  readonly scriptChars: number;
  /** Characters of the result as JSON. */
  readonly outputChars: number;
  /** console.log lines kept for the run record. */
  readonly logLines: number;
  /** Characters of all console.log lines together. */
  readonly logChars: number;
}

export const DEFAULT_LIMITS: RunCodeLimits = Object.freeze({
  memoryBytes: 32 * 2 ** 20,
  stackBytes: 256 * 2 ** 10,
  steps: 1_000,
  scriptChars: 100_000,
  outputChars: 100_000,
  logLines: 200,
  logChars: 20_000,
});

/** Results nested deeper than this are refused (here and by the output check), before anything recurses without end. */
export const MAX_RESULT_DEPTH = 64;

/**
 * The range each limit may take. The stack's upper bound is below the
 * point where WebAssembly frames exhaust the host's own stack first
 * (measured at 512 KB in Node 20), so QuickJS reports deep recursion
 * itself; 1 MiB is the least memory a QuickJS context starts in.
 */
const RANGES: Record<keyof RunCodeLimits, readonly [number, number]> = {
  memoryBytes: [2 ** 20, 512 * 2 ** 20],
  stackBytes: [32 * 2 ** 10, 384 * 2 ** 10],
  steps: [1, 1_000_000],
  scriptChars: [1, 10_000_000],
  outputChars: [1, 100_000_000],
  logLines: [0, 100_000],
  logChars: [0, 10_000_000],
};

/** The defaults with the caller's changes; throws a RangeError for a limit out of its range (a programming error). */
export function resolveLimits(limits: Partial<RunCodeLimits> = {}): RunCodeLimits {
  const resolved = { ...DEFAULT_LIMITS, ...limits };
  for (const [name, [min, max]] of Object.entries(RANGES) as [keyof RunCodeLimits, readonly [number, number]][]) {
    const value = resolved[name];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new RangeError(`Run code limit ${name} must be a whole number from ${min} to ${max}; got ${value}.`);
    }
  }
  return resolved;
}

/** 2000 → "2,000": figures in messages are written the English way. */
export function figure(n: number): string {
  return n.toLocaleString('en-US');
}
