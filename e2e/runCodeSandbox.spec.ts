/**
 * The Run code sandbox works in a module Web Worker built by Vite under the
 * production Content-Security-Policy, and only because of its
 * 'wasm-unsafe-eval': a probe page (e2e/runCode) is built with Vite like
 * the app (the worker from new URL(…, import.meta.url), the engine's .wasm
 * emitted as an asset) and served with the policy as an HTTP header, so it
 * governs the worker as well as the page. Scripts run; a hostile one ends
 * with its own error while the page stays responsive and the next script
 * runs; without 'wasm-unsafe-eval' the engine cannot load and says so.
 *
 * The app's own worker does not run scripts until the Run code step kind
 * calls the sandbox; this probe proves the build, the policy and the
 * browser's worker part of the path.
 */
import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { build } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../vite.config';
import { ScriptGuard } from './pages/ScriptGuard';
import { startStaticServer, type StaticServer } from './staticServer';
import type { RunScriptResult } from '../src/engine/runCode/sandbox';

test.describe.configure({ mode: 'serial' });

const PROBE_DIR = `test-results/run-code-probe-${process.pid}`;
let probeBuilt: Promise<void> | undefined;

/** Builds e2e/runCode once per test process, as the app is built (ES2022, a module worker). */
function buildProbe(): Promise<void> {
  probeBuilt ??= build({
    root: 'e2e/runCode',
    configFile: false,
    logLevel: 'warn',
    build: { outDir: `../../${PROBE_DIR}`, emptyOutDir: true, target: 'es2022' },
  }).then(() => undefined);
  return probeBuilt;
}

const LOYALTY = `export default function main(input) {
  const points = Math.floor(input.order.totalPrice / 10);
  console.log('points', points);
  return { points };
}`;
const ORDER = { order: { totalPrice: 249.99 } };

async function openProbe(page: Page, policy: string): Promise<StaticServer> {
  await buildProbe();
  const server = await startStaticServer(PROBE_DIR, { headers: { 'content-security-policy': policy } });
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => window.runCodeProbe !== undefined);
  return server;
}

const run = (page: Page, script: string, input: unknown = {}) =>
  page.evaluate(([s, i]) => window.runCodeProbe!(s, i), [script, input] as const) as Promise<RunScriptResult>;

test('under the production policy the worker runs scripts, survives hostile ones and stays responsive', async ({ page }) => {
  test.slow(); // the probe is built first
  const guard = await ScriptGuard.install(page);
  const server = await openProbe(page, CONTENT_SECURITY_POLICY);
  try {
    expect(readdirSync(`${PROBE_DIR}/assets`).filter((f) => f.endsWith('.wasm'))).toHaveLength(1);
    expect(await run(page, LOYALTY, ORDER)).toMatchObject({ ok: true, output: { points: 24 }, logs: ['points 24'] });

    const hostile: [string, string][] = [
      ['export default function main() { while (true) {} }', 'script-steps'],
      ['export default function main() { const a = []; for (;;) a.push({ a: [1, 2, 3] }) }', 'script-memory'],
      ['export default function main() { return JSON.parse("[".repeat(100000) + "]".repeat(100000)) }', 'script-stack'],
      ['export default function main() { return { t: Date.now() } }', 'script-threw'],
      ['export default function main() { return { f: typeof fetch("/") } }', 'script-threw'],
      ['import x from "/assets/anything.js";\nexport default () => ({})', 'script-import'],
    ];
    for (const [script, code] of hostile) {
      const result = await run(page, script);
      expect(result.ok ? 'ok' : result.error.code, script).toBe(code);
      // The page answers at once, and the next script runs.
      expect(await page.evaluate(() => document.title)).toBe('Run code sandbox probe');
      expect(await run(page, LOYALTY, ORDER)).toMatchObject({ ok: true, output: { points: 24 } });
    }
    await guard.expectNothingRan();
  } finally {
    await server.close();
  }
});

test("without 'wasm-unsafe-eval' the engine cannot be loaded and the call says so", async ({ page }) => {
  test.slow();
  const withoutWasm = CONTENT_SECURITY_POLICY.replace(" 'wasm-unsafe-eval'", '');
  expect(withoutWasm).not.toBe(CONTENT_SECURITY_POLICY);
  const server = await openProbe(page, withoutWasm);
  try {
    const result = await run(page, LOYALTY, ORDER);
    expect(result.ok ? 'ok' : result.error.code).toBe('engine-unavailable');
    expect(result.ok ? '' : result.error.message).toMatch(/^The script engine \(QuickJS\) could not be loaded: .*WebAssembly/);
  } finally {
    await server.close();
  }
});
