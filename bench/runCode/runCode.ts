/**
 * run-code: what the Run code sandbox costs per call, against the same
 * function called plainly in the host, and its start-up (the first call of
 * a new sandbox: loading and compiling the QuickJS WebAssembly, then the
 * call). Loaded from bench/run.mjs with Vite's module runner, in Node.
 *
 * Ours: runScript on a warm sandbox (a fresh QuickJS runtime and context
 * per call, the input through JSON, the result checked and returned as
 * JSON). Baseline: the script's function as host JavaScript, called with
 * the same input. Both must compute the same points.
 */
import { createSandbox, runScript } from '../../src/engine/runCode/sandbox';

/** Loyalty points from an order's total and its line items. */
const SCRIPT = `export default function main(input) {
  const items = input.order.lineItems.reduce((n, item) => n + item.quantity, 0);
  const points = Math.floor(input.order.totalPrice / 10) + items;
  return { points, tier: points >= 20 ? 'GOLD' : 'SILVER' };
}`;

interface Order {
  order: { totalPrice: number; lineItems: { quantity: number }[] };
}

function plainMain(input: Order) {
  const items = input.order.lineItems.reduce((n, item) => n + item.quantity, 0);
  const points = Math.floor(input.order.totalPrice / 10) + items;
  return { points, tier: points >= 20 ? 'GOLD' : 'SILVER' };
}

const inputs: Order[] = Array.from({ length: 16 }, (_, i) => ({
  order: { totalPrice: 50 + i * 17.5, lineItems: [{ quantity: 1 + (i % 3) }, { quantity: 2 }] },
}));

export interface SideResult {
  /** Nanoseconds per call. */
  ns: number;
  /** The points of the first calls, one per input: both sides must agree. */
  points: number[];
}

/** The benchmark: `calls` sandbox calls per round of ours, `plainCalls` plain calls per round of the baseline. */
export function runCodeBench(calls = 500, plainCalls = 2_000_000) {
  async function ours(): Promise<SideResult> {
    const points: number[] = [];
    const start = performance.now();
    for (let i = 0; i < calls; i++) {
      const result = await runScript({ script: SCRIPT, input: inputs[i % inputs.length] });
      if (!result.ok) throw new Error(`run-code: the script failed: ${result.error.message}`);
      if (i < inputs.length) points.push((result.output as { points: number }).points);
    }
    return { ns: ((performance.now() - start) * 1e6) / calls, points };
  }

  async function baseline(): Promise<SideResult> {
    const points: number[] = [];
    let sum = 0;
    const start = performance.now();
    for (let i = 0; i < plainCalls; i++) {
      const { points: p } = plainMain(inputs[i % inputs.length]!);
      sum += p;
      if (i < inputs.length) points.push(p);
    }
    const ns = ((performance.now() - start) * 1e6) / plainCalls;
    // The sum is used, so the calls cannot be optimized away.
    if (!(sum > 0)) throw new Error('run-code: the plain function computed nothing');
    return { ns, points };
  }

  /** Milliseconds for a new sandbox's first call: loading the engine, then running the script. */
  async function startup(): Promise<number> {
    const sandbox = createSandbox();
    const start = performance.now();
    const result = await sandbox.run({ script: SCRIPT, input: inputs[0] });
    const ms = performance.now() - start;
    if (!result.ok || sandbox.loads !== 1) throw new Error('run-code: a new sandbox did not start cleanly');
    return ms;
  }

  /** Milliseconds of one call on a warm sandbox (the median of 50), for comparison with start-up. */
  async function warmCall(): Promise<number> {
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      await runScript({ script: SCRIPT, input: inputs[i % inputs.length] });
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[25]!;
  }

  return { ours, baseline, startup, warmCall, calls, plainCalls };
}
