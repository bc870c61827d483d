/** A failed run on the canvas, at its condition (criteria with the values read), for docs/screenshots and the README. */
import { expect, test } from '@playwright/test';
import { failedVipRun } from '../pages/RunCanvasPage';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`run on the canvas, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1440, height: 900 });
    const run = await failedVipRun(page);
    await page.keyboard.press(',');
    await page.keyboard.press(',');
    await expect(run.position).toHaveText('Step 2 of 4');
    await expect(run.criteria()).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/run-canvas-${colorScheme}.png` });
  });
}

test('run on the canvas in Polish', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const run = await failedVipRun(page);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Polski' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await page.keyboard.press(',');
  await expect(run.position).toHaveText('Krok 3 z 4');
  await page.screenshot({ path: 'docs/screenshots/run-canvas-pl.png' });
});
