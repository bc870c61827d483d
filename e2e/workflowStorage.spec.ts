/**
 * Workflow storage in Chromium's real IndexedDB: a database left by
 * Flowbench before v9 (each workflow's list summary in a table of its own,
 * test/fixtures/db/v7.ts) is upgraded to one record per workflow when the
 * app opens it, and everything reads as before: the list in its order with
 * its rows, search, the unreadable workflow listed apart, the editor's load,
 * the version history (an imported workflow's "Imported" from its record),
 * and a save. Then an import adds its workflows as single records.
 */
import { expect, test } from '@playwright/test';
import { V7_RECORDS, V7_SCHEMA } from '../test/fixtures/db/v7';
import { EditorPage } from './pages/EditorPage';
import { OldDatabase } from './pages/OldDatabase';
import { TransferPanel } from './pages/TransferPanel';
import { WorkflowsPage } from './pages/WorkflowsPage';

test('a v7 database: every workflow is listed, searchable and opens as before, its summary now on its record', async ({ page }) => {
  const old = new OldDatabase(page);
  await old.create(7, V7_SCHEMA, V7_RECORDS);
  const list = new WorkflowsPage(page);
  await list.open();

  await expect(list.count).toHaveText('4 workflows');
  await expect(list.table.getByRole('rowheader')).toHaveText([/New name$/, /Żółte zamówienia$/, /Tag paid orders$/, /Written elsewhere$/]);
  await expect(list.onSwitch('Tag paid orders')).toBeChecked();
  const unreadable = page.getByRole('list', { name: 'Stored workflows that cannot be read' });
  await expect(unreadable.getByRole('listitem')).toHaveText([/^Broken wf-bad\$\.steps: expected array, received string/]);

  await list.search.fill('duze');
  await expect(list.count).toHaveText('1 of 4 workflows matches');
  await expect(list.table.getByRole('rowheader')).toHaveText([/Żółte zamówienia$/]);
  await list.search.fill('old name');
  await expect(list.count).toHaveText('0 of 4 workflows match');
  await list.search.fill('');

  const shape = await old.shape();
  expect(shape.version).toBe(100);
  expect(shape.stores).not.toHaveProperty('workflowIndex');
  expect(shape.stores.workflows).toEqual(['[rank+search]', 'name', 'problem', 'words']);

  // The imported workflow opens; its history is its "Imported" version (its record); a save lists it renamed.
  await list.openLink('Żółte zamówienia').press('Enter');
  const editor = new EditorPage(page);
  await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'History' }).click();
  const versions = page.getByRole('complementary', { name: 'Version history' }).getByRole('list', { name: 'Versions' }).locator(':scope > li');
  await expect(versions).toHaveCount(1);
  await expect(versions.first()).toContainText('Imported');
  await editor.item('Actions', 'Shopify', 'Add order tags').click();
  await editor.expectSaved();
  await expect(versions).toHaveCount(2);
  await list.open();
  await expect(list.table.getByRole('rowheader').first()).toHaveText(/Żółte zamówienia$/);
});

test('an import writes each workflow as one record that the list, search and editor read', async ({ page }) => {
  const list = new WorkflowsPage(page);
  await list.open();
  const workflow = (i: number) => ({
    schemaVersion: 2,
    id: `wf-one-${i}`,
    name: `Single record ${i}`,
    description: i === 2 ? 'Described' : '',
    activation: { on: false, scope: { kind: 'all' }, offInStores: [] },
    steps: [{ id: 't', kind: 'trigger', app: 'shopify', trigger: 'order-created', position: { x: 0, y: 0 }, note: '' }],
    links: [],
  });
  const text = JSON.stringify({ format: 'flowbench', version: 2, workflows: [workflow(1), workflow(2)] });
  const transfer = new TransferPanel(page);
  await transfer.fileInput.setInputFiles({ name: 'two.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(transfer.status).toContainText('Imported 2 workflows');
  await list.search.fill('described');
  await expect(list.table.getByRole('rowheader')).toHaveText([/Single record 2$/]);
  const old = new OldDatabase(page);
  const shape = await old.shape();
  expect(Object.keys(shape.stores)).not.toContain('workflowIndex');
  await list.openLink('Single record 2').press('Enter');
  await expect(new EditorPage(page).node('Order created')).toBeVisible();
});
