/**
 * Shopify Flow files in the browser: a `.flow` export imported through the
 * Workflows page's file picker (by content), its steps and its foreign step
 * on the canvas, a test run in a store that stops at the foreign step and
 * says why, and "Export for Shopify Flow", whose warning lists the step Flow
 * can't take before saving and whose download is the canonical
 * workflow.flow.json text.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { TransferPanel } from './pages/TransferPanel';
import { WorkflowsPage } from './pages/WorkflowsPage';

const FLOW_FILE = 'test/fixtures/flow/valid/crm-sync.flow';
const EXPECTED = readFileSync('test/fixtures/flow/valid/crm-sync.expected.flow.json', 'utf8');
const NAME = 'Sync big orders to the CRM';

test('a .flow file imports with its foreign step, which a test run stops at and says why', async ({ page }) => {
  const list = new WorkflowsPage(page);
  const transfer = new TransferPanel(page);
  await list.open();
  await transfer.importFile(FLOW_FILE);
  await expect(transfer.status).toContainText('Imported 1 workflow (turned off).');

  await list.openLink(NAME).press('Enter');
  const editor = new EditorPage(page);
  await expect(editor.node('Order created')).toBeVisible();
  await expect(editor.node('Add order tags')).toBeVisible();
  const foreign = editor.node('acme_crm::flow::sync_contact');
  await expect(foreign).toBeVisible();
  await expect(foreign).toContainText("Flow task Flowbench can't run");

  await foreign.click();
  const details = editor.inspector.getByTestId('foreign-step-details');
  await expect(details).toContainText('acme_crm::flow::sync_contact');
  await expect(editor.inspector.getByRole('table', { name: 'Fields of the Flow task' })).toContainText('{{ order.email }}');
  await expect(editor.inspector).toContainText("Flowbench can't run acme_crm::flow::sync_contact");

  const toolbar = page.getByRole('toolbar', { name: 'Editor' });
  await toolbar.getByRole('combobox', { name: 'Test in store' }).selectOption({ index: 1 });
  await toolbar.getByRole('button', { name: 'Test with sample data' }).click();
  await expect(editor.message).toContainText("Flowbench can't run acme_crm::flow::sync_contact");
  await page.screenshot({ path: 'test-results/flow-files-foreign-step.png' });
});

test('Export for Shopify Flow lists what Flow cannot take, then saves the canonical workflow.flow.json', async ({ page }) => {
  const list = new WorkflowsPage(page);
  const transfer = new TransferPanel(page);
  await list.open();
  await transfer.importFile(FLOW_FILE);
  await expect(list.openLink(NAME)).toBeVisible();

  const exportButton = page.getByRole('button', { name: `Export for Shopify Flow: ${NAME}`, exact: true });
  const saved = await transfer.download(exportButton);
  expect(saved.download.suggestedFilename()).toBe('workflow.flow.json');
  expect(saved.text).toBe(EXPECTED);

  // A workflow made in Flowbench with a connector's action: the warning names the step before anything is saved.
  await list.create();
  await list.open();
  const untitled = page.getByRole('button', { name: 'Export for Shopify Flow: Untitled workflow', exact: true });
  await untitled.click();
  const dialog = page.getByRole('dialog', { name: "Some steps won't go to Shopify Flow as they are" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('list', { name: "Steps Shopify Flow can't take as they are" }).getByRole('listitem').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/flow-files-export-warning.png' });
  const anyway = await transfer.download(dialog.getByRole('button', { name: 'Save anyway' }));
  expect(anyway.download.suggestedFilename()).toBe('workflow.flow.json');
  expect(JSON.parse(anyway.text).__metadata).toEqual({ version: 0.1 });
});
