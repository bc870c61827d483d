import { expect, test } from '@playwright/test';
import { flushSave, holdAutosave } from './pages/autosave';
import { EditorPage } from './pages/EditorPage';
import { FullDisk } from './pages/FullDisk';

test('an edit followed by an immediate reload is kept', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.canvas.locator('.react-flow__pane').click();
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill('Kept across reload');
  await page.reload(); // no waiting for the 300 ms autosave: pagehide flushes it
  await expect(page.getByRole('toolbar', { name: 'Editor' })).toContainText('Kept across reload');
});

test('two tabs editing the same workflow meet the conflict dialog, and no edit is lost', async ({ page, context }) => {
  const first = new EditorPage(page);
  await first.createWorkflow();
  const other = await context.newPage();
  await other.goto(page.url());
  const second = new EditorPage(other);
  await expect(second.canvas).toBeVisible();

  // Both tabs edit the same stored version before either saves: their autosaves are held,
  // so neither tab can see the other's save before making its own edit.
  await holdAutosave(page);
  await holdAutosave(other);
  await second.inspector.getByRole('textbox', { name: 'Workflow name' }).fill('Renamed in tab two');
  await first.item('Triggers', 'Shopify', 'Order created').click();
  await expect(first.node('Order created')).toBeVisible();
  await expect(page.getByRole('status', { name: 'Save status' })).not.toHaveText('Saved');
  await expect(other.getByRole('status', { name: 'Save status' })).not.toHaveText('Saved');
  // Then each saves, one after the other.
  await flushSave(other);
  await expect(other.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  await flushSave(page);

  // The tab that saves second meets the other's newer revision: nothing is overwritten, it asks.
  const title = 'This workflow was changed in another tab';
  await expect(page.getByRole('dialog', { name: title })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Not saved: changed in another tab');
  await expect(other.getByRole('dialog', { name: title })).toHaveCount(0);
  await page.getByRole('dialog', { name: title }).getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(page.getByRole('dialog', { name: title })).toBeHidden();

  // Both edits exist: tab two's in the workflow, tab one's in "(my copy)".
  await page.goto('/#/workflows');
  const table = page.getByRole('table', { name: 'Your workflows' });
  await expect(table.getByRole('row')).toHaveCount(3); // header + original + copy
  await expect(table.getByRole('row').filter({ hasText: 'Renamed in tab two' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: '(my copy)' })).toContainText('Order created');
});

test('a change saved in one tab appears in the other', async ({ page, context }) => {
  const first = new EditorPage(page);
  await first.createWorkflow();
  const other = await context.newPage();
  await other.goto(page.url());
  const second = new EditorPage(other);
  await expect(second.canvas).toBeVisible();
  await second.item('Triggers', 'Shopify', 'Customer created').click();
  await expect(first.node('Customer created')).toBeVisible();
});

test('version history lists saves, shows what changed, and restores a version (undoably)', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Order paid').click();
  await editor.expectSaved();
  await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('complementary', { name: 'Version history' });
  const versions = history.getByRole('list', { name: 'Versions' }).locator(':scope > li');
  await expect(versions).toHaveCount(2); // created + edited
  await expect(versions.first()).toContainText('1 step added');

  await versions.last().getByRole('button', { name: 'Compare with now' }).click();
  await expect(history.getByRole('region', { name: 'Changes since this version' })).toContainText('Shopify · Order paid');

  await versions.last().getByRole('button', { name: 'Restore this version' }).click();
  await expect(editor.node('Order paid')).toHaveCount(0);
  await editor.expectSaved();
  await expect(versions).toHaveCount(3);
  await expect(versions.first()).toContainText('Restored');
  await page.keyboard.press('Control+z');
  await expect(editor.node('Order paid')).toBeVisible();
});

test('a save that failed for lack of room is written, and says Saved, once there is room again, without a reload', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.expectSaved();
  const disk = new FullDisk(page);
  await disk.fill();
  await editor.pane.click();
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill('Saved after all');
  const status = page.getByRole('status', { name: 'Save status' });
  await expect(status).toContainText('Save failed');
  await expect(page.getByRole('alert').filter({ hasText: 'Your last change was not saved.' })).toBeVisible();

  // Room again; coming back to the tab tries at once (the backoff would too, a little later).
  await disk.free();
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(status).toHaveText('Saved');
  await expect(page.getByRole('alert').filter({ hasText: 'Your last change was not saved.' })).toBeHidden();

  // It is in the database: a reload shows it.
  await page.reload();
  await expect(page.getByRole('toolbar', { name: 'Editor' })).toContainText('Saved after all');
});
