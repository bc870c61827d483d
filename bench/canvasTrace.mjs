/**
 * Work per canvas gesture, for comparing builds (not part of `npm run bench`):
 * the editor of one or more built apps and the bare React Flow page, loaded
 * one after the other in rounds, with the benchmark's own seeding, probe and
 * canvas size (bench/canvas.mjs). For each load it prints the page's size
 * (DOM nodes, layout objects, JS heap after GC) and Chromium's thread-time
 * metrics over the gesture (`Performance.getMetrics` with threadTicks: task,
 * script, style, layout), and with --trace the main thread's time per trace
 * event name (Paint, Layerize, PrePaint, …) over the gesture.
 *
 *   node bench/canvasTrace.mjs --n 1000 --rounds 3 --gesture drag [--trace] [--invalidations] base=/tmp/app-a branch=/tmp/app-b
 *
 * Build an app with `npx vite build --outDir /tmp/app-x` and the bare page
 * with `npx vite build --config bench/vite.bench.config.ts` first.
 */
import { parseArgs } from 'node:util';
import { preview } from 'vite';
import { fileURLToPath } from 'node:url';
import { execSync } from 'node:child_process';
import { launchChromium, serveBenchPages } from './lib/servers.mjs';
import { runRow, seed, workflowRecord } from './canvas.mjs';
import { percentile } from './lib/stats.mjs';

const PROBE = fileURLToPath(new URL('./lib/probe.js', import.meta.url));
const REPO = fileURLToPath(new URL('../', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    n: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    gesture: { type: 'string', default: 'drag' },
    port: { type: 'string', default: '4340' },
    trace: { type: 'boolean', default: false },
    invalidations: { type: 'boolean', default: false },
    overlay: { type: 'boolean', default: false },
    observe: { type: 'boolean', default: false },
    bare: { type: 'boolean', default: true },
  },
});
const n = Number(values.n);
const port = Number(values.port);
const apps = positionals.map((p) => {
  const [label, dir] = p.split('=');
  return { label, dir };
});

const METRICS = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'LayoutCount', 'RecalcStyleCount'];

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function traced(cdp, run, invalidations) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'viz'];
  if (invalidations) categories.push('disabled-by-default-devtools.timeline.invalidationTracking');
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  const out = await run();
  await cdp.send('Tracing.end');
  await done;
  return { out, events };
}

function summarise(events) {
  // The renderer's main thread: the thread of the CrRendererMain name event.
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const byName = new Map();
  const inval = new Map();
  const counts = new Map();
  let layoutObjects = [];
  for (const e of events) {
    if (main && (e.pid !== main.pid || e.tid !== main.tid)) continue;
    if (e.ph === 'X' && e.dur) {
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
      counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
    }
    if (e.name === 'Layout' && e.ph === 'B' && e.args?.beginData) layoutObjects.push(e.args.beginData.dirtyObjects + '/' + e.args.beginData.totalObjects);
    if (e.name.includes('InvalidationTracking')) {
      const d = e.args?.data ?? {};
      const key = `${e.name}: ${d.reason ?? d.invalidationSet?.id ?? ''} ${d.nodeName ?? ''}`.slice(0, 140);
      inval.set(key, (inval.get(key) ?? 0) + 1);
    }
  }
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 22).map(([k, v]) => `${k} ${v.toFixed(0)} (${counts.get(k)})`);
  const topInval = [...inval].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v}× ${k}`);
  return { top, topInval, layouts: layoutObjects.slice(0, 6).join(' ') };
}

async function measure(context, url, label) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench?.mountedAt > 0, undefined, { polling: 100, timeout: 180_000 });
    await page.waitForTimeout(800);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const m0 = await metrics(cdp);
    const size = await page.evaluate(() => {
      const r = document.querySelector('.react-flow').getBoundingClientRect();
      return { w: Math.round(r.width), h: Math.round(r.height), nodes: window.__bench.visibleNodes, elements: document.getElementsByTagName('*').length };
    });
    const gesture = () =>
      page.evaluate((g) => window.__bench.gesture(g), { kind: values.gesture, frames: 90, dx: values.gesture === 'drag' ? 3 : -4, dy: values.gesture === 'drag' ? 2 : -6 });
    if (values.observe)
      await page.evaluate(() => {
        const seen = (window.__seen = new Map());
        new MutationObserver((list) => {
          for (const m of list) {
            const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
            const key = `${m.type} ${m.attributeName ?? ''} on ${el.tagName}.${String(el.className?.baseVal ?? el.className).slice(0, 60)} (${m.oldValue?.slice(0, 200)} -> ${m.type === 'attributes' ? el.getAttribute(m.attributeName)?.slice(0, 200) : ''})`;
            seen.set(key, (seen.get(key) ?? 0) + 1);
          }
        }).observe(document.body, { subtree: true, attributes: true, attributeOldValue: true, childList: true, characterData: true, characterDataOldValue: true });
      });
    let frames;
    let summary;
    if (values.trace) {
      const r = await traced(cdp, gesture, values.invalidations);
      frames = r.out;
      summary = summarise(r.events);
    } else frames = await gesture();
    const m1 = await metrics(cdp);
    const d = Object.fromEntries(METRICS.map((k) => [k, k.endsWith('Count') ? m1[k] - m0[k] : Math.round((m1[k] - m0[k]) * 1000)]));
    console.log(
      `${label.padEnd(8)} p95 ${percentile(frames, 95).toFixed(1)} ms | DOM ${m0.Nodes} elements ${size.elements} layoutObjects ${m0.LayoutObjects} heap ${(m0.JSHeapUsedSize / 2 ** 20).toFixed(1)} MB | task ${d.TaskDuration} script ${d.ScriptDuration} style ${d.RecalcStyleDuration} (${d.RecalcStyleCount}) layout ${d.LayoutDuration} (${d.LayoutCount})`,
    );
    if (summary) {
      console.log(`   trace: ${summary.top.join(', ')}`);
      console.log(`   layouts dirty/total: ${summary.layouts}`);
      if (values.invalidations) console.log(`   invalidations:\n     ${summary.topInval.join('\n     ')}`);
    }
    if (values.observe) {
      const seen = await page.evaluate(() => [...window.__seen].sort((a, b) => b[1] - a[1]).slice(0, 30));
      for (const [k, v] of seen) console.log(`   ${v}× ${k}`);
    }
    await cdp.detach();
    await page.waitForTimeout(1200);
    return size;
  } finally {
    await page.close();
  }
}

const record = await workflowRecord(n);
const pages = await serveBenchPages(port);
const servers = [];
for (const [i, app] of apps.entries()) {
  const server = await preview({ root: REPO, logLevel: 'warn', build: { outDir: app.dir }, preview: { host: '127.0.0.1', port: port + 1 + i, strictPort: false, open: false } });
  servers.push({ ...app, url: server.resolvedUrls.local[0].replace(/\/$/, ''), server });
}
const browser = await launchChromium();
try {
  const contexts = [];
  for (const s of servers) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.addInitScript({ path: PROBE });
    await seed(context, s.url, record, true);
    contexts.push(context);
  }
  const bareContext = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await bareContext.addInitScript({ path: PROBE });
  let canvas;
  for (let round = 0; round < Number(values.rounds); round++) {
    console.log(`round ${round + 1}, load ${execSync('cut -d" " -f1-3 /proc/loadavg').toString().trim()}`);
    for (const [i, s] of servers.entries()) {
      await seed(contexts[i], s.url, record, false, values.overlay ? runRow(record) : undefined);
      const url = values.overlay ? `${s.url}/#/runs/bench-run-${n}/canvas` : `${s.url}/#/editor/${record.id}`;
      canvas ??= await measure(contexts[i], url, s.label);
      if (canvas && round + i > 0) await measure(contexts[i], url, s.label);
    }
    if (values.bare) await measure(bareContext, `${pages.url}/bare.html?n=${n}&visible=1&w=${canvas.w}&h=${canvas.h}`, 'bare');
  }
} finally {
  await browser.close();
  for (const s of servers) await s.server.close();
  await pages.close();
}
