/**
 * Runs, the simulator and the sandbox, end to end: the seed's example (a
 * connector installed in one store of four), a Slack message with rendered
 * Liquid in the sandbox, a connector set to fail (retries, a failed run,
 * retry after the fault is lifted), and "Test with sample data" in the editor.
 */
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { holdEngine } from './pages/engineGate';
import { OrganizationPage } from './pages/OrganizationPage';
import { RunPage, RunsPage } from './pages/RunsPage';
import { SandboxPage } from './pages/SandboxPage';
import { StoredData, runStorage } from './pages/StoredData';

const LOYALTY = 'LoyaltyLion – Rewards & Referrals';
const SLACK_STEP = 'Slack · Send Slack message';

/** Builds "trigger → action" in a new workflow, names it, fills the action's fields and (optionally) turns it on. */
async function buildWorkflow(
  page: Page,
  spec: {
    name: string;
    trigger: [app: string, trigger: string];
    action: [app: string, action: string];
    fields: Record<string, string>;
    on?: boolean;
  },
): Promise<EditorPage> {
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', ...spec.trigger).click();
  await editor.item('Actions', ...spec.action).click(); // linked below the trigger, and selected
  for (const [label, value] of Object.entries(spec.fields)) {
    await editor.inspector.getByRole('textbox', { name: label, exact: true }).fill(value);
  }
  await editor.pane.click();
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill(spec.name);
  if (spec.on !== false) {
    await editor.inspector.getByRole('checkbox', { name: 'Workflow is on' }).check();
    await expect(editor.inspector.getByRole('checkbox', { name: 'Workflow is on' })).toBeChecked();
  }
  await editor.expectSaved();
  return editor;
}

async function slackWorkflow(page: Page, on = true) {
  return buildWorkflow(page, {
    name: 'Order to Slack',
    trigger: ['Shopify', 'Order created'],
    action: ['Slack', 'Send Slack message'],
    fields: { 'Channel or user': '#orders', Message: 'Order {{ trigger.order_name }} paid' },
    on,
  });
}

test('the seed example: a LoyaltyLion trigger fired in four stores runs where the app is installed and says why not elsewhere', async ({
  page,
}) => {
  test.slow(); // four workflows' worth of editing, firing and navigation
  const org = new OrganizationPage(page);
  await org.open();
  await org.installToggle(LOYALTY, 'Store 1').click();
  await expect(org.installToggle(LOYALTY, 'Store 1')).toBeChecked();

  await buildWorkflow(page, {
    name: 'Tag tier climbers',
    trigger: [LOYALTY, 'Customer moved up a tier'],
    action: ['Shopify', 'Add customer tags'],
    fields: { Tags: 'tier-up' },
  });

  const runs = new RunsPage(page);
  await runs.open();
  await expect(page.getByText('No runs yet.')).toBeVisible();
  const sim = runs.simulator;
  await sim.choose(LOYALTY, 'Customer moved up a tier');
  await expect(sim.payload).toHaveValue(/"new_tier_name": "Złoty"/);
  await sim.fireIn('all');
  await expect(sim.firedLine).toHaveText('Fired in 4 stores: 1 succeeded, 3 skipped, 0 failed');
  await expect(sim.startedRun('Tag tier climbers in Store 1')).toContainText('Succeeded');
  for (const store of ['Store 2', 'Store 3', 'Store 4']) {
    await expect(sim.startedRun(`Tag tier climbers in ${store}`)).toContainText('Skipped');
    await expect(sim.startedRun(`Tag tier climbers in ${store}`)).toContainText(`${LOYALTY} is not installed in ${store}.`);
  }
  // The history lists the same four runs, with the reasons for the skipped ones.
  await expect(runs.rows('Tag tier climbers')).toHaveCount(4);
  await expect(runs.rows('Store 3', 'Skipped')).toContainText(`${LOYALTY} is not installed in Store 3.`);

  // Installing it in a second store makes that store run too.
  await org.open();
  await org.installToggle(LOYALTY, 'Store 2').click();
  await expect(org.installToggle(LOYALTY, 'Store 2')).toBeChecked();
  await runs.open();
  await sim.choose(LOYALTY, 'Customer moved up a tier');
  await sim.fireIn('all');
  await expect(sim.firedLine).toHaveText('Fired in 4 stores: 2 succeeded, 2 skipped, 0 failed');
  await expect(sim.startedRun('Tag tier climbers in Store 2')).toContainText('Succeeded');

  // Filters: only Store 2's runs, then only its successful one.
  await page.getByRole('combobox', { name: 'Store', exact: true }).selectOption({ label: 'Store 2' });
  await expect(runs.rows('Tag tier climbers')).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('succeeded');
  await expect(runs.rows('Tag tier climbers')).toHaveCount(1);
  await runs.rows('Tag tier climbers').getByRole('link', { name: /^Details of the run/ }).click();
  const run = new RunPage(page);
  await expect(run.heading).toHaveText('Run of Tag tier climbers in Store 2');
  await expect(run.step('Shopify · Add customer tags')).toContainText('Succeeded');
});

test('a Slack message with rendered Liquid lands in the sandbox; a failing Slack shows retries, a failed run and a retry', async ({
  page,
}) => {
  test.slow();
  await slackWorkflow(page);

  const runs = new RunsPage(page);
  await runs.open();
  const sim = runs.simulator;
  await sim.choose('Shopify', 'Order created');
  await expect(sim.payload).toHaveValue(/"order_name": "#1052"/);
  await sim.fireIn(['Store 1']);
  await expect(sim.firedLine).toHaveText('Fired in 1 store: 1 succeeded, 0 skipped, 0 failed');

  const sandbox = new SandboxPage(page);
  await sandbox.open('Store 1');
  const slack = sandbox.app('Slack');
  await expect(slack.getByRole('table')).toBeVisible();
  await expect(slack.getByRole('cell', { name: 'Order #1052 paid', exact: true })).toBeVisible();
  await expect(slack.getByRole('cell', { name: '#orders', exact: true })).toBeVisible();

  // Slack always fails in Store 1: four attempts, then a failed run with the error.
  await sandbox.fault('Slack').selectOption({ label: 'Always fail' });
  await expect(sandbox.faults.getByRole('spinbutton', { name: 'HTTP status for Slack' })).toHaveValue('500');
  await sandbox.simulator.expand();
  await sandbox.simulator.choose('Shopify', 'Order created');
  await sandbox.simulator.fireIn(['Store 1']);
  await expect(sandbox.simulator.firedLine).toHaveText('Fired in 1 store: 0 succeeded, 0 skipped, 1 failed');
  await expect(sandbox.simulator.startedRun('Order to Slack in Store 1')).toContainText(
    `${SLACK_STEP}: Slack failed after 4 attempts: Internal server error (500, simulated fault)`,
  );
  await expect(slack.getByRole('row')).toHaveCount(2); // header + the first message only: failed attempts write nothing

  await sandbox.simulator.startedRun('Order to Slack in Store 1').getByRole('link').first().click();
  const run = new RunPage(page);
  await expect(run.heading).toHaveText('Run of Order to Slack in Store 1');
  const failedUrl = page.url();
  await expect(run.status).toHaveText('✗ Failed');
  const attempts = run.attempts(SLACK_STEP);
  await expect(attempts.getByRole('row')).toHaveCount(5); // header + 4 attempts
  await expect(attempts.getByRole('row').last()).toContainText('Internal server error (500, simulated fault)');
  await expect(run.step(SLACK_STEP)).toContainText('Error: Slack failed after 4 attempts: Internal server error (500, simulated fault)');
  await expect(run.step(SLACK_STEP)).toContainText('Order #1052 paid'); // rendered fields

  // Lift the fault, retry the run with its original data: a new, successful run.
  await sandbox.open('Store 1');
  await sandbox.fault('Slack').selectOption({ label: 'No fault' });
  await expect(sandbox.fault('Slack')).toHaveValue('none');
  await page.goto(failedUrl);
  await expect(run.heading).toHaveText('Run of Order to Slack in Store 1');
  await run.retry.click();
  await expect(page).not.toHaveURL(failedUrl);
  await expect(page.getByRole('link', { name: 'the earlier failed run' })).toBeVisible();
  await expect(run.status).toHaveText('✓ Succeeded');
  await expect(run.step(SLACK_STEP)).toContainText('Succeeded');
  await sandbox.open('Store 1');
  await expect(sandbox.app('Slack').getByRole('row')).toHaveCount(3);

  // Stored split (database v7): the three runs reference one workflow version and the order
  // and customer their trigger read, stored once; the run pages above read them joined.
  const stored = await runStorage(page);
  expect(stored.rows).toEqual(Array.from({ length: 3 }, () => ({ schemaVersion: 2, inlineWorkflow: false })));
  expect(stored.workflows).toBe(1);
  expect(stored.objects).toBeGreaterThanOrEqual(2);
});

test('the payload is validated against the trigger fields before firing', async ({ page }) => {
  const runs = new RunsPage(page);
  await runs.open();
  const sim = runs.simulator;
  await sim.choose('Shopify', 'Order created');
  await sim.payload.fill('{"order_id": "1"');
  await expect(sim.problems.first()).toBeVisible();
  await sim.payload.fill('{"order_id": "5312894021", "order_name": "#1", "total_price": "lots", "currency": "PLN", "created_at": "x"}');
  await expect(sim.problems.filter({ hasText: 'total_price' })).toHaveCount(1);
  await sim.fireButton.click();
  await expect(sim.payload).toBeFocused();
  await expect(sim.firedLine).toHaveCount(0);
  // Another trigger resets the payload to its sample, which is valid.
  await sim.trigger.selectOption({ label: 'Order paid' });
  await expect(sim.problems).toHaveCount(0);
});

test('bulk firing shows its progress and can be cancelled', async ({ page }) => {
  await page.clock.install(); // time flows as usual until the engine is held
  const runs = new RunsPage(page);
  await runs.open();
  const sim = runs.simulator;
  await sim.events.fill('10000');
  // The engine is held, so the firing is surely still going when Cancel is pressed.
  const engine = await holdEngine(page);
  await sim.bulkButton.click();
  await expect(sim.bulkProgress).toBeVisible();
  await sim.cancel.click();
  await engine.release();
  await expect(sim.panel.getByText(/^Cancelled after [\d,]+ of 10,000 events/)).toBeVisible();
  await expect(sim.cancel).toHaveCount(0);
  await expect(sim.bulkButton).toBeEnabled();
});

test('a history of 3,000 runs: the newest first with the total, only a window in the page, and the oldest at the end of the scroll', async ({
  page,
}) => {
  const runs = new RunsPage(page);
  await runs.open();
  await new StoredData(page).putRuns(3000);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /^3,000 runs$/ })).toBeVisible();
  await expect(runs.history).toHaveAttribute('aria-rowcount', '3001'); // the header row and 3,000 runs
  const newest = runs.history.locator('tr[aria-rowindex="2"]');
  await expect(newest.locator('time')).toHaveAttribute('datetime', '2026-03-04T11:59:00.000Z');
  await expect(newest.getByRole('link', { name: /^Details of the run of Order tagger/ })).toBeVisible();
  // A window of rows is rendered, not the history.
  expect(await runs.history.getByRole('row').count()).toBeLessThan(100);

  // To the end with the keyboard: the region scrolls, the last pages are read, the oldest run shows.
  const region = page.getByRole('region', { name: 'Run history' });
  await region.focus();
  await page.keyboard.press('End');
  const oldest = runs.history.locator('tr[aria-rowindex="3001"]');
  await expect(oldest.locator('time')).toHaveAttribute('datetime', '2026-03-02T10:00:00.000Z');
  await expect(oldest).toBeInViewport();
  // And back to the newest with Home.
  await region.focus();
  await page.keyboard.press('Home');
  await expect(newest).toBeInViewport();
  await page.keyboard.press('End');
  await expect(oldest).toBeInViewport();
  await oldest.getByRole('link', { name: /^Details of the run/ }).click();
  await expect(page).toHaveURL(/#\/runs\/run-000000$/);
});

test('Test with sample data runs the draft in a store and shows each step’s result on the canvas, without touching the sandbox', async ({
  page,
}) => {
  const editor = await slackWorkflow(page, false);
  const toolbar = page.getByRole('toolbar', { name: 'Editor' });
  await toolbar.getByRole('combobox', { name: 'Test in store' }).selectOption({ label: 'Store 1' });
  await toolbar.getByRole('button', { name: 'Test with sample data' }).click();
  await expect(editor.node('Send Slack message')).toContainText('✓ Succeeded');
  await expect(editor.node('Order created')).toContainText('✓ Succeeded');
  await expect(editor.message).toContainText('Test in Store 1 succeeded');

  // Store 3 has no Slack: the test says why it would not run there, and the nodes show no result.
  await toolbar.getByRole('combobox', { name: 'Test in store' }).selectOption({ label: 'Store 3' });
  await toolbar.getByRole('button', { name: 'Test with sample data' }).click();
  await expect(editor.message).toContainText('Slack is not installed in Store 3.');
  await expect(editor.node('Send Slack message')).not.toContainText('Succeeded');

  await toolbar.getByRole('combobox', { name: 'Test in store' }).selectOption({ label: 'Store 1' });
  await toolbar.getByRole('button', { name: 'Test with sample data' }).click();
  await expect(editor.node('Send Slack message')).toContainText('✓ Succeeded');
  await toolbar.getByRole('button', { name: 'Clear test results' }).click();
  await expect(editor.node('Send Slack message')).not.toContainText('Succeeded');

  // A dry run changes nothing in the sandbox and records no run.
  const sandbox = new SandboxPage(page);
  await sandbox.open('Store 1');
  await expect(page.getByText('No simulated app has done anything in Store 1 yet.')).toBeVisible();
  const runs = new RunsPage(page);
  await runs.open();
  await expect(page.getByText('No runs yet.')).toBeVisible();
});
