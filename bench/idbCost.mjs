#!/usr/bin/env node
/**
 * `node bench/idbCost.mjs [rounds]`: what an IndexedDB record costs in
 * Chromium, by shape (bench/pages/idbCost.ts): for each shape, 10,000
 * records in one transaction, the write's wall time and the CPU time of
 * the browser's processes (bench/lib/cpu.mjs: browser process, where
 * IndexedDB writes, and renderer), medians of the rounds. Shapes alternate
 * within each round. FLOWBENCH_BENCH_PORT as for `npm run bench`. A
 * measuring tool for import-10k (docs/benchmarks.md), not a benchmark.
 */
import { browserCpuMs, cpuSince } from './lib/cpu.mjs';
import { buildBenchPages, launchChromium, serveBenchPages } from './lib/servers.mjs';
import { median } from './lib/stats.mjs';
import { importFile } from './scale.mjs';

const rounds = Number(process.argv[2] ?? 5);
const port = Number(process.env.FLOWBENCH_BENCH_PORT ?? 4391);
await buildBenchPages();
const pages = await serveBenchPages(port);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${pages.url}/idbCost.html`);
  await page.waitForFunction(() => window.idbCost !== undefined);
  await page.evaluate((text) => window.idbCost.load(text), importFile(10_000));
  // FLOWBENCH_IDB_SHAPES=word,word: only the shapes whose name contains one of them.
  const wanted = process.env.FLOWBENCH_IDB_SHAPES?.split(',').map((w) => w.trim());
  const shapes = (await page.evaluate(() => window.idbCost.shapes)).filter((s) => !wanted || wanted.some((w) => s.includes(w)));
  const samples = Object.fromEntries(shapes.map((s) => [s, { wall: [], cpu: [] }]));
  for (let r = 0; r < rounds; r++) {
    for (const shape of shapes) {
      const before = browserCpuMs();
      const wall = await page.evaluate((s) => window.idbCost.run(s), shape);
      samples[shape].wall.push(wall);
      if (before) samples[shape].cpu.push(cpuSince(before));
    }
    console.error(`round ${r + 1}/${rounds} done`);
  }
  console.log(`10,000 records per run, medians of ${rounds} rounds`);
  for (const [shape, { wall, cpu }] of Object.entries(samples)) {
    console.log(`${shape.padEnd(50)} wall ${Math.round(median(wall)).toString().padStart(6)} ms   browser CPU ${cpu.length ? Math.round(median(cpu)) : '—'} ms`);
  }
} finally {
  await browser.close();
  await pages.close();
}
