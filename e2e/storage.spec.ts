import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

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

  // Tab 2 is typing a new name (its autosave waits for a pause in typing)...
  const name = second.inspector.getByRole('textbox', { name: 'Workflow name' });
  await name.fill('');
  const typing = name.pressSequentially('Renamed in tab two', { delay: 60 });
  // ...while tab 1 makes a change and saves it at once (hiding a page flushes its save).
  await first.item('Triggers', 'Shopify', 'Order created').click();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  await typing;

  // Tab 2's save meets tab 1's newer revision: nothing is overwritten, the user chooses.
  const dialog = other.getByRole('dialog', { name: 'This workflow was changed in another tab' });
  await expect(dialog).toBeVisible();
  await expect(other.getByRole('status', { name: 'Save status' })).toHaveText('Not saved: changed in another tab');
  await dialog.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(dialog).toBeHidden();
  // Tab 2 now shows theirs (with the trigger), and its own edit lives on as a copy.
  await expect(second.node('Order created')).toBeVisible();
  await other.goto('/#/workflows');
  await expect(other.getByRole('link', { name: 'Open Renamed in tab two (my copy)', exact: true })).toBeVisible();
  await expect(other.getByRole('link', { name: 'Open Untitled workflow', exact: true })).toBeVisible();
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
