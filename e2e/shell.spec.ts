import { expect, test } from '@playwright/test';
import { AppShell } from './pages/AppShell';

test('navigates between the pages by name, with real URLs that survive a reload', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open();
  await expect(page).toHaveURL(/#\/workflows$/);
  for (const name of ['Editor', 'Organization', 'Runs', 'Sandbox', 'Workflows'] as const) {
    await shell.goTo(name);
    await expect(shell.nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle(`${name} · Flowbench`);
  }
  await shell.goTo('Runs');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Runs', exact: true })).toBeVisible();
});

test('an unknown address shows a readable page, not a blank screen', async ({ page }) => {
  await page.goto('/#/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Workflows', exact: true }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workflows' })).toBeVisible();
});

test('the theme choice is written to IndexedDB and survives a reload', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open();
  await page.emulateMedia({ colorScheme: 'light' });
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const lightBackground = await background();

  await shell.theme.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(lightBackground);

  // The value really is in IndexedDB, not only in memory.
  const stored = await page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('flowbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('theme');
          get.onsuccess = () => resolve((get.result as { value: unknown } | undefined)?.value);
          get.onerror = () => reject(get.error);
        };
      }),
  );
  expect(stored).toBe('dark');

  await page.reload();
  await expect(shell.theme).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('follows the system colour scheme when no theme is chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await new AppShell(page).open();
  const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(dark).not.toBe(light);
});
