/** Helpers for the app's service worker: waiting for it to control the page, and its notice. */
import { expect, type Locator, type Page } from '@playwright/test';

/** Resolves once a service worker is active and controls the page (its precache is complete by then). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The service worker's notice ("Update available" or "Ready to work offline"), by its title. */
export function pwaNotice(page: Page, title: 'Update available' | 'Ready to work offline'): Locator {
  return page.getByRole('status', { name: title });
}

/** The app is shown: the header's home link. */
export async function expectAppShown(page: Page): Promise<void> {
  await expect(page.getByRole('link', { name: 'Flowbench' })).toBeVisible();
}
