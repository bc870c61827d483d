/**
 * Sticky notes on the canvas (issue 16, part 3): a note added from the
 * toolbar, its Markdown rendered without raw HTML, recoloured, resized,
 * undone and redone, in version history, exported in the Flowbench format
 * and imported into a fresh browser, exported for Shopify Flow into the root
 * `note`; found by the canvas search and moved, edited and deleted with the keyboard.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { StickyNotes } from './pages/StickyNotes';
import { TransferPanel } from './pages/TransferPanel';
import { WorkflowsPage } from './pages/WorkflowsPage';

const TEXT = '**bold** and <script>window.__noteXss = 1</script>';

test('a note is added, written in Markdown, recoloured, resized, undone and redone, kept in history and exports', async ({ page, browser }) => {
  const editor = new EditorPage(page);
  const notes = new StickyNotes(page, editor);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Order created').click();
  await expect(editor.node('Order created')).toBeVisible();

  // Added from the toolbar: the note opens for typing.
  await notes.addButton.click();
  await expect(notes.notes).toHaveCount(1);
  const note = notes.notes.first();
  await expect(notes.canvasField).toBeFocused();
  await page.keyboard.type(TEXT);
  await page.keyboard.press('Escape');
  await expect(notes.canvasField).toHaveCount(0);
  // Markdown rendered; the HTML shown as text, never run.
  await expect(note.locator('strong')).toHaveText('bold');
  await expect(note).toContainText('<script>window.__noteXss = 1</script>');
  await expect(note.locator('script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __noteXss?: number }).__noteXss)).toBeUndefined();
  await expect(note).toHaveAccessibleName(/^Sticky note: \*\*bold\*\* and/);

  // Colour from the inspector's named radios; size from React Flow's resizer.
  await notes.color('Blue').check();
  await expect(note.locator('.sticky-note')).toHaveClass(/sticky-note--blue/);
  const before = await notes.sizeOf(note);
  expect(before).toEqual({ width: 240, height: 160 });
  await notes.resize(note, 100, 60);
  await expect.poll(() => notes.sizeOf(note)).toEqual({ width: 340, height: 220 });
  // The mini map draws the note at its size, in its colour, under the steps.
  const miniMapNotes = page.getByTestId('minimap-notes').locator('path');
  await expect(miniMapNotes).toHaveCount(1);
  await expect(miniMapNotes).toHaveAttribute('d', /^M-?[\d.]+,-?[\d.]+h340v220h-340z$/);
  await expect(miniMapNotes).toHaveAttribute('style', /#dbeafe/);
  await page.screenshot({ path: 'test-results/notes-light.png' });

  // Undo: the resize, the colour, the text (one entry for the whole typing), the note itself; then redo all of it.
  const undo = () => page.keyboard.press('Control+z');
  const redo = () => page.keyboard.press('Control+Shift+z');
  await editor.pane.click({ position: { x: 5, y: 5 } });
  await undo();
  await expect.poll(() => notes.sizeOf(note)).toEqual(before);
  await undo();
  await expect(note.locator('.sticky-note')).toHaveClass(/sticky-note--yellow/);
  await undo();
  await expect(note.locator('strong')).toHaveCount(0);
  await undo();
  await expect(notes.notes).toHaveCount(0);
  await expect(miniMapNotes).toHaveCount(0);
  await expect(editor.node('Order created')).toBeVisible();
  for (let i = 0; i < 4; i++) await redo();
  await expect(notes.notes).toHaveCount(1);
  await expect(notes.notes.first().locator('strong')).toHaveText('bold');
  await expect(notes.notes.first().locator('.sticky-note')).toHaveClass(/sticky-note--blue/);
  await expect.poll(() => notes.sizeOf(notes.notes.first())).toEqual({ width: 340, height: 220 });

  // Version history says what changed about notes.
  await editor.expectSaved();
  await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('complementary', { name: 'Version history' });
  const versions = history.getByRole('list', { name: 'Versions' }).locator(':scope > li');
  await expect(versions.first()).toContainText(/note added/);
  await versions.last().getByRole('button', { name: 'Compare with now' }).click();
  const changes = history.getByRole('region', { name: 'Changes since this version' });
  await expect(changes.getByRole('heading', { name: 'Sticky notes' })).toBeVisible();
  await expect(changes).toContainText('Added: **bold** and');

  // Dark theme: the same canvas.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/notes-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });

  // Export (Flowbench format), then import into a fresh browser: the note is there, rendered.
  const list = new WorkflowsPage(page);
  const transfer = new TransferPanel(page);
  await list.open();
  const exported = await transfer.download(page.getByRole('button', { name: 'Export Untitled workflow', exact: true }));
  const file = JSON.parse(exported.text) as { workflows: { notes: { text: string; color: string; size: object }[] }[] };
  expect(file.workflows[0]!.notes).toEqual([expect.objectContaining({ text: TEXT, color: 'blue', size: { width: 340, height: 220 } })]);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherList = new WorkflowsPage(other);
  await otherList.open();
  await new TransferPanel(other).importFile((await exported.download.path())!);
  await expect(otherList.openLink('Untitled workflow')).toBeVisible();
  await other.goto(`/${(await otherList.openLink('Untitled workflow').getAttribute('href'))!}`);
  const otherEditor = new EditorPage(other);
  const imported = new StickyNotes(other, otherEditor).notes;
  await expect(imported).toHaveCount(1);
  await expect(imported.locator('strong')).toHaveText('bold');
  await expect(imported.locator('.sticky-note')).toHaveClass(/sticky-note--blue/);
  await fresh.close();

  // Export for Shopify Flow: the note's text in the root `note`; the warning says only the text goes.
  await page.getByRole('button', { name: 'Export for Shopify Flow: Untitled workflow', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: "Some steps won't go to Shopify Flow as they are" });
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Sticky note: only its text goes to Shopify Flow' })).toBeVisible();
  const flow = await transfer.download(dialog.getByRole('button', { name: 'Save anyway' }));
  expect((JSON.parse(flow.text) as { root: { note: string } }).root.note).toBe(TEXT);
  expect(JSON.parse(await readFile((await flow.download.path())!, 'utf8')).root.note).toBe(TEXT);
});

test('the canvas search finds a note; the keyboard edits, moves and deletes it', async ({ page }) => {
  const editor = new EditorPage(page);
  const notes = new StickyNotes(page, editor);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Order created').click();
  await editor.pane.click({ position: { x: 5, y: 5 } });
  // N adds a note (page-wide shortcut, not while typing).
  await page.keyboard.press('n');
  await expect(notes.canvasField).toBeFocused();
  await page.keyboard.type('Ask Anna about refunds');
  await page.keyboard.press('Escape');
  const note = notes.notes.first();
  await expect(note).toBeFocused();

  await page.keyboard.press('Control+f');
  const search = page.getByRole('combobox', { name: 'Find steps' });
  await search.fill('anna refunds');
  const option = page.getByRole('option').filter({ hasText: 'Sticky note' });
  await expect(option).toContainText('Ask Anna about refunds');
  await page.keyboard.press('Enter');
  await expect(note).toHaveClass(/selected/);
  await page.keyboard.press('Escape');

  // Enter edits the focused note; arrows move it by one grid cell (one undo entry); Delete removes it.
  await note.focus();
  await page.keyboard.press('Enter');
  await expect(notes.canvasField).toBeFocused();
  await page.keyboard.type('!');
  await page.keyboard.press('Escape');
  await expect(note).toContainText('Ask Anna about refunds!');
  const at = await note.evaluate((el) => (el as HTMLElement).style.transform);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => note.evaluate((el) => (el as HTMLElement).style.transform)).not.toBe(at);
  await expect(page.getByTestId('canvas-announcer')).toContainText('Sticky note moved to');
  await page.keyboard.press('Control+z');
  await expect.poll(() => note.evaluate((el) => (el as HTMLElement).style.transform)).toBe(at);
  await note.focus();
  await page.keyboard.press('Delete');
  await expect(notes.notes).toHaveCount(0);
  await expect(editor.node('Order created')).toBeVisible();
});
