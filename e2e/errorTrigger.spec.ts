/**
 * Shopify Flow's "Workflow error occurred" trigger, end to end: the error
 * handler template turned on beside a workflow that fails (Shopify set to
 * always fail in Store 1), a firing, the handler's run on the Runs page with
 * the failing workflow's name in the rendered Slack message, and no second
 * message for a second failure of the same version (once per 30 days).
 */
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { RunPage, RunsPage } from './pages/RunsPage';
import { SandboxPage } from './pages/SandboxPage';

const HANDLER = 'Error handler: tell Slack when a workflow fails';
const FAILING = 'Tag big orders';
const MESSAGE = /^Workflow “Tag big orders” failed at Shopify · Add order tags: Shopify failed after 4 attempts/;

test('a failing workflow fires Workflow error occurred once: the error handler posts its name and error to Slack', async ({ page }) => {
  test.slow(); // two workflows' worth of editing, two firings, and navigation

  // The error handler, from its template, turned on.
  await page.goto('/#/workflows');
  await page.getByText('Start from a template').click();
  await page.getByRole('button', { name: `Use template ${HANDLER}` }).click();
  const editor = new EditorPage(page);
  await expect(editor.node('Workflow error occurred')).toBeVisible();
  await editor.pane.click();
  await editor.inspector.getByRole('checkbox', { name: 'Workflow is on' }).check();
  await expect(editor.inspector.getByRole('checkbox', { name: 'Workflow is on' })).toBeChecked();
  await editor.expectSaved();

  // A workflow that tags new orders, turned on.
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Order created').click();
  await editor.item('Actions', 'Shopify', 'Add order tags').click();
  await editor.inspector.getByRole('textbox', { name: 'Tags', exact: true }).fill('big');
  await editor.pane.click();
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill(FAILING);
  await editor.inspector.getByRole('checkbox', { name: 'Workflow is on' }).check();
  await expect(editor.inspector.getByRole('checkbox', { name: 'Workflow is on' })).toBeChecked();
  await editor.expectSaved();

  // Shopify always fails in Store 1, so tagging fails there.
  const sandbox = new SandboxPage(page);
  await sandbox.open('Store 1');
  await sandbox.fault('Shopify').selectOption({ label: 'Always fail' });
  await expect(sandbox.fault('Shopify')).toHaveValue('always');
  await sandbox.simulator.expand();
  await sandbox.simulator.choose('Shopify', 'Order created');
  await sandbox.simulator.fireIn(['Store 1']);
  await expect(sandbox.simulator.startedRun(`${FAILING} in Store 1`)).toContainText('Failed');
  await expect(sandbox.simulator.startedRun(`${HANDLER} in Store 1`)).toContainText('Succeeded');
  const slack = sandbox.app('Slack');
  await expect(slack.getByRole('cell', { name: MESSAGE })).toHaveCount(1);
  // The window is remembered on the Sandbox page.
  const notices = sandbox.app('Shopify').getByRole('table').filter({ has: page.getByRole('cell', { name: FAILING, exact: true }) });
  await expect(notices).toBeVisible();

  // The handler's run on the Runs page: its Slack step shows the rendered message.
  const runs = new RunsPage(page);
  await runs.open();
  await expect(runs.rows(HANDLER, 'Store 1')).toHaveCount(1);
  await runs.rows(HANDLER, 'Store 1').getByRole('link', { name: /^Details of the run/ }).click();
  const run = new RunPage(page);
  await expect(run.heading).toHaveText(`Run of ${HANDLER} in Store 1`);
  await expect(run.status).toHaveText('✓ Succeeded');
  await expect(run.step('Slack · Send Slack message')).toContainText('Workflow “Tag big orders” failed at Shopify · Add order tags: Shopify failed after 4 attempts');
  await expect(run.step('Shopify · Workflow error occurred')).toContainText(FAILING);

  // A second failure of the same version within 30 days: the handler does not run again.
  await sandbox.open('Store 1');
  await sandbox.simulator.expand();
  await sandbox.simulator.choose('Shopify', 'Order created');
  await sandbox.simulator.fireIn(['Store 1']);
  await expect(sandbox.simulator.runsStarted).toHaveCount(1);
  await expect(sandbox.simulator.startedRun(`${FAILING} in Store 1`)).toContainText('Failed');
  await expect(sandbox.app('Slack').getByRole('cell', { name: MESSAGE })).toHaveCount(1);
  await runs.open();
  await expect(runs.rows(HANDLER, 'Store 1')).toHaveCount(1);
  await expect(runs.rows(FAILING, 'Store 1')).toHaveCount(2);
});
