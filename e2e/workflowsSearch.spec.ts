/**
 * Searching the Workflows page with many workflows stored (real IndexedDB):
 * the search narrows the virtualised list by word beginnings in names and
 * descriptions (case and diacritics ignored), the count is announced, an
 * empty result says so and offers to clear, and it all works from the keyboard.
 */
import { expect, test } from '@playwright/test';
import { TransferPanel } from './pages/TransferPanel';
import { WorkflowsPage } from './pages/WorkflowsPage';

const COUNT = 300;

/** An export file of COUNT workflows: "Tag orders 000" … and one Polish name with a description. */
function manyWorkflows(): string {
  const workflow = (i: number, name: string, description = '') => ({
    schemaVersion: 2,
    id: `wf-many-${i}`,
    name,
    description,
    activation: { on: false, scope: { kind: 'all' }, offInStores: [] },
    steps: [{ id: 't', kind: 'trigger', app: 'shopify', trigger: 'order-created', position: { x: 0, y: 0 }, note: '' }],
    links: [],
  });
  const workflows = Array.from({ length: COUNT - 1 }, (_, i) => workflow(i, `Tag orders ${String(i).padStart(3, '0')}`));
  workflows.push(workflow(COUNT - 1, 'Żółte zamówienia', 'Oznacz duże zamówienia kolorem'));
  return JSON.stringify({ format: 'flowbench', version: 2, workflows });
}

test('search narrows a long list, announces the count, says when nothing matches, and clears from the keyboard', async ({ page }) => {
  const list = new WorkflowsPage(page);
  const transfer = new TransferPanel(page);
  await list.open();
  await transfer.dropFile('many.json', manyWorkflows());
  await expect(transfer.status).toContainText(`Imported ${COUNT} workflows`);
  await expect(list.count).toHaveText(`${COUNT} workflows`);
  // Virtualised: the table says how many rows it has, and renders only those in view.
  await expect(list.table).toHaveAttribute('aria-rowcount', String(COUNT + 1));
  expect(await list.table.getByRole('row').count()).toBeLessThan(60);

  // Without diacritics or capitals, a word of the description.
  await list.search.fill('DUZE zolte');
  await expect(list.count).toHaveText(`1 of ${COUNT} workflows matches`);
  await expect(list.table.getByRole('row')).toHaveCount(2);
  await expect(list.openLink('Żółte zamówienia')).toBeVisible();

  // Every word must begin a word of the workflow's: "orders 12" finds 120–129, not 012.
  await list.search.fill('orders 12');
  await expect(list.count).toHaveText(`10 of ${COUNT} workflows match`);
  await expect(list.table.getByRole('row')).toHaveCount(11);
  await expect(list.openLink('Tag orders 125')).toBeVisible();
  await expect(list.openLink('Tag orders 012')).toHaveCount(0);

  // A change shows in the searched list: renaming one out of the search's reach.
  await list.table.getByRole('button', { name: 'Rename Tag orders 125', exact: true }).click();
  await list.table.getByRole('textbox', { name: 'Name of Tag orders 125', exact: true }).fill('Tag refunds 125');
  await list.table.getByRole('button', { name: 'Save name' }).click();
  await expect(list.count).toHaveText(`9 of ${COUNT} workflows match`);
  await expect(list.openLink('Tag orders 125')).toHaveCount(0);

  // Nothing matches: said so, with a way back; by keyboard, focus returns to the search box.
  await list.search.fill('refund zolte');
  await expect(page.getByText('No workflow matches “refund zolte”.')).toBeVisible();
  await expect(list.count).toHaveText(`0 of ${COUNT} workflows match`);
  await expect(list.table).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear search' }).focus();
  await page.keyboard.press('Enter');
  await expect(list.search).toBeFocused();
  await expect(list.search).toHaveValue('');
  await expect(list.count).toHaveText(`${COUNT} workflows`);

  // Typing in the box and clearing it with the keyboard restores the whole list.
  await page.keyboard.type('tag orders 29');
  await expect(list.count).toHaveText(`9 of ${COUNT} workflows match`);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(list.count).toHaveText(`${COUNT} workflows`);
  await expect(list.table).toHaveAttribute('aria-rowcount', String(COUNT + 1));
});

test('the search and its count speak Polish', async ({ page }) => {
  const list = new WorkflowsPage(page);
  const transfer = new TransferPanel(page);
  await list.open();
  await transfer.dropFile('many.json', manyWorkflows());
  await expect(transfer.status).toContainText(`Imported ${COUNT} workflows`);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('pl');
  const search = page.getByRole('searchbox', { name: 'Szukaj przepływów' });
  await search.fill('zamowienia');
  await expect(page.getByRole('status').filter({ hasText: /^Pasuje 1 przepływ z 300$/ })).toBeVisible();
  await search.fill('orders 1');
  await expect(page.getByRole('status').filter({ hasText: /^Pasuje 100 przepływów z 300$/ })).toBeVisible();
});
