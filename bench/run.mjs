#!/usr/bin/env node
/**
 * `npm run bench [-- --json <file>] [--only a,b] [--quick] [--app-out <dir>]`
 *
 * Builds the app (vite build → dist/, with a manifest) and the benchmark
 * pages (bench/pages → bench/dist), serves both with vite preview on
 * loopback, then runs each benchmark against its baseline, alternately, a
 * warm-up round first, and prints medians and ratios ours/baseline:
 *
 *   startup-bundle      bench/bundle.mjs   (Node, from the build's chunks)
 *   engine-throughput   bench/engine/      (Node, from a build for Node: vite build --ssr)
 *   engine-foreach      bench/engine/forEach.ts (Node: a 100-item For each per
 *                                          event vs a hand-written loop)
 *   run-code            bench/runCode/     (Node, via Vite's module runner: the
 *                                          QuickJS sandbox vs a plain call; and
 *                                          run-code-startup, a new sandbox's first call;
 *                                          and run-code-step, a Run code step in a run
 *                                          vs a Log output step in its place)
 *   engine-vs-nodered   bench/engine/reviews.ts + nodered.mjs (Node, built as engine-throughput: our engine persisting its
 *                                          runs vs Node-RED 4.1.8 embedded, pinned in bench/peers
 *                                          and installed there on first use)
 *   engine-vs-nodered-app  bench/pages/reviewsApp (Chromium: the same flow as the app runs it, the
 *                                          engine in its Web Worker, runJob, real IndexedDB; vs the
 *                                          same Node-RED; a row for comparison, group noderedapp)
 *   runlog-persist      bench/pages/runlog (Chromium, real IndexedDB)
 *   canvas-*, memory-*  bench/canvas.mjs   (Chromium, editor vs bare React Flow)
 *   long-field-*        bench/longField.mjs (Chromium, 960 kB message vs one output;
 *                                           absolute goal: longest task ≤ 100 ms)
 *   runs-page-scale, import-10k*  bench/scale.mjs (Chromium: the Runs page with 100,000
 *                                           runs vs 1,000; importing 10,000 workflows vs
 *                                           parse + schema + bulkPut, and input latency meanwhile)
 *
 * `--only` keeps the benchmarks whose group is listed (bundle, engine,
 * runcode, runlog, canvas, longfield, foreach, nodered, noderedapp, scale); `--quick` runs fewer rounds and smaller
 * canvases, to try the harness. Nothing here has a wall-clock limit; see
 * docs/benchmarks.md. Rows whose goal is null report a figure without a goal (run-code).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { startupBundle } from './bundle.mjs';
import { ensurePeers, noderedBench } from './engine/nodered.mjs';
import { canvasBench } from './canvas.mjs';
import { longFieldBench } from './longField.mjs';
import { scaleBench } from './scale.mjs';
import { REPO, buildApp, buildBenchPages, buildNodeEntries, launchChromium, serveApp, serveBenchPages } from './lib/servers.mjs';
import { alternate, met, row, table, writeJson } from './lib/stats.mjs';

const { values: args } = parseArgs({
  options: {
    json: { type: 'string' },
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'app-out': { type: 'string', default: 'dist' },
  },
});
const groups = new Set((args.only ?? 'bundle,engine,runcode,runlog,canvas,longfield,foreach,nodered,noderedapp,scale').split(',').map((s) => s.trim()));
const quick = args.quick;
const started = performance.now();
const log = (message) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`);

const rows = [];

/**
 * The Node benchmarks whose figure is the engine's speed (engine-throughput, engine-vs-nodered)
 * run our side from a production build for Node (`vite build --ssr`, bench/dist-node/), as the
 * app ships bundled code; Vite's module runner (which the other Node groups still use) adds a
 * look-up per imported binding, about a third of the engine's own time in engine-vs-nodered.
 */
let nodeBuilds;
async function nodeBuild(name) {
  if (!nodeBuilds) {
    const entries = {};
    if (groups.has('engine')) entries.throughput = 'engine/throughput.ts';
    if (groups.has('nodered')) entries.reviews = 'engine/reviews.ts';
    log(`building ${Object.keys(entries).join(', ')} for Node (vite build --ssr) into bench/dist-node/`);
    nodeBuilds = await buildNodeEntries(entries);
  }
  return nodeBuilds[name];
}

async function engineGroup() {
  log('engine-throughput: loading the engine from its build for Node');
  const module = await nodeBuild('throughput');
  const bench = module.engineBench(10_000);
  const check = [];
  const side = (fn) => async () => {
    const result = await fn();
    check.push(result);
    return result.ms;
  };
  const samples = await alternate({ ours: side(bench.ours), baseline: side(bench.baseline), rounds: quick ? 2 : 5, label: 'engine', log });
  // Both sides must have done the same work: same runs, same outcomes, same sandbox records.
  const shapes = new Set(check.map((r) => JSON.stringify([r.runs, r.statuses, r.sandboxRecords])));
  if (shapes.size !== 1) throw new Error(`engine-throughput: ours and the baseline disagree: ${[...shapes].join(' vs ')}`);
  const { runs, statuses } = check[0];
  rows.push(row('engine-throughput', samples.ours, samples.baseline, 'ms', 2, { note: `${bench.events} events, ${bench.workflows} workflows, 4 stores, ${runs} runs ${JSON.stringify(statuses)}` }));
}

async function runCodeGroup() {
  log('run-code: loading the sandbox with the module runner');
  const { module } = await runnerImport(fileURLToPath(new URL('./runCode/runCode.ts', import.meta.url)), { configFile: false, logLevel: 'silent' });
  const bench = module.runCodeBench();
  const points = new Set();
  const side = (fn) => async () => {
    const result = await fn();
    points.add(JSON.stringify(result.points));
    return result.ns;
  };
  const rounds = quick ? 2 : 5;
  const samples = await alternate({ ours: side(bench.ours), baseline: side(bench.baseline), rounds, label: 'run-code', log });
  // Both sides must have computed the same loyalty points for the same orders.
  if (points.size !== 1) throw new Error(`run-code: the sandbox and the plain function disagree: ${[...points].join(' vs ')}`);
  const note = `${bench.calls} sandbox calls vs ${bench.plainCalls.toLocaleString('en-US')} plain calls per round`;
  rows.push(row('run-code', samples.ours, samples.baseline, 'ns/call', null, { note }));
  const startup = await alternate({ ours: bench.startup, baseline: bench.warmCall, rounds, label: 'run-code-startup', log });
  const startupNote = "ours: a new sandbox's first call (load and compile the QuickJS wasm, then the call); baseline: one call on a warm sandbox (median of 50)";
  rows.push(row('run-code-startup', startup.ours, startup.baseline, 'ms', null, { note: startupNote }));

  // The Run code step in a run, through the engine, against a Log output step in its place.
  const { module: stepModule } = await runnerImport(fileURLToPath(new URL('./runCode/step.ts', import.meta.url)), { configFile: false, logLevel: 'silent' });
  const step = stepModule.runCodeStepBench(quick ? 50 : 200);
  const branches = new Set();
  const stepSide = (fn) => async () => {
    const result = await fn();
    branches.add(JSON.stringify(result.branches));
    return result.ms;
  };
  const stepSamples = await alternate({ ours: stepSide(step.ours), baseline: stepSide(step.baseline), rounds, label: 'run-code-step', log });
  if (branches.size !== 1) throw new Error(`run-code-step: the Run code and Log output workflows branched differently: ${[...branches].join(' vs ')}`);
  if (step.loads !== 1) throw new Error(`run-code-step: the sandbox loaded its engine ${step.loads} times; it must load once and be reused`);
  const stepNote = `ms per run (dry run: trigger → step → condition → action), ${step.runs} runs per round; ours: Run code (input query, sandboxed call, output check); baseline: Log output in its place; engine loads: ${step.loads}`;
  rows.push(row('run-code-step', stepSamples.ours, stepSamples.baseline, 'ms/run', null, { note: stepNote }));
}

async function engineForEachGroup() {
  log('engine-foreach: loading the engine with the module runner');
  const { module } = await runnerImport(fileURLToPath(new URL('./engine/forEach.ts', import.meta.url)), { configFile: false, logLevel: 'silent' });
  const bench = module.forEachBench(quick ? 50 : 200);
  const check = new Set();
  const side = (fn) => async () => {
    const result = await fn();
    check.add(JSON.stringify([result.runs, result.lines, result.chars, result.last]));
    return result.ms;
  };
  const samples = await alternate({ ours: side(bench.ours), baseline: side(bench.baseline), rounds: quick ? 2 : 5, label: 'engine-foreach', log });
  // Both sides must have written the same lines.
  if (check.size !== 1) throw new Error(`engine-foreach: ours and the baseline disagree: ${[...check].join(' vs ')}`);
  const note = `${bench.events} events × a ${bench.items}-item For each (Log output per item) vs a hand-written loop`;
  rows.push(row('engine-foreach', samples.ours, samples.baseline, 'ms', null, { note }));
}

const eventsPerSecond = (count, ms) => Math.round((count / ms) * 1000).toLocaleString('en-US');

/**
 * Alternates `ours` (resolving { ms, stored, low, last }) with Node-RED's run of the same `count`
 * events; ours must have stored every run and both sides must have made the same messages for the
 * low ratings (their count and the last text), or the benchmark fails. Returns the samples.
 */
async function versusNodeRed({ label, count, peer, ours, rounds }) {
  const check = new Set();
  const samples = await alternate({
    ours: async () => {
      const r = await ours();
      if (r.stored !== count) throw new Error(`${label}: ours stored ${r.stored} of ${count} run records`);
      check.add(JSON.stringify([r.low, r.last]));
      return r.ms;
    },
    baseline: async () => {
      const r = await peer.peer();
      check.add(JSON.stringify([r.low, r.last]));
      return r.ms;
    },
    rounds,
    label,
    log,
  });
  if (check.size !== 1) throw new Error(`${label}: ours and Node-RED disagree: ${[...check].join(' vs ')}`);
  return samples;
}

async function noderedGroup() {
  ensurePeers(log);
  log('engine-vs-nodered: loading the engine from its build for Node, starting Node-RED');
  const module = await nodeBuild('reviews');
  const count = 20_000;
  const ours = module.reviewsBench(count);
  const peer = await noderedBench({ payloads: module.reviewPayloads(count), template: module.MUSTACHE_TEXT });
  try {
    let sizes = '';
    const samples = await versusNodeRed({
      label: 'engine-vs-nodered',
      count,
      peer,
      ours: async () => {
        const r = await ours.ours();
        sizes = `last record ${r.recordChars.toLocaleString('en-US')} chars of JSON as the engine made it, ${r.storedChars.toLocaleString('en-US')} as stored, beside ${r.parts} shared rows (workflow versions, store objects)`;
        return r;
      },
      rounds: quick ? 2 : 5,
    });
    const r = row('engine-vs-nodered', samples.ours, samples.baseline, 'ms', 0.5);
    const eps = (ms) => eventsPerSecond(count, ms);
    r.note = `${count.toLocaleString('en-US')} review events, trigger → condition rating < 3 → Slack message (Liquid), every run record persisted (RunWriter, fake-indexeddb; ${sizes}) vs Node-RED ${peer.version} inject → switch → template (Mustache) → function; ours ${eps(r.ours)} events/s, Node-RED ${eps(r.baseline)} events/s; ratio = Node-RED's events/s ÷ ours`;
    rows.push(r);
  } finally {
    await peer.close();
  }
}

/**
 * engine-vs-nodered-app: the nodered group's flow as the app runs it (bench/pages/reviewsApp.ts:
 * the engine in its Web Worker, bulk-fire-sized requests through runJob, Chromium's IndexedDB),
 * alternating with the same Node-RED. For comparison with the Node row; no goal of its own.
 */
async function noderedAppGroup(browser, pagesUrl) {
  ensurePeers(log);
  const { module } = await runnerImport(fileURLToPath(new URL('./engine/reviewsFlow.ts', import.meta.url)), { configFile: false, logLevel: 'silent' });
  const count = quick ? 2_000 : 20_000;
  const peer = await noderedBench({ payloads: module.reviewPayloads(count), template: module.MUSTACHE_TEXT });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${pagesUrl}/reviewsApp.html`);
    await page.waitForFunction(() => window.reviewsApp !== undefined);
    let requests = 0;
    const samples = await versusNodeRed({
      label: 'engine-vs-nodered-app',
      count,
      peer,
      ours: async () => {
        const r = await page.evaluate((n) => window.reviewsApp.ours(n), count);
        requests = r.requests;
        return r;
      },
      rounds: quick ? 1 : 3,
    });
    const r = row('engine-vs-nodered-app', samples.ours, samples.baseline, 'ms', null);
    const eps = (ms) => eventsPerSecond(count, ms);
    r.note = `as the app runs it: ${count.toLocaleString('en-US')} review events in ${requests} requests to the engine's Web Worker (runJob, RunWriter, Chromium's IndexedDB) vs Node-RED ${peer.version} in Node; ours ${eps(r.ours)} events/s, Node-RED ${eps(r.baseline)} events/s; for comparison with engine-vs-nodered (the goal's row)`;
    rows.push(r);
  } finally {
    await context.close();
    await peer.close();
  }
}

function bundleGroup(outDir) {
  const result = startupBundle(resolve(REPO, outDir));
  const top = Object.entries(result.packages)
    .slice(0, 6)
    .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)}`)
    .join(', ');
  log(`startup-bundle: first load ${result.chunks.join(', ')}; lazy chunks ${(result.lazy / 1024).toFixed(1)} KiB gzip`);
  rows.push({
    ...row('startup-bundle', [result.ours], [result.baseline], 'bytes gzip', 1.15),
    note: `first-load chunks: ${result.chunks.length}; dependencies by the former attribution ${result.baselineByLine} B (ratio ${(result.ours / result.baselineByLine).toFixed(2)}); largest dependencies (KiB gzip): ${top}; lazy chunks ${(result.lazy / 1024).toFixed(1)} KiB gzip`,
  });
}

async function runlogGroup(browser, pagesUrl) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${pagesUrl}/runlog.html`);
    await page.waitForFunction(() => window.runlog !== undefined);
    const count = await page.evaluate(() => window.runlog.prepare(10_000));
    log(`runlog-persist: ${count} run records made by the engine`);
    const side = (name) => async () => {
      const result = await page.evaluate((n) => window.runlog[n](), name);
      if (result.stored !== count) throw new Error(`runlog-persist: ${name} stored ${result.stored} of ${count} runs`);
      return result.ms;
    };
    const samples = await alternate({ ours: side('ours'), baseline: side('baseline'), rounds: quick ? 2 : 5, label: 'runlog', log });
    const batch = await page.evaluate(() => window.runlog.batchSize);
    rows.push(row('runlog-persist', samples.ours, samples.baseline, 'ms', 1.1, { note: `${count} runs, batches of ${batch}, one transaction per batch` }));
  } finally {
    await context.close();
  }
}

const outDir = args['app-out'];
// Ports of the two preview servers: FLOWBENCH_BENCH_PORT (pages) and the next one (app), so
// concurrent runs (or other Playwright sessions) on one machine can keep apart. 4391 by default.
const basePort = Number(process.env.FLOWBENCH_BENCH_PORT ?? 4391);
if (!Number.isInteger(basePort) || basePort < 1024 || basePort > 65534) throw new Error(`FLOWBENCH_BENCH_PORT: not a port: ${process.env.FLOWBENCH_BENCH_PORT}`);
const needBrowser = groups.has('runlog') || groups.has('noderedapp') || groups.has('canvas') || groups.has('longfield') || groups.has('scale');
const needApp = groups.has('canvas') || groups.has('longfield') || groups.has('scale');
const servers = [];
let browser;
try {
  if (groups.has('bundle') || needApp) {
    log(`building the app into ${outDir}/`);
    await buildApp(outDir);
  }
  if (groups.has('bundle')) bundleGroup(outDir);
  if (groups.has('engine')) await engineGroup();
  if (groups.has('runcode')) await runCodeGroup();
  if (groups.has('foreach')) await engineForEachGroup();
  if (groups.has('nodered')) await noderedGroup();
  if (needBrowser) {
    log('building the benchmark pages into bench/dist/');
    await buildBenchPages();
    const pages = await serveBenchPages(basePort);
    servers.push(pages);
    browser = await launchChromium();
    if (groups.has('runlog')) await runlogGroup(browser, pages.url);
    if (groups.has('noderedapp')) await noderedAppGroup(browser, pages.url);
    const app = needApp ? await serveApp(outDir, basePort + 1) : undefined;
    if (app) servers.push(app);
    if (groups.has('canvas')) {
      const sizes = quick
        ? [{ n: 1000, rounds: 1, overlay: true }]
        : [
            { n: 1000, rounds: 5, overlay: true },
            { n: 5000, rounds: 3, pan: true, memory: true, overlay: true },
          ];
      rows.push(...(await canvasBench({ browser, appUrl: app.url, pagesUrl: pages.url, sizes, log })));
    }
    if (groups.has('longfield')) rows.push(...(await longFieldBench({ browser, appUrl: app.url, rounds: quick ? 1 : 3, log })));
    if (groups.has('scale')) rows.push(...(await scaleBench({ browser, appUrl: app.url, pagesUrl: pages.url, quick, log })));
  }
} finally {
  await browser?.close();
  for (const server of servers) await server.close();
}

console.log(table(rows));
const missed = rows.filter((r) => !met(r)).map((r) => r.name);
console.log(missed.length === 0 ? '\nEvery goal met.' : `\nGoals missed: ${missed.join(', ')} (see docs/benchmarks.md).`);
log('done');
if (args.json) {
  writeJson(args.json, rows);
  log(`wrote ${args.json}`);
}
