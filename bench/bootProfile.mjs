#!/usr/bin/env node
/**
 * `node bench/bootProfile.mjs <builtDir> [n] [loads] [--top k]`: where the main thread's time goes
 * while the editor boots and mounts the generated n-step workflow, with the canvas benchmark's
 * seeding, probe and viewport (bench/canvas.mjs). A CPU profile (CDP, 0.2 ms sampling) per load,
 * source-mapped, its samples split at the first render (#root gets a child), the first step node
 * in the DOM and the mount mark, then summed per phase by source file (folder for node_modules)
 * and by function (self time). A tool for reading a mount; it measures nothing the benchmark
 * reports. `--bare 918x870`: the bare React Flow page instead, in a box of that size (the editor's
 * canvas). Ports: FLOWBENCH_BENCH_PORT (default 4330) and the next one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { fileURLToPath } from 'node:url';
import { seed, workflowRecord } from './canvas.mjs';
import { launchChromium, serveApp, serveBenchPages } from './lib/servers.mjs';

const PROBE = fileURLToPath(new URL('./lib/probe.js', import.meta.url));
const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 12;
const bareAt = args.indexOf('--bare');
// --bare: the bare React Flow page (bench/dist, built by bench/vite.bench.config.ts) in a box of the editor's canvas size.
const bare = bareAt >= 0 ? args.splice(bareAt, 2)[1] : undefined;
const [appDir = 'dist', n = '1000', loads = '2'] = args;
const dir = bare ? fileURLToPath(new URL('./dist', import.meta.url)) : appDir;
const port = Number(process.env.FLOWBENCH_BENCH_PORT ?? 4330);

function marks() {
  const seen = (window.__marks = {});
  const watch = (name, selector) =>
    new MutationObserver((_, obs) => {
      if (document.querySelector(selector)) {
        seen[name] = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  watch('render', '#root > *');
  watch('node', '.react-flow__node');
}

const maps = new Map();
function mapOf(url) {
  const m = /\/assets\/([^/?#]+\.js)$/.exec(url);
  if (!m) return undefined;
  if (!maps.has(m[1])) {
    const file = resolve(dir, 'assets', `${m[1]}.map`);
    maps.set(m[1], existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  return maps.get(m[1]) ?? undefined;
}

/** The place of a profile node: source file (node_modules by package) and function. */
function placeOf(frame) {
  if (!frame.url) return { file: `(${frame.functionName || 'native'})`, fn: frame.functionName || '(native)' };
  const map = mapOf(frame.url);
  if (!map) return { file: frame.url.replace(/^.*\//, ''), fn: frame.functionName || '(anonymous)' };
  const pos = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  // Unmapped code (bundler glue, JSON the bundler inlined without a map) is named by its chunk.
  const source = pos.source ?? `? ${frame.url.replace(/^.*\//, '')}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  const file = pkg ? `npm:${pkg}` : source.replace(/^.*\/src\//, 'src/');
  return { file, fn: `${pos.name ?? frame.functionName ?? '(anonymous)'} ${file.replace(/^.*\//, '')}:${pos.line ?? '?'}` };
}

const phases = ['boot', 'render→node', 'node→mount', 'after'];
const sums = phases.map(() => ({ files: new Map(), fns: new Map(), ours: new Map(), callers: new Map(), total: 0 }));

const server = await serveApp(resolve(appDir), port);
const pages = bare ? await serveBenchPages(port + 1) : undefined;
const browser = await launchChromium();
try {
  const record = await workflowRecord(Number(n));
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addInitScript({ path: PROBE });
  await context.addInitScript(marks);
  await seed(context, server.url, record, true);
  for (let i = -1; i < Number(loads); i++) {
    // Load -1 warms the browser's caches (as the benchmark's warm-up round) and is not counted.
    await seed(context, server.url, record, false);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const [w, h] = (bare ?? '').split('x');
    await page.goto(pages ? `${pages.url}/bare.html?n=${n}&visible=1&w=${w}&h=${h}` : `${server.url}/#/editor/${record.id}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench?.mountedAt > 0, undefined, { polling: 100, timeout: 180_000 });
    const { profile } = await cdp.send('Profiler.stop');
    // Profile times are in µs of a monotonic clock: aligned with the page's performance.now() read just
    // after the profile stopped (a few ms off at most).
    const nowMono = await cdp.send('Runtime.evaluate', { expression: 'performance.now()', returnByValue: true });
    const at = await page.evaluate(() => ({ ...window.__marks, mount: window.__bench.mountedAt }));
    const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
    const place = new Map();
    const parent = new Map();
    for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
    // Timestamps: startTime + cumulative deltas (µs). Align: the last sample ≈ Profiler.stop ≈ now.
    let t = profile.startTime;
    const times = profile.timeDeltas.map((d) => (t += d));
    const offset = nowMono.result.value - profile.endTime / 1000;
    for (let s = 0; s < profile.samples.length; s++) {
      const node = byId.get(profile.samples[s]);
      if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') continue;
      const ms = times[s] / 1000 + offset;
      const dt = (profile.timeDeltas[s + 1] ?? 200) / 1000;
      const phase = ms < at.render ? 0 : ms < at.node ? 1 : ms < at.mount ? 2 : 3;
      if (!place.has(node.id)) place.set(node.id, placeOf(node.callFrame));
      const p = place.get(node.id);
      const sum = i < 0 ? sums[3] : sums[phase];
      sum.total += dt;
      sum.files.set(p.file, (sum.files.get(p.file) ?? 0) + dt);
      sum.fns.set(p.fn, (sum.fns.get(p.fn) ?? 0) + dt);
      // Inclusive time of our own functions (src/), each counted once per sample.
      const counted = new Set();
      let caller;
      for (let id = node.id; id !== undefined; id = parent.get(id)) {
        if (!place.has(id)) place.set(id, placeOf(byId.get(id).callFrame));
        const q = place.get(id);
        if (q.file.startsWith('src/') && caller === undefined) caller = q.fn;
        if (q.file.startsWith('src/') && !counted.has(q.fn)) {
          counted.add(q.fn);
          sum.ours.set(q.fn, (sum.ours.get(q.fn) ?? 0) + dt);
        }
      }
      // A library's samples by the nearest caller of ours (what asked zod, Dexie, React... for the work).
      if (p.file.startsWith('npm:') || p.file.startsWith('(')) {
        const key = `${p.file} < ${caller ?? '(none of ours)'}`;
        sum.callers.set(key, (sum.callers.get(key) ?? 0) + dt);
      }
    }
    console.log(`--- load ${i + 1} (${dir}, ${n} steps): first render ${at.render?.toFixed(0)}, first node ${at.node?.toFixed(0)}, mount ${at.mount.toFixed(0)} ms`);
    await page.waitForTimeout(1500);
    await page.close();
  }
  await context.close();
  // Averages over the loads.
  const per = Number(loads);
  phases.forEach((name, k) => {
    if (k === 3) return;
    const sum = sums[k];
    const list = (m) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([f, v]) => `    ${(v / per).toFixed(0).padStart(5)}  ${f}`)
        .join('\n');
    console.log(`  [${name}] ${(sum.total / per).toFixed(0)} ms of samples per load\n   by file:\n${list(sum.files)}\n   by function (self):\n${list(sum.fns)}\n   our functions (inclusive):\n${list(sum.ours)}\n   libraries and native work by our nearest caller:\n${list(sum.callers)}`);
  });
} finally {
  await browser.close();
  await server.close();
  await pages?.close();
}
