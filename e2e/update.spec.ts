/**
 * A new version is offered, never swapped in under the user: with the app
 * open (and a second tab), a new build is deployed; the app says "Update
 * available" and keeps running the old version, also after "Later" and a
 * reload, until the user chooses "Reload"; then both tabs run the new one.
 *
 * The two versions are the production build (dist/) and a copy of it whose
 * index.html differs (a marker <meta>), with the service worker's precache
 * revision of index.html changed to match, as a real rebuild would change
 * it. They are served by a small server of the test's own (vite preview
 * cannot switch directories while running), on a port the system picks.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAppShown, pwaNotice, waitForServiceWorker } from './pages/ServiceWorker';
import { startStaticServer } from './staticServer';

// This spec is about the service worker, which the other journeys block (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const md5 = (text: string) => createHash('md5').update(text).digest('hex');
const MARKER = '<meta name="flowbench-e2e-build" content="2" />';

/** Copies dist/ into `dir` as "version 2": a changed index.html and a service worker that knows it. */
function makeVersion2(dir: string): void {
  cpSync('dist', dir, { recursive: true });
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const changed = html.replace('</head>', `${MARKER}</head>`);
  writeFileSync(join(dir, 'index.html'), changed);
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const entry = `{url:"index.html",revision:"${md5(html)}"}`;
  if (!sw.includes(entry)) throw new Error(`dist/sw.js has no precache entry ${entry}; has the build changed?`);
  writeFileSync(join(dir, 'sw.js'), sw.replace(entry, `{url:"index.html",revision:"${md5(changed)}"}`));
}

const runsVersion2 = (page: Page) => page.evaluate(() => document.querySelector('meta[name="flowbench-e2e-build"]') !== null);

test('a new version is offered with "Update available" and only applied on "Reload"', async ({ page, context }) => {
  test.slow();
  const version2 = test.info().outputPath('version-2');
  makeVersion2(version2);
  const server = await startStaticServer('dist');
  try {
    // Version 1 installs; a second tab opens it too.
    await page.goto(`${server.url}/#/workflows`);
    await waitForServiceWorker(page);
    await expect(pwaNotice(page, 'Ready to work offline')).toBeVisible();
    const other = await context.newPage();
    await other.goto(`${server.url}/#/runs`);
    await expectAppShown(other);
    await page.evaluate(() => Object.assign(window, { loadedOnce: true }));

    // Version 2 is deployed; the app checks for it (as it does hourly and on every start).
    server.serve(version2);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const offer = pwaNotice(page, 'Update available');
    await expect(offer).toContainText('A new version of Flowbench is ready.');
    await expect(pwaNotice(other, 'Update available')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('update-prompt.png') });
    // Nothing was swapped: same page, old version, the new worker waiting.
    expect(await page.evaluate(() => 'loadedOnce' in window)).toBe(true);
    expect(await runsVersion2(page)).toBe(false);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);

    // "Later" hides the offer; reopening the app still runs version 1 and offers version 2 again.
    await offer.getByRole('button', { name: 'Later' }).click();
    await expect(offer).toBeHidden();
    await page.reload();
    await expectAppShown(page);
    expect(await runsVersion2(page)).toBe(false);
    await expect(offer).toBeVisible();

    // "Reload": this tab reloads into version 2, and so does the other one.
    await offer.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => runsVersion2(page).catch(() => false)).toBe(true);
    await expectAppShown(page);
    await expect(pwaNotice(page, 'Update available')).toHaveCount(0);
    await expect.poll(() => runsVersion2(other).catch(() => false)).toBe(true);
    await expectAppShown(other);
  } finally {
    await server.close();
  }
});
