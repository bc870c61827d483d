import { defineConfig } from '@playwright/test';
import { findChromium } from './e2e/findChromium';
import { tourSeenState } from './e2e/tourSeen';

const browser = findChromium();
// FLOWBENCH_E2E_PORT lets two checkouts run their e2e suites side by side.
const port = Number(process.env.FLOWBENCH_E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

// End-to-end tests drive the production build (vite preview) in real Chromium.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  timeout: 30_000,
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
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: browser.executablePath,
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
