import { expect, test } from '@playwright/test';
import { WorkflowsPage } from './pages/WorkflowsPage';

test('a first start shows an honest empty state with a way to create a workflow', async ({ page }) => {
  const list = new WorkflowsPage(page);
  await list.open();
  await expect(page.getByText('No workflows yet.')).toBeVisible();
  await expect(list.newWorkflow).toBeVisible();
  await expect(list.table).toHaveCount(0);
});

test('create, rename, duplicate, delete and undo; the list survives a reload', async ({ page }) => {
  const list = new WorkflowsPage(page);
  await list.open();
  const id = await list.create();

  await page.goBack();
  await list.expectLoaded();
  await expect(list.openLink('Untitled workflow')).toHaveAttribute('href', `#/editor/${id}`);
  const row = list.row('Untitled workflow');
  await expect(row.getByRole('cell', { name: 'No trigger yet' })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Off' })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'just now' })).toBeVisible();

  await list.rename('Untitled workflow', 'Tag VIP orders');
  await list.duplicate('Tag VIP orders');
  await expect(list.onSwitch('Tag VIP orders (copy)')).not.toBeChecked();

  await list.delete('Tag VIP orders (copy)');
  await expect(list.openLink('Tag VIP orders (copy)')).toHaveCount(0);
  await list.undoDelete();
  await expect(list.openLink('Tag VIP orders (copy)')).toBeFocused();
  await expect(list.toast).toHaveCount(0);

  await page.reload();
  await list.expectLoaded();
  await expect(list.openLink('Tag VIP orders')).toBeVisible();
  await expect(list.openLink('Tag VIP orders (copy)')).toBeVisible();
  await expect(list.table.getByRole('row')).toHaveCount(3); // header + two workflows
});

test('turning on a workflow with errors is refused with the reason', async ({ page }) => {
  const list = new WorkflowsPage(page);
  await list.open();
  await list.create();
  await list.open();

  await list.onSwitch('Untitled workflow').click();
  await expect(list.row('Untitled workflow').getByRole('alert')).toHaveText(
    'Fix 1 error before turning the workflow on.',
  );
  await expect(list.onSwitch('Untitled workflow')).not.toBeChecked();
});

test('a blank name is refused when renaming, keeping the old name', async ({ page }) => {
  const list = new WorkflowsPage(page);
  await list.open();
  await list.create();
  await list.open();

  await list.table.getByRole('button', { name: 'Rename Untitled workflow' }).click();
  await list.table.getByRole('textbox', { name: 'Name of Untitled workflow' }).fill('   ');
  await list.table.getByRole('button', { name: 'Save name' }).click();
  await expect(list.table.getByRole('alert')).toHaveText('Workflow not renamed: a workflow needs a name.');
  await page.keyboard.press('Escape');
  await expect(list.openLink('Untitled workflow')).toBeVisible();
  await expect(list.table.getByRole('button', { name: 'Rename Untitled workflow' })).toBeFocused();
});
