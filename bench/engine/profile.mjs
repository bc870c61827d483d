/**
 * CPU time per event of the engine alone, for profiling (not a bench row):
 *
 *   node bench/engine/profile.mjs [reviews|throughput] [--events N] [--rounds R]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/engine/profile.mjs reviews
 *
 * `reviews`: engine-vs-nodered's flow through the engine without persisting
 * (reviewsEngine.ts); `throughput`: engine-throughput's ours side
 * (throughput.ts). A warm-up round, then R rounds; prints each round's CPU
 * time (process.cpuUsage, user + system) and wall time, and the median CPU µs
 * per event, with the load average.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { events: { type: 'string' }, rounds: { type: 'string', default: '5' } },
});
const which = positionals[0] ?? 'reviews';
const rounds = Number(values.rounds);
const load = (file) => runnerImport(fileURLToPath(new URL(file, import.meta.url)), { configFile: false, logLevel: 'silent' }).then((r) => r.module);

let run;
let events;
if (which === 'reviews') {
  const bench = (await load('./reviewsEngine.ts')).reviewsEngineBench(Number(values.events ?? 20_000));
  events = bench.events;
  run = async () => {
    const r = await bench.ours();
    return `${r.runs} runs, ${r.low} messages, ${r.rows} rows`;
  };
} else if (which === 'throughput') {
  const bench = (await load('./throughput.ts')).engineBench(Number(values.events ?? 10_000));
  events = bench.events;
  run = async () => {
    const r = await bench.ours();
    return `${r.runs} runs ${JSON.stringify(r.statuses)}`;
  };
} else throw new Error(`unknown: ${which} (reviews or throughput)`);

const cpu = [];
const la = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`${which}: ${events} events, load ${la()}`);
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
