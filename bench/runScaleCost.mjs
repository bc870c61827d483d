#!/usr/bin/env node
/**
 * `node bench/runScaleCost.mjs [rounds] [runs]`: what reading one window of the run history
 * costs in Chromium's IndexedDB by layout, at 100,000 runs by default (runs-page-scale's
 * history; bench/pages/runlog.ts `runScale`): today's row per run against the row per batch of
 * database v11 as docs/benchmarks.md specifies it, with the batches' summaries read from their
 * key rows or from a table of their own. Each layout is seeded once; then each round reads the
 * newest window (offset 0) and the oldest (where runs-page-scale scrolls), layouts alternating;
 * medians of the wall time and of the browser's CPU time (bench/lib/cpu.mjs).
 * FLOWBENCH_BENCH_PORT as for `npm run bench`. A measuring tool, not a benchmark.
 */
import { loadavg } from 'node:os';
import { browserCpuMs, cpuSince } from './lib/cpu.mjs';
import { openBenchPage } from './lib/servers.mjs';
import { median } from './lib/stats.mjs';

const rounds = Number(process.argv[2] ?? 5);
const count = Number(process.argv[3] ?? 100_000);
const port = Number(process.env.FLOWBENCH_BENCH_PORT ?? 4391);
const la = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const { page, close } = await openBenchPage(port, 'runlog.html', 'runScale');
try {
  await page.evaluate(() => window.runlog.prepare(1_000));
  const layouts = await page.evaluate(() => window.runScale.layouts);
  for (const layout of layouts) {
    const stored = await page.evaluate(([l, n]) => window.runScale.seed(l, n), [layout, count]);
    if (stored !== count) throw new Error(`${layout}: seeded ${stored} of ${count}`);
  }
  console.log(`${count.toLocaleString('en-US')} runs per layout, windows of 50; load ${la()}; ${new Date().toISOString()}`);
  const windows = [0, count - 50];
  const samples = {};
  const firsts = {};
  for (let r = 0; r <= rounds; r++) {
    for (const layout of r % 2 ? [...layouts].reverse() : layouts) {
      for (const offset of windows) {
        const key = `${layout} @${offset}`;
        const before = browserCpuMs();
        const result = await page.evaluate(([l, o]) => window.runScale.read(l, o), [layout, offset]);
        const cpu = before ? cpuSince(before) : NaN;
        if (result.total !== count) throw new Error(`${key}: total ${result.total}`);
        (firsts[offset] ??= new Set()).add(result.first);
        if (r === 0) continue;
        samples[key] ??= { wall: [], cpu: [] };
        samples[key].wall.push(result.ms);
        samples[key].cpu.push(cpu);
      }
    }
  }
  for (const [offset, set] of Object.entries(firsts)) if (set.size !== 1) throw new Error(`window @${offset}: layouts disagree: ${[...set].join(', ')}`);
  for (const [key, { wall, cpu }] of Object.entries(samples)) {
    console.log(`${key.padEnd(44)} wall ${median(wall).toFixed(1).padStart(7)} ms   browser CPU ${median(cpu).toFixed(0).padStart(5)} ms`);
  }
  console.log(`load ${la()}; ${new Date().toISOString()}`);
} finally {
  await close();
}
