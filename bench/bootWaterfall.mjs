#!/usr/bin/env node
/**
 * `node bench/bootWaterfall.mjs <builtDir> [n] [loads]`: the editor's boot as the canvas-mount
 * benchmark loads it (same seeding, context, viewport and probe as bench/canvas.mjs), printed as
 * a waterfall: each request's start and end (resource timing, ms since navigation start), each
 * IndexedDB transaction (store names, opened → complete), the first step node in the DOM and the
 * mount mark. A tool for reading where the boot waits; it measures nothing the benchmark reports.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { fileURLToPath } from 'node:url';
import { seed, workflowRecord } from './canvas.mjs';
import { launchChromium, serveApp } from './lib/servers.mjs';

const PROBE = fileURLToPath(new URL('./lib/probe.js', import.meta.url));
const [dir = 'dist', n = '1000', loads = '3'] = process.argv.slice(2);
const port = Number(process.env.FLOWBENCH_BENCH_PORT ?? 4330);

/** Injected before the page's scripts: IndexedDB transactions and the first node, timed. */
function watchBoot() {
  const log = (window.__boot = []);
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    const at = performance.now();
    const req = open.apply(this, args);
    req.addEventListener('success', () => log.push({ what: `idb open ${args[0]}`, at, end: performance.now() }));
    return req;
  };
  const tx = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, ...rest) {
    const at = performance.now();
    const t = tx.call(this, stores, ...rest);
    const name = `idb ${rest[0] ?? 'readonly'} ${[].concat(stores).join(',')}`;
    const stack = new Error().stack;
    t.addEventListener('complete', () => log.push({ what: name, at, end: performance.now(), stack }));
    return t;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) log.push({ what: `(busy ${e.duration.toFixed(0)} ms)`, at: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: 'longtask' });
  new MutationObserver((_, obs) => {
    if (document.querySelector('.react-flow__node')) {
      log.push({ what: 'first node in DOM', at: performance.now() });
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  new MutationObserver((_, obs) => {
    if (document.querySelector('.react-flow')) {
      log.push({ what: '.react-flow in DOM', at: performance.now() });
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  new MutationObserver((_, obs) => {
    if (document.querySelector('#root > *')) {
      log.push({ what: 'first render (#root child)', at: performance.now() });
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

const maps = new Map();
/** The first frames of a stack outside node_modules and Dexie, source-mapped. */
function where(stack) {
  const out = [];
  for (const m of stack.matchAll(/\/assets\/([^:)\s]+\.js):(\d+):(\d+)/g)) {
    const file = m[1];
    if (!maps.has(file)) maps.set(file, new SourceMapConsumer(JSON.parse(readFileSync(resolve(dir, 'assets', `${file}.map`), 'utf8'))));
    const pos = maps.get(file).originalPositionFor({ line: Number(m[2]), column: Number(m[3]) - 1 });
    if (!pos.source || pos.source.includes('node_modules')) continue;
    out.push(`${pos.source.replace(/^.*\/src\//, '')}:${pos.line}${pos.name ? ` ${pos.name}` : ''}`);
    if (out.length === 3) break;
  }
  return out.join(' < ');
}

const server = await serveApp(resolve(dir), port);
const browser = await launchChromium();
try {
  const record = await workflowRecord(Number(n));
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addInitScript({ path: PROBE });
  await context.addInitScript(watchBoot);
  await seed(context, server.url, record, true);
  for (let i = 0; i < Number(loads); i++) {
    await seed(context, server.url, record, false);
    const page = await context.newPage();
    await page.goto(`${server.url}/#/editor/${record.id}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench?.mountedAt > 0, undefined, { polling: 100, timeout: 180_000 });
    const rows = await page.evaluate(() => {
      const out = performance.getEntriesByType('resource').map((e) => ({
        what: e.name.replace(location.origin, ''),
        at: e.startTime,
        end: e.responseEnd,
        kb: e.encodedBodySize / 1024,
      }));
      const nav = performance.getEntriesByType('navigation')[0];
      out.push({ what: 'document', at: 0, end: nav.responseEnd });
      out.push({ what: 'DOMContentLoaded', at: nav.domContentLoadedEventStart });
      out.push(...window.__boot, { what: 'MOUNT', at: window.__bench.mountedAt });
      return out.sort((a, b) => a.at - b.at);
    });
    for (const r of rows) if (r.stack) r.what += `  [${where(r.stack)}]`;
    console.log(`--- load ${i + 1} (${dir}, ${n} steps)`);
    for (const r of rows) {
      console.log(`${r.at.toFixed(0).padStart(6)}${r.end !== undefined ? ` → ${r.end.toFixed(0).padStart(6)}` : '         '}  ${r.what}${r.kb ? ` (${r.kb.toFixed(0)} KB)` : ''}`);
    }
    await page.waitForTimeout(1500);
    await page.close();
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
