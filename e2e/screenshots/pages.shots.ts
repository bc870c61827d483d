import { test } from '@playwright/test';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`organization page, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/#/organization');
    await page.getByRole('table', { name: 'Apps installed in each store' }).waitFor();
    await page.screenshot({ path: `docs/screenshots/organization-${colorScheme}.png` });
    await page.getByRole('button', { name: 'Set up Slack in Store 1' }).click();
    await page.getByRole('dialog').waitFor();
    await page.screenshot({ path: `docs/screenshots/app-setup-${colorScheme}.png` });
  });
}
