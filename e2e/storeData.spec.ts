/**
 * The store data on the Sandbox page, end to end: a store's orders are
 * listed and searchable with Shopify's search syntax; a tag added to an order
 * there is what the next run reads (a condition on the order's tags goes the
 * other way and its action tags the same order); a refused edit says where;
 * Reset store data brings the generated data back.
 */
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { SandboxPage } from './pages/SandboxPage';

/** Order created → Condition (order tags include "checked") → Add order tags "seen", turned on. */
async function checkedOrdersWorkflow(page: Page) {
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Order created').click();
  await editor.logic('Condition').click();
  await editor.inspector.getByRole('button', { name: 'Add criterion' }).click();
  const criterion = editor.inspector.getByRole('group', { name: 'Criterion 1' });
  await criterion.getByRole('combobox', { name: 'Field' }).selectOption('order.tags');
  await criterion.getByRole('combobox', { name: 'Operator' }).selectOption('includes');
  await criterion.getByRole('textbox', { name: 'Value' }).fill('checked');
  await editor.item('Actions', 'Shopify', 'Add order tags').click();
  await editor.inspector.getByRole('textbox', { name: 'Tags', exact: true }).fill('seen');
  await expect(editor.edges()).toHaveCount(2);
  await editor.pane.click();
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill('Tag checked orders');
  await editor.inspector.getByRole('checkbox', { name: 'Workflow is on' }).check();
  await expect(editor.inspector.getByRole('checkbox', { name: 'Workflow is on' })).toBeChecked();
  await editor.expectSaved();
}

test('a tag edited in the store data is what the next run reads; Reset store data restores the data', async ({ page }) => {
  test.slow(); // editing, two firings and a reset
  await checkedOrdersWorkflow(page);
  const sandbox = new SandboxPage(page);
  const data = sandbox.storeData;
  await sandbox.open('Store 1');

  // The store's orders, the sample order among them, searchable.
  await expect(data.tab('Orders')).toHaveAttribute('aria-selected', 'true');
  await expect(data.tab('Orders')).toHaveAccessibleName('Orders (37)');
  await data.search('orders').fill('name:#1052');
  await expect(data.matches).toHaveText('1 record matches.');
  await expect(data.row('#1052').getByRole('cell', { name: 'gift', exact: true })).toBeVisible();
  await data.record('#1052').click();
  await expect(data.details('#1052').getByRole('table', { name: 'Line items (line_items)' }).getByRole('row')).toHaveCount(3);

  // Fired now, the condition finds no "checked" tag: the order keeps its tags.
  await sandbox.simulator.expand();
  await sandbox.simulator.choose('Shopify', 'Order created');
  await sandbox.simulator.fireIn(['Store 1']);
  await expect(sandbox.simulator.firedLine).toHaveText('Fired in 1 store: 1 succeeded, 0 skipped, 0 failed');
  await expect(data.row('#1052').getByRole('cell', { name: 'gift', exact: true })).toBeVisible();

  // A refused edit names the field; a good one is saved.
  const editor = await data.edit('#1052');
  await editor.fill(JSON.stringify({ ...JSON.parse(await editor.inputValue()), tags: 'gift, checked' }, null, 2));
  await data.section.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(data.section.getByRole('list', { name: 'Problems in #1052' })).toContainText('$.tags — expected array, got string');
  await data.section.getByRole('button', { name: 'Cancel', exact: true }).click();
  await data.update('#1052', (order) => {
    order.tags = ['gift', 'checked'];
  });
  await data.search('orders').fill('tag:checked');
  await expect(data.matches).toHaveText('1 record matches.');

  // Fired again, the run reads the edited order: the condition holds and the action tags that same order.
  await sandbox.simulator.fireIn(['Store 1']);
  await expect(data.row('#1052').getByRole('cell', { name: 'gift, checked, seen', exact: true })).toBeVisible();

  // Products are there too, with the presale ones the templates look for.
  await data.tab('Products').click();
  await data.search('products').fill('tag:presale');
  await expect(data.record('Czołówka LED Halny 400 lm')).toBeVisible();

  // Reset brings the generated data back.
  await data.tab('Orders').click();
  await data.resetData();
  await data.search('orders').fill('tag:checked');
  await expect(data.matches).toHaveText('0 records match.');
  await data.search('orders').fill('name:#1052');
  await expect(data.row('#1052').getByRole('cell', { name: 'gift', exact: true })).toBeVisible();
});
