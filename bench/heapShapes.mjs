/**
 * What a page's JS heap holds, for comparing the editor with the bare page at
 * one canvas size (not part of `npm run bench`): a heap snapshot after the
 * mount (the benchmark's seeding and probe, two GCs), summed by V8's node type
 * and constructor, and plain objects by their shape (their property names), so
 * that per-node objects and copies show up as counts near a multiple of N.
 *
 *   node bench/heapShapes.mjs --n 5000 base=/tmp/app-a [branch=/tmp/app-b]
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { launchChromium, serveBenchPages } from './lib/servers.mjs';
import { seed, workflowRecord } from './canvas.mjs';

const PROBE = fileURLToPath(new URL('./lib/probe.js', import.meta.url));
const REPO = fileURLToPath(new URL('../', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { n: { type: 'string', default: '5000' }, port: { type: 'string', default: '4340' }, top: { type: 'string', default: '40' }, 'no-bare': { type: 'boolean', default: false } },
});
const n = Number(values.n);
const port = Number(values.port);

async function snapshot(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench?.mountedAt > 0, undefined, { polling: 100, timeout: 180_000 });
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const chunks = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    await cdp.detach();
    return { used: usedSize, snap: JSON.parse(chunks.join('')) };
  } finally {
    await page.close();
  }
}

function analyse({ snap }) {
  const meta = snap.snapshot.meta;
  const nf = meta.node_fields;
  const ef = meta.edge_fields;
  const types = meta.node_types[0];
  const etypes = meta.edge_types[0];
  const N = nf.length;
  const E = ef.length;
  const iType = nf.indexOf('type');
  const iName = nf.indexOf('name');
  const iSize = nf.indexOf('self_size');
  const iEdges = nf.indexOf('edge_count');
  const eType = ef.indexOf('type');
  const eName = ef.indexOf('name_or_index');
  const { nodes, edges, strings } = snap;
  const byCtor = new Map();
  const shapes = new Map();
  const texts = new Map();
  const codes = new Map();
  let edge = 0;
  for (let i = 0; i < nodes.length; i += N) {
    const type = types[nodes[i + iType]];
    const name = strings[nodes[i + iName]];
    const size = nodes[i + iSize];
    const count = nodes[i + iEdges];
    const key = type === 'object' || type === 'closure' ? `${type}:${name}` : type;
    const c = byCtor.get(key) ?? { count: 0, size: 0 };
    c.count++;
    c.size += size;
    byCtor.set(key, c);
    if (type === 'string' || type === 'concatenated string') {
      const t = texts.get(name) ?? { count: 0, size: 0 };
      t.count++;
      t.size += size;
      texts.set(name, t);
    }
    if (type === 'code') {
      const k = name.slice(0, 60);
      const t = codes.get(k) ?? { count: 0, size: 0 };
      t.count++;
      t.size += size;
      codes.set(k, t);
    }
    if (type === 'object' && name === 'Object') {
      const props = [];
      for (let e = 0; e < count; e++) {
        const at = edge + e * E;
        if (etypes[edges[at + eType]] === 'property') props.push(strings[edges[at + eName]]);
      }
      const shape = props.slice(0, 12).join(',');
      const s = shapes.get(shape) ?? { count: 0, size: 0 };
      s.count++;
      s.size += size;
      shapes.set(shape, s);
    }
    edge += count * E;
  }
  // Fibers (objects with a memoizedProps edge) by their type's name; internal arrays by their first holder.
  const iTo = ef.indexOf('to_node');
  const fibers = new Map();
  const arrays = new Map();
  const arrayHeld = new Uint8Array(nodes.length / N);
  edge = 0;
  for (let i = 0; i < nodes.length; i += N) {
    const count = nodes[i + iEdges];
    const type = types[nodes[i + iType]];
    const name = strings[nodes[i + iName]];
    let isFiber = false;
    let typeName = '';
    for (let e = 0; e < count; e++) {
      const at = edge + e * E;
      const et = etypes[edges[at + eType]];
      const en = et === 'element' || et === 'hidden' ? '[]' : strings[edges[at + eName]];
      const to = edges[at + iTo];
      if (en === 'memoizedProps') isFiber = true;
      if (en === 'type') typeName = `${types[nodes[to + iType]]}:${strings[nodes[to + iName]]}`.slice(0, 60);
      if (et !== 'weak' && types[nodes[to + iType]] === 'array' && !arrayHeld[to / N]) {
        arrayHeld[to / N] = 1;
        const key = `${type}:${name.slice(0, 40)} .${en}`;
        const a = arrays.get(key) ?? { count: 0, size: 0 };
        a.count++;
        a.size += nodes[to + iSize];
        arrays.set(key, a);
      }
    }
    if (isFiber) {
      const f = fibers.get(typeName) ?? { count: 0, size: 0 };
      f.count++;
      f.size += nodes[i + iSize];
      fibers.set(typeName, f);
    }
    edge += count * E;
  }
  // The largest Maps and Sets, each with a chain of its first retainers (property names), to tell whose they are.
  const big = [];
  edge = 0;
  const firstEdge = new Uint32Array(nodes.length / N);
  for (let i = 0; i < nodes.length; i += N) {
    firstEdge[i / N] = edge;
    const count = nodes[i + iEdges];
    const name = strings[nodes[i + iName]];
    if (types[nodes[i + iType]] === 'object' && (name === 'Map' || name === 'Set')) {
      for (let e = 0; e < count; e++) {
        const at = edge + e * E;
        if (strings[edges[at + eName]] === 'table' && nodes[edges[at + iTo] + iSize] > 40_000) big.push({ at: i, size: nodes[edges[at + iTo] + iSize] });
      }
    }
    edge += count * E;
  }
  const retainer = new Map();
  for (let i = 0; i < nodes.length; i += N) {
    const count = nodes[i + iEdges];
    for (let e = 0; e < count; e++) {
      const at = firstEdge[i / N] + e * E;
      const et = etypes[edges[at + eType]];
      if (et === 'weak') continue;
      const to = edges[at + iTo];
      if (!retainer.has(to)) retainer.set(to, { from: i, name: et === 'element' || et === 'hidden' ? `[${edges[at + eName]}]` : strings[edges[at + eName]] });
    }
  }
  const chains = big.sort((a, b) => b.size - a.size).slice(0, 20).map(({ at, size }) => {
    const parts = [];
    for (let x = at, k = 0; k < 7; k++) {
      const r = retainer.get(x);
      if (!r) break;
      parts.push(`${strings[nodes[r.from + iName]].slice(0, 25)}.${r.name}`);
      x = r.from;
    }
    return `${(size / 1024).toFixed(0)} KB ${strings[nodes[at + iName]]} <- ${parts.join(' <- ')}`;
  });
  return { byCtor, shapes, texts, codes, fibers, arrays, chains };
}

function print(label, used, { byCtor, shapes, texts, codes, fibers, arrays, chains }, top) {
  console.log(`\n== ${label}: heap used ${(used / 2 ** 20).toFixed(1)} MB`);
  const rows = (m) => [...m].sort((a, b) => b[1].size - a[1].size).slice(0, top);
  for (const [k, v] of rows(byCtor)) console.log(`  ${(v.size / 1024).toFixed(0).padStart(7)} KB ${String(v.count).padStart(8)}  ${k.slice(0, 100)}`);
  console.log('  -- strings by total size (same text summed)');
  for (const [k, v] of rows(texts)) console.log(`  ${(v.size / 1024).toFixed(0).padStart(7)} KB ${String(v.count).padStart(8)}  ${JSON.stringify(k.slice(0, 100))}`);
  console.log('  -- fibers by type');
  for (const [k, v] of rows(fibers)) console.log(`  ${(v.size / 1024).toFixed(0).padStart(7)} KB ${String(v.count).padStart(8)}  ${k}`);
  console.log('  -- internal arrays by first holder');
  for (const [k, v] of rows(arrays)) console.log(`  ${(v.size / 1024).toFixed(0).padStart(7)} KB ${String(v.count).padStart(8)}  ${k}`);
  console.log('  -- the largest Maps and Sets');
  for (const c of chains) console.log(`  ${c}`);
  console.log('  -- code by name');
  for (const [k, v] of rows(codes)) console.log(`  ${(v.size / 1024).toFixed(0).padStart(7)} KB ${String(v.count).padStart(8)}  ${JSON.stringify(k)}`);
  console.log('  -- plain objects by shape');
  for (const [k, v] of rows(shapes)) console.log(`  ${(v.size / 1024).toFixed(0).padStart(7)} KB ${String(v.count).padStart(8)}  {${k.slice(0, 150)}}`);
}

const record = await workflowRecord(n);
const pages = await serveBenchPages(port);
const browser = await launchChromium();
const top = Number(values.top);
try {
  let canvas;
  for (const [i, p] of positionals.entries()) {
    const [label, dir] = p.split('=');
    const server = await preview({ root: REPO, logLevel: 'warn', build: { outDir: dir }, preview: { host: '127.0.0.1', port: port + 1 + i, strictPort: false, open: false } });
    const url = server.resolvedUrls.local[0].replace(/\/$/, '');
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.addInitScript({ path: PROBE });
    await seed(context, url, record, true);
    await seed(context, url, record, false);
    const page = await context.newPage();
    await page.goto(`${url}/#/editor/${record.id}`);
    await page.waitForFunction(() => window.__bench?.mountedAt > 0, undefined, { polling: 100, timeout: 180_000 });
    canvas ??= await page.evaluate(() => {
      const r = document.querySelector('.react-flow').getBoundingClientRect();
      return { w: Math.round(r.width), h: Math.round(r.height) };
    });
    await page.waitForTimeout(1500);
    await page.close();
    await seed(context, url, record, false);
    const s = await snapshot(context, `${url}/#/editor/${record.id}`);
    print(label, s.used, analyse(s), top);
    await context.close();
    await server.close();
  }
  if (!values['no-bare']) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.addInitScript({ path: PROBE });
    const s = await snapshot(context, `${pages.url}/bare.html?n=${n}&visible=1&w=${canvas.w}&h=${canvas.h}`);
    print('bare', s.used, analyse(s), top);
    await context.close();
  }
} finally {
  await browser.close();
  await pages.close();
}
