/**
 * The installable app works offline after the first visit: once the service
 * worker controls the page, the network goes off (context.setOffline), the
 * page reloads from the precache, every page opens (their lazily loaded
 * chunks, the Polish messages and the engine's worker all come from the
 * precache), and a workflow is built and run to success.
 */
import { expect, test } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { EditorPage } from './pages/EditorPage';
import { RunsPage } from './pages/RunsPage';
import { SandboxPage } from './pages/SandboxPage';
import { expectAppShown, pwaNotice, waitForServiceWorker } from './pages/ServiceWorker';
import { WorkflowsPage } from './pages/WorkflowsPage';

// This spec is about the service worker, which the other journeys block (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('after the first visit the app reloads, shows every page and runs a workflow with the network off', async ({ page, context }) => {
  test.slow(); // a first install precaches the whole build, then a workflow is built and run
  const shell = new AppShell(page);
  await shell.open('/workflows');
  await waitForServiceWorker(page);
  await expect(pwaNotice(page, 'Ready to work offline')).toContainText('opens without a network');

  await context.setOffline(true);
  await page.reload();
  await expectAppShown(page);
  // The network really is off: anything the precache does not hold fails to load.
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  const outside = await page.evaluate(() => fetch('/not-in-the-precache.txt').then(() => 'loaded', () => 'failed'));
  expect(outside).toBe('failed');
  await new WorkflowsPage(page).expectLoaded();

  // Every page: their chunks were never loaded online in this browser, so they come from the precache.
  for (const name of ['Editor', 'Organization', 'Runs', 'Sandbox', 'Workflows'] as const) await shell.goTo(name);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('pl'); // the Polish chunk
  await expect(page.getByRole('navigation', { name: 'Główna' }).getByRole('link', { name: 'Przepływy' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Język' }).selectOption('en');
  await expect(shell.nav.getByRole('link', { name: 'Workflows' })).toBeVisible();

  // Build "Order created → Slack message", turn it on, and fire it in Store 1.
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Order created').click();
  await editor.item('Actions', 'Slack', 'Send Slack message').click();
  await editor.inspector.getByRole('textbox', { name: 'Channel or user', exact: true }).fill('#offline');
  await editor.inspector.getByRole('textbox', { name: 'Message', exact: true }).fill('Order {{ trigger.order_name }} taken offline');
  await editor.pane.click();
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill('Offline order to Slack');
  await editor.inspector.getByRole('checkbox', { name: 'Workflow is on' }).check();
  await editor.expectSaved();

  const runs = new RunsPage(page);
  await runs.open();
  await runs.simulator.choose('Shopify', 'Order created');
  await runs.simulator.fireIn(['Store 1']);
  await expect(runs.simulator.firedLine).toHaveText('Fired in 1 store: 1 succeeded, 0 skipped, 0 failed');
  await expect(runs.simulator.startedRun('Offline order to Slack in Store 1')).toContainText('Succeeded');
  await expect(runs.rows('Offline order to Slack', 'Succeeded')).toHaveCount(1);

  const sandbox = new SandboxPage(page);
  await sandbox.open('Store 1');
  await expect(sandbox.app('Slack').getByRole('cell', { name: 'Order #1052 taken offline', exact: true })).toBeVisible();

  // Still offline, a reload keeps the workflow and its run.
  await page.reload();
  await runs.open();
  await expect(runs.rows('Offline order to Slack', 'Succeeded')).toHaveCount(1);
});

test('the browser finds the app installable: a valid manifest with icons, and a service worker', async ({ page, context }) => {
  await new AppShell(page).open('/workflows');
  await waitForServiceWorker(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are off-the-record profiles, where Chromium never offers installing; that is the only excuse allowed.
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  const { errors, data } = await cdp.send('Page.getAppManifest');
  expect(errors).toEqual([]);
  expect(JSON.parse(data ?? '{}')).toMatchObject({ name: 'Flowbench', short_name: 'Flowbench', display: 'standalone', start_url: '/#/workflows' });
});
