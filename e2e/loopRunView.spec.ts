/**
 * A For each workflow end to end: built from the Actions palette's Logic and
 * Data sections by drag and drop and by click, its loop body drawn on the
 * canvas, run in a store, and its items grouped in the run's page.
 */
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { RunPage, RunsPage } from './pages/RunsPage';

test('a For each from Logic and Get order data from Data, dragged onto the canvas; the run shows each item with its steps', async ({ page }) => {
  test.slow(); // editing, firing and two page changes on a shared machine
  await page.setViewportSize({ width: 1440, height: 900 });
  const editor = new EditorPage(page);
  await editor.createWorkflow();

  // The Actions palette offers Flow's own steps in two sections, and no app's action in them.
  const logic = editor.actions.getByRole('group', { name: 'Logic', exact: true });
  const data = editor.actions.getByRole('group', { name: 'Data', exact: true });
  await expect(logic.getByRole('button')).toHaveText(['Condition', 'Wait', 'Log output', 'For each', 'Run code', 'Send Admin API request']);
  await expect(data.getByRole('button')).toHaveText(['Get order data', 'Get customer data', 'Get product data', 'Get draft order data']);
  await page.screenshot({ path: test.info().outputPath('palette.png') });

  await editor.item('Triggers', 'Shopify', 'Order created').click();
  const trigger = editor.node('Order created');
  await expect(trigger).toBeVisible();

  // For each by drag and drop, then linked from the trigger and given its list.
  await editor.dragToCanvas(editor.logic('For each'), 360, 300);
  const loop = editor.node('For each (no list yet)');
  await expect(loop).toBeVisible();
  await expect(loop.locator('.step-node__ports')).toHaveText(/For each item\s*After the loop/);
  await editor.connect(trigger, 'next', loop);
  await expect(editor.edges()).toHaveCount(1);
  await loop.click();
  await editor.inspector.getByRole('combobox', { name: 'List to go through' }).selectOption('order.line_items');
  const forEach = editor.node('For each item of order.line_items');
  await expect(forEach).toBeVisible();

  // Log output by click: it goes on the selected For each's first free port, "For each item".
  await editor.logic('Log output').click();
  await editor.inspector.getByRole('textbox', { name: 'Message to log' }).fill('Line item {{ lineItemsForeachitem.title }}');
  const body = editor.node('Write a line to the run log');
  await expect(body).toContainText('Runs for each item');
  await expect(editor.canvas.locator('.react-flow__edge.edge--loop_body')).toHaveCount(1);

  // Get order data by drag and drop from the Data section, after the loop: not in the loop body.
  await editor.dragToCanvas(editor.data('Get order data'), 560, 520);
  const getData = editor.node('Get order data');
  await expect(getData).toBeVisible();
  await editor.connect(forEach, 'after', getData);
  await expect(editor.edges()).toHaveCount(3);
  await expect(getData).not.toContainText('Runs for each item');
  await expect(forEach).not.toContainText('Runs for each item');

  await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Auto-layout' }).click();
  await editor.pane.click({ position: { x: 8, y: 8 } }); // a corner: after the layout a step may sit in the middle
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill('Line items to the log');
  await editor.inspector.getByRole('checkbox', { name: 'Workflow is on' }).check();
  await expect(editor.inspector.getByRole('checkbox', { name: 'Workflow is on' })).toBeChecked();
  await editor.expectSaved();
  await page.screenshot({ path: test.info().outputPath('canvas.png') });

  const runs = new RunsPage(page);
  await runs.open();
  await runs.simulator.choose('Shopify', 'Order created');
  await runs.simulator.fireIn(['Store 1']);
  await expect(runs.simulator.firedLine).toHaveText('Fired in 1 store: 1 succeeded, 0 skipped, 0 failed');
  await runs.simulator.startedRun('Line items to the log in Store 1').getByRole('link').first().click();

  const run = new RunPage(page);
  await expect(run.heading).toHaveText('Run of Line items to the log in Store 1');
  const items = run.steps.getByRole('list', { name: 'Items of For each item of order.line_items' }).locator(':scope > li');
  await expect(items.first()).toBeVisible();
  const count = await items.count(); // the store's simulated order: its line items, one per item
  const first = items.first();
  await expect(first.locator(':scope > details > summary')).toHaveText(new RegExp(`^Item 1 of ${count}: .+ Succeeded$`));
  // Each item holds its own Log output step with its line; the steps after the loop stand outside.
  const firstSteps = first.getByRole('list', { name: `Steps of item 1 of ${count}` });
  await expect(firstSteps.getByRole('listitem', { name: 'Log output', exact: true })).toContainText('Line item ');
  await expect(run.steps.getByRole('listitem', { name: 'Get order data', exact: true })).toContainText('Matched the query');
  await page.screenshot({ path: test.info().outputPath('run.png'), fullPage: true });

  // Keyboard: an item closes and opens from its summary.
  await first.locator(':scope > details > summary').focus();
  await page.keyboard.press('Enter');
  await expect(firstSteps).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(firstSteps).toBeVisible();
});
