/**
 * What opening the editor loads (docs/benchmarks.md, canvas): not the
 * engine. The page's code, the canvas, the validator after the first paint
 * and the kinds' forms with the first step shown; the engine's code comes
 * with the first test run. The chunks are told by their source maps (the
 * build writes them), so the test follows the bundler's file names.
 */
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { chunksWith, scriptsOf } from './scripts';

const TEMPLATE = 'Big paid orders: tag VIP and tell the team';

test('opening the editor and showing a step loads no engine code; a test run loads it and runs', async ({ page }) => {
  const engine = chunksWith(/src\/engine\/engine\.ts$/);
  const validator = chunksWith(/src\/state\/validation\.ts$/);
  const forms = chunksWith(/src\/ui\/inspector\/KindSettings\.tsx$/);
  expect(engine.length).toBeGreaterThan(0);
  expect(validator).toHaveLength(1);
  expect(forms).toHaveLength(1);
  const fetched = (files: string[], scripts: string[]) => scripts.filter((s) => files.includes(s));

  const editor = new EditorPage(page);
  await editor.createFromTemplate(TEMPLATE, 'Add order tags');
  const editorUrl = page.url();

  // A fresh start in the editor (nothing cached in the page).
  await page.goto('/#/workflows');
  const scripts = scriptsOf(page);
  await page.goto(editorUrl);
  await page.reload();
  await expect(editor.node('Add order tags')).toBeVisible();
  // The validator loads after the first paint; the engine does not come with it.
  await expect.poll(() => fetched(validator, scripts)).toHaveLength(1);
  await editor.node('Add order tags').click();
  await expect(editor.inspector.getByRole('textbox', { name: 'Note', exact: true })).toBeVisible();
  expect(fetched(forms, scripts)).toHaveLength(1);
  expect(fetched(engine, scripts)).toEqual([]);
  await page.screenshot({ path: 'test-results/editor-loading-step-shown.png' });

  const toolbar = page.getByRole('toolbar', { name: 'Editor' });
  await toolbar.getByRole('combobox', { name: 'Test in store' }).selectOption({ label: 'Store 1' });
  await toolbar.getByRole('button', { name: 'Test with sample data' }).click();
  await expect(toolbar.getByRole('button', { name: 'Show on canvas' })).toBeVisible();
  expect(fetched(engine, scripts).length).toBeGreaterThan(0);
});

/** A stored record whose document cannot be read (as another program might leave it), written straight into IndexedDB. */
async function storeUnreadable(page: import('@playwright/test').Page, id: string) {
  await page.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('flowbench');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('workflows', 'readwrite');
      tx.objectStore('workflows').put({ id: key, name: 'Broken', updatedAt: '2026-03-01T10:00:00.000Z', revision: 1, schemaVersion: 1, doc: { id: key, steps: 'none' } });
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, id);
}

test('the page started at an editor address reads its workflow early: missing and unreadable ones say so, a stored one edits, saves and undoes as before', async ({ page }) => {
  const editor = new EditorPage(page);
  const id = await editor.createWorkflow();
  await storeUnreadable(page, 'wf-broken');
  const notFound = page.getByRole('heading', { level: 1, name: 'Workflow not found' });

  for (const missing of ['wf-nope', 'wf-broken']) {
    await page.goto(`/#/editor/${missing}`);
    await page.reload();
    await expect(notFound).toBeVisible();
  }

  await page.goto(`/#/editor/${id}`);
  await page.reload();
  await expect(editor.canvas).toBeVisible();
  await editor.item('Triggers', 'Shopify', 'Order created').click();
  await expect(editor.canvas.locator('.react-flow__node')).toHaveCount(1);
  await editor.expectSaved();
  await page.reload();
  await expect(editor.canvas.locator('.react-flow__node')).toHaveCount(1);
  await editor.item('Actions', 'Shopify', 'Add order tags').click();
  await expect(editor.canvas.locator('.react-flow__node')).toHaveCount(2);
  await editor.pane.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(editor.canvas.locator('.react-flow__node')).toHaveCount(1);
  await editor.expectSaved();

  // Started in Polish: the editor's messages load with the language (never a key shown first).
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.evaluate(() => localStorage.setItem('flowbench.language', 'pl'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(page.getByRole('toolbar').first()).toBeVisible();
  expect(errors.filter((e) => e.includes('before they were loaded'))).toEqual([]);
});
