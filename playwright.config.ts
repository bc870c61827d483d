import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './e2e/findChromium';
import { tourSeenState } from './e2e/tourSeen';

const executablePath = chromiumExecutable();
// FLOWBENCH_E2E_PORT lets two checkouts run their e2e suites side by side.
const port = Number(process.env.FLOWBENCH_E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

// End-to-end tests drive the production build (vite preview) in real Chromium.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  // Hang guards, not speed limits: on a busy 2-core machine a sound journey can take minutes, and a
  // test must fail only for what it checks. Tests wait for states (web-first assertions), never for time.
  timeout: 10 * 60_000,
  expect: { timeout: 2 * 60_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: '.reports/e2e.json' }]],
  outputDir: 'test-results',
  use: {
    baseURL,
    // The guided tour starts by itself on a first visit: every test begins with it marked seen (tour.spec.ts clears this).
    storageState: tourSeenState(baseURL),
    // Tests read English names; the app follows the browser language, so pin it.
    locale: 'en-US',
    // A first visit installs the service worker, whose "Ready to work offline" notice then appears
    // whenever the precache happens to finish and covers a corner of the page for a few seconds:
    // a pointer action there would hit it instead. Journeys run without it; the specs about the
    // service worker (offline.spec.ts, update.spec.ts) allow it.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 5 * 60_000,
  },
});
