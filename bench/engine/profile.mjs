/**
 * CPU time per event of the engine alone, for profiling (not a bench row):
 *
 *   node bench/engine/profile.mjs [reviews|nodered|throughput] [--events N] [--rounds R] [--build]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/engine/profile.mjs reviews
 *
 * `reviews`: engine-vs-nodered's flow through the engine without persisting
 * (reviewsEngine.ts); `nodered`: engine-vs-nodered's ours side as bench/run.mjs
 * times it, persisting (reviews.ts); `throughput`: engine-throughput's ours side
 * (throughput.ts). Loaded with Vite's module runner, or with `--build` from a
 * build for Node (vite build --ssr), as bench/run.mjs loads engine-throughput
 * and engine-vs-nodered. A warm-up round, then R rounds; prints each round's CPU
 * time (process.cpuUsage, user + system) and wall time, and the median CPU µs
 * per event, with the load average.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { buildNodeEntries } from '../lib/servers.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { events: { type: 'string' }, rounds: { type: 'string', default: '5' }, build: { type: 'boolean', default: false } },
});
const which = positionals[0] ?? 'reviews';
const rounds = Number(values.rounds);
const load = async (file) =>
  values.build
    ? (await buildNodeEntries({ entry: `engine/${file.slice(2)}` })).entry
    : (await runnerImport(fileURLToPath(new URL(file, import.meta.url)), { configFile: false, logLevel: 'silent' })).module;

let run;
let events;
if (which === 'reviews') {
  const bench = (await load('./reviewsEngine.ts')).reviewsEngineBench(Number(values.events ?? 20_000));
  events = bench.events;
  run = async () => {
    const r = await bench.ours();
    return `${r.runs} runs, ${r.low} messages, ${r.rows} rows`;
  };
} else if (which === 'nodered') {
  const bench = (await load('./reviews.ts')).reviewsBench(Number(values.events ?? 20_000));
  events = bench.events;
  run = async () => {
    const r = await bench.ours();
    return `${r.stored} runs stored, ${r.low} messages`;
  };
} else if (which === 'throughput') {
  const bench = (await load('./throughput.ts')).engineBench(Number(values.events ?? 10_000));
  events = bench.events;
  run = async () => {
    const r = await bench.ours();
    return `${r.runs} runs ${JSON.stringify(r.statuses)}`;
  };
} else throw new Error(`unknown: ${which} (reviews, nodered or throughput)`);

const cpu = [];
const la = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`${which}${values.build ? ' (built for Node)' : ' (module runner)'}: ${events} events, load ${la()}`);
for (let round = 0; round <= rounds; round++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const what = await run();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  if (round > 0) cpu.push(ms);
  console.log(`${round === 0 ? 'warm-up' : `round ${round}`}: cpu ${ms.toFixed(0)} ms (${((ms * 1000) / events).toFixed(1)} µs/event), wall ${wall.toFixed(0)} ms; ${what}`);
}
cpu.sort((a, b) => a - b);
const median = cpu.length % 2 ? cpu[(cpu.length - 1) / 2] : (cpu[cpu.length / 2 - 1] + cpu[cpu.length / 2]) / 2;
console.log(`median cpu ${median.toFixed(0)} ms = ${((median * 1000) / events).toFixed(1)} µs/event; load ${la()}`);
