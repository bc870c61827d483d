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
