#!/usr/bin/env node
/**
 * `node bench/runCost.mjs [rounds] [runs]`: what a run-record layout costs in
 * Chromium's IndexedDB (bench/pages/runlog.ts `runCost`): the runlog
 * benchmark's engine-made runs (10,000 by default), split as the app splits
 * them, written batch by batch (100 runs, one transaction each) as one row per
 * run (record as an object, or as its JSON text: what the app writes) or as
 * one row per batch; for each, the write's wall time and the CPU time of the
 * browser's processes (bench/lib/cpu.mjs), medians of the rounds; and
 * runlog-persist's two sides (the app's RunWriter, the raw bulkPut baseline)
 * in the same terms. Layouts alternate within each round. FLOWBENCH_BENCH_PORT as for `npm run bench`.
 * A measuring tool for runlog-persist and engine-vs-nodered
 * (docs/benchmarks.md), not a benchmark.
 */
import { browserCpuMs, cpuSince } from './lib/cpu.mjs';
import { openBenchPage } from './lib/servers.mjs';
import { median } from './lib/stats.mjs';

const rounds = Number(process.argv[2] ?? 5);
const count = Number(process.argv[3] ?? 10_000);
const port = Number(process.env.FLOWBENCH_BENCH_PORT ?? 4391);
const { page, close } = await openBenchPage(port, 'runlog.html', 'runCost');
try {
  const made = await page.evaluate((n) => window.runlog.prepare(n), count);
  // runlog-persist's two sides as well (its own timing is wall time; this gives their CPU time).
  const layouts = [...(await page.evaluate(() => window.runCost.layouts)), 'runlog-persist ours', 'runlog-persist baseline'];
  const write = (layout) =>
    layout.startsWith('runlog-persist')
      ? page.evaluate((side) => window.runlog[side]().then((r) => r.ms), layout.endsWith('ours') ? 'ours' : 'baseline')
      : page.evaluate((l) => window.runCost.run(l), layout);
  const samples = Object.fromEntries(layouts.map((s) => [s, { wall: [], cpu: [] }]));
  await write(layouts[0]); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const layout of r % 2 ? [...layouts].reverse() : layouts) {
      const before = browserCpuMs();
      const wall = await write(layout);
      samples[layout].wall.push(wall);
      if (before) samples[layout].cpu.push(cpuSince(before));
    }
    console.error(`round ${r + 1}/${rounds} done`);
  }
  console.log(`${made.toLocaleString('en-US')} runs per write, batches of 100, medians of ${rounds} rounds`);
  for (const [layout, { wall, cpu }] of Object.entries(samples)) {
    console.log(`${layout.padEnd(34)} wall ${Math.round(median(wall)).toString().padStart(6)} ms   browser CPU ${cpu.length ? Math.round(median(cpu)) : '—'} ms`);
  }
} finally {
  await close();
}
