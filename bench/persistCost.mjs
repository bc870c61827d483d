#!/usr/bin/env node
/**
 * `node bench/persistCost.mjs [rounds] [events]`: CPU time (process.cpuUsage, user + system) per
 * event of writing engine-vs-nodered's runs in each row layout of bench/engine/persistCost.ts,
 * in Node on fake-indexeddb, loaded from a build for Node as bench/run.mjs loads the benchmark.
 * Layouts alternate within each round (reversed every other round); a warm-up round first;
 * prints the median per layout and the load average. A measuring tool, not a benchmark.
 */
import { loadavg } from 'node:os';
import { buildNodeEntries } from './lib/servers.mjs';
import { median } from './lib/stats.mjs';

const rounds = Number(process.argv[2] ?? 5);
const events = Number(process.argv[3] ?? 20_000);
const la = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const { persistCost: module } = await buildNodeEntries({ persistCost: 'engine/persistCost.ts' });
const bench = await module.persistCost(events);
console.log(`${bench.events} events, ${bench.runs} runs, batches of 100; load ${la()}; ${new Date().toISOString()}`);
const samples = Object.fromEntries(module.LAYOUTS.map((l) => [l, []]));
for (let r = 0; r <= rounds; r++) {
  for (const layout of r % 2 ? [...module.LAYOUTS].reverse() : module.LAYOUTS) {
    const side = await bench.prepare(layout);
    const c0 = process.cpuUsage();
    await side.write();
    const c = process.cpuUsage(c0);
    const stored = await side.done();
    if (stored !== bench.runs) throw new Error(`${layout}: stored ${stored} of ${bench.runs} runs`);
    if (r > 0) samples[layout].push((c.user + c.system) / bench.events);
  }
  console.error(`${r === 0 ? 'warm-up' : `round ${r}/${rounds}`} done; load ${la()}`);
}
for (const [layout, s] of Object.entries(samples)) {
  console.log(`${layout.padEnd(22)} ${median(s).toFixed(1).padStart(6)} µs/event  (rounds ${s.map((x) => x.toFixed(0)).join(', ')})`);
}
console.log(`load ${la()}; ${new Date().toISOString()}`);
