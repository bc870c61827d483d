#!/usr/bin/env node
/**
 * `node bench/canvasAB.mjs <base build dir> <branch build dir> [n] [rounds]`: the editor's mount of
 * two builds (say main's and a branch's, each `vite build --outDir <dir>`) and the bare page, one
 * load each per round, alternating, a warm-up round first, with the canvas benchmark's seeding,
 * probe and canvas size (bench/canvas.mjs; bench/dist must be built). Prints per round and as
 * medians: the mount mark, the first step node in the DOM and the main-thread task time up to the
 * mount (CDP Performance.getMetrics in thread ticks: work, not waiting for a core). Ports from
 * FLOWBENCH_BENCH_PORT + 1 (three). A tool for comparing builds side by side on a busy machine.
 */
import { resolve } from 'node:path';
import { execSync } from 'node:child_process';
const B = new URL('./', import.meta.url).pathname;
const { seed, workflowRecord } = await import(B + 'canvas.mjs');
const { launchChromium, serveApp, serveBenchPages } = await import(B + 'lib/servers.mjs');
const [baseDir, brDir, n = '1000', rounds = '5'] = process.argv.slice(2);
const PROBE = B + 'lib/probe.js';
const PORT = Number(process.env.FLOWBENCH_BENCH_PORT ?? 4330) + 1;
const a = await serveApp(resolve(baseDir), PORT);
const b = await serveApp(resolve(brDir), PORT + 1);
const pages = await serveBenchPages(PORT + 2);
const browser = await launchChromium();
const record = await workflowRecord(Number(n));
const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
await context.addInitScript({ path: PROBE });
await context.addInitScript(() => {
  new MutationObserver((_, obs) => {
    if (document.querySelector('.react-flow__node')) { window.__firstNode = performance.now(); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
});
await seed(context, a.url, record, true);
await seed(context, b.url, record, true);
async function measure(url, appUrl) {
  if (appUrl) await seed(context, appUrl, record, false);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.mountedAt > 0, undefined, { polling: 100, timeout: 180000 });
  const mount = await page.evaluate(() => window.__bench.mountedAt);
  const firstNode = await page.evaluate(() => window.__firstNode ?? 0);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const size = await page.evaluate(() => { const r = document.querySelector('.react-flow').getBoundingClientRect(); return { w: Math.round(r.width), h: Math.round(r.height) }; });
  await page.waitForTimeout(1200);
  await page.close();
  return { mount, firstNode, task: m.TaskDuration * 1000, script: m.ScriptDuration * 1000, size };
}
const out = { base: [], branch: [], bare: [] };
let size;
for (let i = 0; i <= Number(rounds); i++) {
  const x = await measure(`${a.url}/#/editor/${record.id}`, a.url);
  const y = await measure(`${b.url}/#/editor/${record.id}`, b.url);
  size ??= x.size;
  const z = await measure(`${pages.url}/bare.html?n=${n}&visible=1&w=${size.w}&h=${size.h}`);
  const load = execSync('cat /proc/loadavg').toString().split(' ')[0];
  console.log(`round ${i}${i === 0 ? ' (warm-up)' : ''}: base ${x.mount.toFixed(0)} (node ${x.firstNode.toFixed(0)}, task ${x.task.toFixed(0)}), branch ${y.mount.toFixed(0)} (node ${y.firstNode.toFixed(0)}, task ${y.task.toFixed(0)}), bare ${z.mount.toFixed(0)} (node ${z.firstNode.toFixed(0)}, task ${z.task.toFixed(0)}) load ${load}`);
  if (i > 0) { out.base.push(x); out.branch.push(y); out.bare.push(z); }
}
const med = (xs) => { const s = [...xs].sort((p, q) => p - q); return s[Math.floor(s.length / 2)]; };
for (const k of ['base', 'branch', 'bare']) console.log(`${k}: mount median ${med(out[k].map((r) => r.mount)).toFixed(0)} ms, first node median ${med(out[k].map((r) => r.firstNode)).toFixed(0)} ms, task median ${med(out[k].map((r) => r.task)).toFixed(0)} ms`);
console.log(`ratio base ${(med(out.base.map((r) => r.mount)) / med(out.bare.map((r) => r.mount))).toFixed(2)}, branch ${(med(out.branch.map((r) => r.mount)) / med(out.bare.map((r) => r.mount))).toFixed(2)}`);
await context.close(); await browser.close(); await a.close(); await b.close(); await pages.close();
