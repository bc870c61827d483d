/**
 * Builds and serves what the browser benchmarks open: the app (vite build,
 * with a manifest for the bundle benchmark) and the benchmark pages
 * (bench/vite.bench.config.ts), each behind `vite preview` on loopback, and
 * Chromium found the way the e2e tests find it (e2e/findChromium.ts).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview, runnerImport } from 'vite';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BENCH_CONFIG = fileURLToPath(new URL('../vite.bench.config.ts', import.meta.url));
const BENCH_DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const NODE_DIST = fileURLToPath(new URL('../dist-node/', import.meta.url));

/** Production build of the app into `outDir` (relative to the repo), with .vite/manifest.json. */
export async function buildApp(outDir) {
  await build({ root: REPO, logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true } });
}

/** Production build of bench/pages into bench/dist. */
export async function buildBenchPages() {
  await build({ configFile: BENCH_CONFIG, logLevel: 'warn' });
}

/**
 * Production build for Node (`vite build --ssr`) of the Node benchmarks' entries (name → file
 * under bench/, e.g. `{ reviews: 'engine/reviews.ts' }`) into bench/dist-node/<name>.mjs, and
 * their modules imported. Our code (src/ and bench/) is bundled as the app's build bundles it
 * (one module graph, no per-module indirection at run time); packages from node_modules stay
 * external and load as Node loads them. Returns { name: module }.
 */
export async function buildNodeEntries(entries) {
  const input = Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, fileURLToPath(new URL(`../${file}`, import.meta.url))]));
  await build({
    configFile: false,
    root: REPO,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: true,
      assetsDir: 'chunks',
      target: 'node20',
      outDir: NODE_DIST,
      emptyOutDir: true,
      rolldownOptions: { input, output: { format: 'es', entryFileNames: '[name].mjs' } },
    },
  });
  const modules = {};
  for (const name of Object.keys(entries)) modules[name] = await import(pathToFileURL(`${NODE_DIST}${name}.mjs`).href);
  return modules;
}

/** Serves a built directory on 127.0.0.1; returns { url, close }. */
async function serve(options) {
  const server = await preview({ logLevel: 'warn', ...options });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
}

/** The app's build in `outDir`, served. */
export function serveApp(outDir, port) {
  return serve({ root: REPO, build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: false, open: false } });
}

/** The benchmark pages, served. */
export function serveBenchPages(port) {
  return serve({ configFile: BENCH_CONFIG, build: { outDir: BENCH_DIST }, preview: { host: '127.0.0.1', port, strictPort: false, open: false } });
}

/**
 * Launches Chromium. Frame pacing is unthrottled (no vsync, no frame rate
 * limit), so a frame takes as long as its work and frame times compare work,
 * not multiples of 16.7 ms.
 */
export async function launchChromium() {
  const { module } = await runnerImport(fileURLToPath(new URL('../../e2e/findChromium.ts', import.meta.url)), { configFile: false, logLevel: 'silent' });
  return chromium.launch({
    executablePath: module.chromiumExecutable(),
    args: [
      '--disable-gpu',
      '--disable-gpu-vsync',
      '--disable-frame-rate-limit',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
    ],
  });
}

/**
 * For the measuring tools (runCost.mjs, runScaleCost.mjs): builds and serves the benchmark pages
 * on `port`, launches Chromium and opens `file` of them once `window[global]` is set; returns
 * { page, close }.
 */
export async function openBenchPage(port, file, global) {
  await buildBenchPages();
  const pages = await serveBenchPages(port);
  const browser = await launchChromium();
  const close = async () => {
    await browser.close();
    await pages.close();
  };
  try {
    const page = await browser.newPage();
    await page.goto(`${pages.url}/${file}`);
    await page.waitForFunction((name) => window[name] !== undefined, global);
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
