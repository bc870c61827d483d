/** Page object for the app shell: header navigation and theme choice. */
import { expect, type Locator, type Page } from '@playwright/test';

export class AppShell {
  readonly nav: Locator;
  readonly theme: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.theme = page.getByRole('combobox', { name: 'Theme' });
  }

  async open(path = '/') {
    await this.page.goto(`/#${path}`);
    await expect(this.page.getByRole('link', { name: 'Flowbench' })).toBeVisible();
  }

  async goTo(pageName: 'Workflows' | 'Editor' | 'Organization' | 'Runs' | 'Sandbox') {
    await this.nav.getByRole('link', { name: pageName, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: pageName, exact: true })).toBeVisible();
  }
}
