/**
 * The browser canvas benchmarks, one page load per side and round:
 *
 * - canvas-mount-N: navigation start → all visible nodes rendered and
 *   measured (bench/lib/probe.js), for the editor opening the generated
 *   N-step workflow from IndexedDB (`#/editor/bench-N`) and for the bare
 *   React Flow page building the same graph (bench/pages/bare.tsx);
 * - memory-5000: JS heap of the page after two forced garbage collections
 *   (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage), once mounted;
 * - canvas-drag-p95-N / canvas-pan-p95-5000: the 95th percentile of frame
 *   times while a node is dragged / the pane is panned by synthetic pointer
 *   events, one move per frame.
 *
 * Both pages get the same canvas size (the editor's canvas is measured in the
 * warm-up), the same fitted view and onlyRenderVisibleElements, so they show
 * the same nodes. FLOWBENCH_CANVAS_ONLY=overlay runs only the run-on-canvas
 * rows (the editor loaded once, unmeasured, for its canvas size), =editor
 * only the editor's; FLOWBENCH_CANVAS_N=1000 only that size. Before each
 * editor load the stored workflow is written again and unsaved-edit backups are cleared, so every load opens the same
 * document (the previous round's drag was saved by the editor's autosave).
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { alternate, percentile, row } from './lib/stats.mjs';

const PROBE = fileURLToPath(new URL('./lib/probe.js', import.meta.url));
const VIEWPORT = { width: 1600, height: 1000 };
const GESTURE_FRAMES = 90;
const MOUNT_TIMEOUT_MS = 180_000;

const load = async (path) =>
  (await runnerImport(fileURLToPath(new URL(path, import.meta.url)), { configFile: false, logLevel: 'silent' })).module;

/**
 * The stored record of the generated workflow, checked against the app's Workflow schema, as the
 * app writes one (with the workflow list's fields, storage/workflowSummaryWrite.ts). Before 8
 * December the record was written without them, so every load of the editor first repaired the
 * list (db.ts's `ready` step: counts, the record read and parsed, the summary written back, ~250 ms
 * before any other read); FLOWBENCH_CANVAS_SEED=unlisted writes it that way again, for comparison.
 */
export async function workflowRecord(n) {
  const { bigWorkflow } = await load('./shared/bigWorkflow.ts');
  const { Workflow } = await load('../src/domain/workflow/document.ts');
  const doc = Workflow.parse(bigWorkflow(n));
  const updatedAt = new Date().toISOString();
  if (process.env.FLOWBENCH_CANVAS_SEED === 'unlisted') return { id: doc.id, name: doc.name, updatedAt, revision: 1, doc, schemaVersion: 1 };
  const { workflowRecord: asStored } = await load('../src/storage/workflowSummaryWrite.ts');
  return asStored(doc, updatedAt, 1);
}

/**
 * The stored run of the generated workflow for the "overlay shown" variant
 * (#/runs/<id>/canvas): the first half of its steps recorded, the last of
 * them failed, the rest not reached; conditions went Then (the chain).
 */
export function runRow(record) {
  const at = '2026-03-01T10:00:00.000Z';
  const doc = record.doc;
  const half = Math.floor(doc.steps.length / 2);
  const steps = doc.steps.slice(0, half).map((s, i) => ({
    stepId: s.id,
    kind: s.kind,
    name: s.id,
    status: i === half - 1 ? 'failed' : 'succeeded',
    attempts: [],
    startedAt: at,
    finishedAt: at,
    ...(s.kind === 'condition' ? { branch: 'then', criteria: [] } : {}),
    ...(i === half - 1 ? { error: 'Simulated failure' } : {}),
  }));
  const run = {
    id: `bench-run-${doc.steps.length}`,
    workflowId: doc.id,
    workflowName: doc.name,
    workflow: doc,
    storeId: 'store-1',
    event: { id: 'bench-event', storeId: 'store-1', app: 'shopify', trigger: 'order-created', payload: {}, at, depth: 0 },
    status: 'failed',
    reasons: [],
    steps,
    dryRun: false,
    startedAt: at,
    finishedAt: at,
  };
  return { id: run.id, workflowId: run.workflowId, storeId: run.storeId, status: run.status, startedAt: at, resumeAt: '', seq: 1, record: run, schemaVersion: 1 };
}

/** In the page: clears unsaved-edit backups and puts the record (and a run row, if given) into the app's database; false when it does not exist yet. */
async function putRecord({ record, run }) {
  for (const key of Object.keys(localStorage)) if (key.startsWith('flowbench:unsaved:')) localStorage.removeItem(key);
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('flowbench');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    if (!db.objectStoreNames.contains('workflows')) return false;
    await new Promise((resolve, reject) => {
      const tx = db.transaction(run ? ['workflows', 'runs'] : 'workflows', 'readwrite');
      tx.objectStore('workflows').put(record);
      if (run) tx.objectStore('runs').put(run);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    return true;
  } finally {
    db.close();
  }
}

export async function seed(context, appUrl, record, first, run = undefined) {
  const page = await context.newPage();
  try {
    if (first) {
      // Let the app create its database (and the demo organization) once.
      await page.goto(`${appUrl}/#/workflows`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForFunction(() => indexedDB.databases().then((dbs) => dbs.some((d) => d.name === 'flowbench')));
    } else {
      // A static file of the same origin: IndexedDB without starting the app.
      await page.goto(`${appUrl}/favicon.svg`);
    }
    for (let i = 0; !(await page.evaluate(putRecord, { record, run })); i++) {
      if (i > 50) throw new Error('The app did not create its database');
      await page.waitForTimeout(200);
    }
  } finally {
    await page.close();
  }
}

/** Opens `url` in a new page and runs the measures; returns { mount, heap?, drag, pan? } and the canvas size. */
export async function measurePage(context, url, { memory, pan, drag = true }) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench?.mountedAt > 0, undefined, { polling: 100, timeout: MOUNT_TIMEOUT_MS });
    const out = { mount: await page.evaluate(() => window.__bench.mountedAt) };
    const size = await page.evaluate(() => {
      const r = document.querySelector('.react-flow').getBoundingClientRect();
      return { w: Math.round(r.width), h: Math.round(r.height), nodes: window.__bench.visibleNodes };
    });
    await page.waitForTimeout(500);
    if (memory) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      out.heap = usedSize / 2 ** 20;
      await cdp.detach();
    }
    if (drag) {
      const frames = await page.evaluate((g) => window.__bench.gesture(g), { kind: 'drag', frames: GESTURE_FRAMES, dx: 3, dy: 2 });
      out.drag = percentile(frames, 95);
    }
    if (pan) {
      await page.waitForTimeout(300);
      const frames = await page.evaluate((g) => window.__bench.gesture(g), { kind: 'pan', frames: GESTURE_FRAMES, dx: -4, dy: -6 });
      out.pan = percentile(frames, 95);
    }
    // Let the editor's autosave of the drag finish before the page goes.
    await page.waitForTimeout(1200);
    return { out, size };
  } finally {
    await page.close();
  }
}

/**
 * Runs the canvas benchmarks for each { n, rounds, pan, memory } and returns result rows.
 * `browser` is a launched Chromium; `appUrl` serves dist/, `pagesUrl` bench/dist/.
 */
export async function canvasBench({ browser, appUrl, pagesUrl, sizes, log }) {
  const rows = [];
  const only = process.env.FLOWBENCH_CANVAS_ONLY;
  if (only !== undefined && only !== 'editor' && only !== 'overlay') throw new Error(`FLOWBENCH_CANVAS_ONLY: editor or overlay, not "${only}"`);
  const onlyN = process.env.FLOWBENCH_CANVAS_N?.split(',').map(Number);
  for (const { n, rounds, pan = false, memory = false, overlay = false } of sizes.filter((s) => !onlyN || onlyN.includes(s.n))) {
    const record = await workflowRecord(n);
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript({ path: PROBE });
    try {
      await seed(context, appUrl, record, true);
      let canvas;
      const ours = async () => {
        await seed(context, appUrl, record, false);
        const { out, size } = await measurePage(context, `${appUrl}/#/editor/${record.id}`, { memory, pan });
        canvas ??= size;
        log(`  editor canvas ${size.w}×${size.h}, ${size.nodes} nodes rendered`);
        return out;
      };
      const baseline = async () => {
        const url = `${pagesUrl}/bare.html?n=${n}&visible=1&w=${canvas.w}&h=${canvas.h}`;
        const { out, size } = await measurePage(context, url, { memory, pan });
        log(`  bare canvas ${size.w}×${size.h}, ${size.nodes} nodes rendered`);
        return out;
      };
      if (only === 'overlay') {
        // The overlay rows alone: one unmeasured load of the editor gives the canvas size the bare page is given.
        await seed(context, appUrl, record, false);
        canvas = (await measurePage(context, `${appUrl}/#/editor/${record.id}`, { memory: false, pan: false, drag: false })).size;
        log(`  editor canvas ${canvas.w}×${canvas.h} (size only)`);
      } else {
        const samples = await alternate({ ours, baseline, rounds, warmup: 1, label: `canvas ${n}`, log });
        const pick = (side, key) => samples[side].map((s) => s[key]);
        rows.push(row(`canvas-mount-${n}`, pick('ours', 'mount'), pick('baseline', 'mount'), 'ms', 1.2));
        rows.push(row(`canvas-drag-p95-${n}`, pick('ours', 'drag'), pick('baseline', 'drag'), 'ms', 1.1));
        if (pan) rows.push(row(`canvas-pan-p95-${n}`, pick('ours', 'pan'), pick('baseline', 'pan'), 'ms', 1.1));
        if (memory) rows.push(row(`memory-${n}`, pick('ours', 'heap'), pick('baseline', 'heap'), 'MB', 1.2));
      }
      if (only === 'editor') continue;
      if (overlay) {
        // A run shown on the canvas (read-only, the path on every node and link): mount and pan against the same bare page.
        const run = runRow(record);
        const shown = async () => {
          await seed(context, appUrl, record, false, run);
          const { out, size } = await measurePage(context, `${appUrl}/#/runs/${run.id}/canvas`, { memory: false, pan: true, drag: false });
          log(`  run canvas ${size.w}×${size.h}, ${size.nodes} nodes rendered`);
          return out;
        };
        const bare = async () => {
          const { out } = await measurePage(context, `${pagesUrl}/bare.html?n=${n}&visible=1&w=${canvas.w}&h=${canvas.h}`, { memory: false, pan: true, drag: false });
          return out;
        };
        const overlaid = await alternate({ ours: shown, baseline: bare, rounds, warmup: 1, label: `run canvas ${n}`, log });
        const of = (side, key) => overlaid[side].map((s) => s[key]);
        rows.push(row(`canvas-overlay-mount-${n}`, of('ours', 'mount'), of('baseline', 'mount'), 'ms', 1.2));
        rows.push(row(`canvas-overlay-pan-p95-${n}`, of('ours', 'pan'), of('baseline', 'pan'), 'ms', 1.1));
      }
    } finally {
      await context.close();
    }
  }
  return rows;
}
