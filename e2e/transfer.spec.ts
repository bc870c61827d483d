import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { FullDisk } from './pages/FullDisk';
import { StoredData } from './pages/StoredData';
import { TransferPanel } from './pages/TransferPanel';
import { WorkflowsPage } from './pages/WorkflowsPage';

const VALID = 'test/fixtures/exports/valid.json';
const BAD_CONTENT = 'test/fixtures/exports/bad-content.json';
const ONE_WORKFLOW = readFileSync('test/fixtures/exports/one-workflow.json', 'utf8');

/** The names in the workflow table, in order. */
async function rowNames(page: Page): Promise<string[]> {
  const names = await page.getByRole('table', { name: 'Your workflows' }).getByRole('rowheader').allTextContents();
  return names.map((n) => n.replace(/^Open /, ''));
}

/** What Flowbench writes: keys in order, 2-space indent, a trailing newline. */
function expectFlowbenchFile(text: string) {
  const doc = JSON.parse(text);
  expect(doc.format).toBe('flowbench');
  expect(doc.version).toBe(2);
  expect(text.endsWith('}\n')).toBe(true);
  expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  return doc;
}

test('export one workflow, a selection, and everything as Flowbench files', async ({ page }) => {
  const list = new WorkflowsPage(page);
  const transfer = new TransferPanel(page);
  await list.open();
  await list.create();
  await list.open();

  const one = await transfer.download(transfer.exportRow('Untitled workflow'));
  expect(one.download.suggestedFilename()).toBe('flowbench-untitled-workflow.json');
  const doc = expectFlowbenchFile(one.text);
  expect(doc.workflows.map((w: { name: string }) => w.name)).toEqual(['Untitled workflow']);
  expect(doc.organization).toBeUndefined();

  await transfer.importFile(VALID);
  await expect(transfer.status).toContainText('Imported 2 workflows (turned off).');
  await expect(transfer.exportSelected(0)).toBeDisabled();
  await transfer.selectBox('Thank happy reviewers').check();
  await transfer.selectBox('Track big orders in Klaviyo').check();
  const selection = await transfer.download(transfer.exportSelected(2));
  expect(selection.download.suggestedFilename()).toBe('flowbench-2-workflows.json');
  expect(expectFlowbenchFile(selection.text).workflows.map((w: { id: string }) => w.id)).toEqual([
    'wf-big-orders',
    'wf-reviews',
  ]);

  const everything = await transfer.download(transfer.exportAll);
  expect(everything.download.suggestedFilename()).toBe('flowbench-export.json');
  const all = expectFlowbenchFile(everything.text);
  expect(all.workflows).toHaveLength(3);
  expect(all.organization.stores.map((s: { name: string }) => s.name)).toContain('Acme EU');
});

test('importing a file adds its workflows turned off, and a second import arrives as copies', async ({ page }) => {
  const list = new WorkflowsPage(page);
  const transfer = new TransferPanel(page);
  await list.open();

  await transfer.importFile(VALID);
  await expect(transfer.status).toContainText('Imported 2 workflows (turned off).');
  await expect(list.openLink('Track big orders in Klaviyo')).toBeVisible();
  await expect(list.onSwitch('Track big orders in Klaviyo')).not.toBeChecked();
  await expect(list.onSwitch('Thank happy reviewers')).not.toBeChecked();

  await transfer.importFile(VALID);
  await expect(transfer.status).toContainText('2 arrived as copies');
  await expect(transfer.status).toContainText('“Thank happy reviewers (imported)”');
  await expect(list.openLink('Thank happy reviewers (imported)')).toBeVisible();

  await page.reload();
  await list.expectLoaded();
  expect((await rowNames(page)).sort()).toEqual(
    [
      'Thank happy reviewers',
      'Thank happy reviewers (imported)',
      'Track big orders in Klaviyo',
      'Track big orders in Klaviyo (imported)',
    ].sort(),
  );
});

test('a bad import shows path-specific errors and leaves existing workflows untouched', async ({ page }) => {
  const list = new WorkflowsPage(page);
  const transfer = new TransferPanel(page);
  await list.open();
  await list.create();
  await list.open();
  await list.rename('Untitled workflow', 'Keep me');
  const before = await rowNames(page);
  expect(before).toEqual(['Keep me']);

  await transfer.importFile(BAD_CONTENT);
  await expect(transfer.failure).toBeVisible();
  await expect(transfer.problems).toHaveCount(9);
  await expect(transfer.problems).toContainText([
    '$.workflows[0].steps[1].app — connectors can\'t be used as conditions',
    '$.workflows[0].steps[0].app — unknown app: there is no app "mailchimp" in the catalog',
  ]);
  await expect(transfer.problems.filter({ hasText: '$.workflows[0].links[4].to — links to a step that does not exist' })).toHaveCount(1);
  await expect(transfer.problems.filter({ hasText: '$.organization.installations[0].settings.botToken — Bot token is a secret' })).toHaveCount(1);
  await expect(transfer.status).toHaveCount(0);

  expect(await rowNames(page)).toEqual(before);
  await page.reload();
  await list.expectLoaded();
  expect(await rowNames(page)).toEqual(before);
});

test('pasting text that is not JSON is refused in the dialog; a valid paste imports', async ({ page }) => {
  const list = new WorkflowsPage(page);
  const transfer = new TransferPanel(page);
  await list.open();

  await transfer.paste('{ "format": "flowbench", "version": 1,, }');
  const failure = transfer.pasteDialog.getByRole('alert', { name: 'Nothing was imported' });
  await expect(failure.getByRole('listitem')).toHaveText([/^\$ — The file is not JSON: .* at line 1, column \d+$/]);
  await expect(page.getByText('No workflows yet.')).toBeVisible();

  await transfer.pasteDialog.getByRole('textbox', { name: 'JSON to import' }).fill(ONE_WORKFLOW);
  await transfer.pasteDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(transfer.pasteDialog).toBeHidden();
  await expect(transfer.pasteButton).toBeFocused();
  await expect(transfer.status).toContainText('Imported 1 workflow (turned off).');
  await expect(list.onSwitch('Thank happy reviewers')).not.toBeChecked();
});

/** An export of `count` trigger-only workflows, named "Bulk 0", "Bulk 1", … */
function bulkExport(count: number): { name: string; mimeType: string; buffer: Buffer } {
  const workflows = Array.from({ length: count }, (_, i) => ({
    schemaVersion: 2,
    id: `wf-bulk-${i}`,
    name: `Bulk ${i}`,
    description: '',
    activation: { on: false, scope: { kind: 'all' }, offInStores: [] },
    steps: [{ id: 't', kind: 'trigger', app: 'shopify', trigger: 'order-created', position: { x: 0, y: 0 }, note: '' }],
    links: [],
  }));
  return { name: 'bulk.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'flowbench', version: 2, workflows })) };
}

test('a file of 3,000 workflows: a progress bar with Cancel while it imports (cancelling imports nothing), then the count', async ({ page }) => {
  const list = new WorkflowsPage(page);
  const transfer = new TransferPanel(page);
  await list.open();
  const count = page.getByText(/^[\d,]+ workflows?$/);
  // A new profile may have no workflow yet (the empty state shows no count).
  const before = (await count.count()) === 0 ? 0 : Number((await count.textContent())!.replace(/\D/g, ''));
  const file = bulkExport(3000);

  // The database is held, so the import is surely still running when its progress is looked at.
  const held = await new StoredData(page).hold('workflows');
  await transfer.fileInput.setInputFiles(file);
  const progress = page.getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saving 0 of 3,000 workflows…' })).toBeVisible();
  await expect(progress).toHaveAttribute('max', '3000');
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await held.release();
  await expect(page.getByRole('status').filter({ hasText: 'Import cancelled; nothing was imported.' })).toBeVisible();
  await expect(progress).toHaveCount(0);
  if (before === 0) await expect(page.getByText('No workflows yet.')).toBeVisible();
  else await expect(count).toHaveText(`${before.toLocaleString('en')} workflows`);

  await transfer.fileInput.setInputFiles(file);
  await expect(transfer.status).toContainText('Imported 3,000 workflows (turned off).');
  await expect(count).toHaveText(`${(before + 3000).toLocaleString('en')} workflows`);
  await page.reload();
  await expect(count).toHaveText(`${(before + 3000).toLocaleString('en')} workflows`);
});

test('dropping a file on the window imports it', async ({ page }) => {
  const list = new WorkflowsPage(page);
  const transfer = new TransferPanel(page);
  await list.open();

  await transfer.dropFile('one-workflow.json', ONE_WORKFLOW);
  await expect(transfer.status).toContainText('Imported 1 workflow (turned off).');
  await expect(list.openLink('Thank happy reviewers')).toBeVisible();
});

test('when saving fails, the open workflow can still be exported from memory', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.expectSaved();
  // From now on every IndexedDB write fails as if the disk were full.
  await new FullDisk(page).fill();
  await editor.pane.click();
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill('Only in memory');
  const banner = page.getByRole('alert').filter({ hasText: 'Your last change was not saved.' });
  await expect(banner).toBeVisible();

  const transfer = new TransferPanel(page);
  const { download, text } = await transfer.download(banner.getByRole('button', { name: 'Export this workflow' }));
  expect(download.suggestedFilename()).toBe('flowbench-only-in-memory.json');
  expect(expectFlowbenchFile(text).workflows[0].name).toBe('Only in memory');
});
