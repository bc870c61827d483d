/**
 * Search on the canvas (issue 16, part 2): opened with Ctrl+F and with the
 * toolbar's Find, text and every filter, Enter / Shift+Enter moving the
 * selection (the inspector follows) with a live announcement, Escape closing
 * and giving focus back. The workflow is the "Big paid orders" template on the
 * demo organization: Order paid → condition → Add order tags (vip) → Slack
 * (installed in Store 1 and Store 2 only).
 */
import { expect, test, type Page } from '@playwright/test';
import { CanvasSearch } from './pages/CanvasSearch';
import { EditorPage } from './pages/EditorPage';

async function openVipTemplate(page: Page): Promise<EditorPage> {
  const editor = new EditorPage(page);
  await editor.createFromTemplate('Big paid orders: tag VIP and tell the team', 'Add order tags');
  return editor;
}

test('Ctrl+F opens the search; text finds steps by field value; Enter and Shift+Enter move the selection; Escape closes', async ({ page }) => {
  const editor = await openVipTemplate(page);
  const search = new CanvasSearch(page);
  await editor.pane.click();
  await search.openWithShortcut();

  await search.search('vip');
  await search.expectHits(2);
  await expect(search.status).toHaveText('2 steps found');
  await expect(search.hit('Add order tags')).toContainText('tags: vip');
  await expect(search.hit('Send Slack message')).toContainText('VIP order');

  await search.input.press('Enter');
  await expect(search.status).toHaveText('1 of 2: Add order tags');
  await expect(search.hit('Add order tags')).toHaveAttribute('aria-selected', 'true');
  await expect(editor.node('Add order tags')).toHaveClass(/selected/);
  await expect(editor.inspector.getByRole('heading', { name: 'Add order tags' })).toBeVisible();

  await search.input.press('Enter');
  await expect(search.status).toHaveText('2 of 2: Send Slack message');
  await expect(editor.node('Send Slack message')).toHaveClass(/selected/);
  await expect(editor.inspector.getByRole('heading', { name: 'Send Slack message' })).toBeVisible();

  await search.input.press('Shift+Enter');
  await expect(search.status).toHaveText('1 of 2: Add order tags');
  await expect(editor.inspector.getByRole('heading', { name: 'Add order tags' })).toBeVisible();

  await search.input.press('Escape');
  await expect(search.region).toHaveCount(0);
  await expect(search.input).toHaveCount(0);
});

test('the toolbar’s Find opens the search; each filter finds its steps, alone and with text', async ({ page }) => {
  const editor = await openVipTemplate(page);
  const search = new CanvasSearch(page);
  await search.findButton.click();
  await expect(search.input).toBeFocused();

  await search.search('app:slack');
  await search.expectHits(1);
  await expect(search.hit('Send Slack message')).toContainText('uses Slack');

  await search.search('is:not-installed');
  await search.expectHits(1);
  await expect(search.hit('Send Slack message')).toContainText('Slack not installed in Store 3, Store 4');

  await search.search('is:disabled-in:"Store 3"');
  await search.expectHits(1);
  await expect(search.hit('Send Slack message')).toContainText('Slack is not installed in Store 3.');
  // The template arrives turned off: that is the whole workflow's reason, said once.
  await expect(search.region).toContainText('The whole workflow won’t run in Store 3');
  await search.search('is:disabled-in:"Store 1"');
  await search.expectHits(0);
  await expect(search.status).toHaveText('No step matches.');

  await search.search('is:invalid');
  await search.expectHits(0);
  // Escape gives focus back to where it was (the Find button). A Log output with no message is an error.
  await search.input.press('Escape');
  await expect(search.findButton).toBeFocused();
  await editor.logic('Log output').click();
  await search.findButton.click();
  await search.search('is:invalid');
  await search.expectHits(1);
  await expect(search.hit('Log output')).toContainText('error');

  await search.search('is:not-installed message');
  await search.expectHits(1);
  await search.search('is:not-installed tags');
  await search.expectHits(0);

  await search.search('is:nothing colour:red');
  await expect(search.region).toContainText('Unknown filter “is:nothing”');
  await expect(search.region).toContainText('Unknown filter “colour:red”: searched as text.');
});

test('the page keeps the browser’s own Ctrl+F outside the editor', async ({ page }) => {
  await page.goto('/#/workflows');
  await expect(page.getByRole('heading', { name: 'Workflows', level: 1 })).toBeVisible();
  const prevented = await page.evaluate(() => {
    const e = new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, bubbles: true, cancelable: true });
    document.body.dispatchEvent(e);
    return e.defaultPrevented;
  });
  expect(prevented).toBe(false);
});

test('in Polish the box, its results and its announcements are Polish, and a store named in lower case is found', async ({ page }) => {
  await openVipTemplate(page);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Polski' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await page.keyboard.press('Control+f');
  const region = page.getByRole('search', { name: 'Szukaj na kanwie' });
  const input = region.getByRole('combobox', { name: 'Znajdź kroki' });
  await expect(input).toBeFocused();
  await input.fill('app:slack is:disabled-in:"store 4"');
  await expect(region.getByRole('listbox', { name: 'Znalezione kroki' }).getByRole('option')).toHaveCount(1);
  await expect(region.getByRole('status')).toHaveText('Znaleziono 1 krok');
  await expect(region.getByRole('option')).toContainText('używa aplikacji Slack');
  await expect(region.getByRole('option')).toContainText('nie zadziała w sklepie Store 4');
  await input.press('Enter');
  await expect(region.getByRole('status')).toContainText('1 z 1:');
});
