/** The canvas search over the "Big paid orders" template, for docs/screenshots and the README. */
import { expect, test } from '@playwright/test';
import { CanvasSearch } from '../pages/CanvasSearch';
import { EditorPage } from '../pages/EditorPage';

test('canvas search', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/#/workflows');
  await page.getByText('Start from a template').click();
  await page.getByRole('button', { name: 'Use template Big paid orders: tag VIP and tell the team' }).click();
  const editor = new EditorPage(page);
  await expect(editor.node('Add order tags')).toBeVisible();
  const search = new CanvasSearch(page);
  await search.openWithShortcut();
  await search.search('vip');
  await search.input.press('Enter');
  await search.input.press('Enter');
  await expect(search.status).toHaveText('2 of 2: Send Slack message');
  await expect(editor.inspector.getByRole('heading', { name: 'Send Slack message' })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/canvas-search.png' });
});
