/** Page object for the Organization page: stores and the apps × stores matrix. */
import { expect, type Locator, type Page } from '@playwright/test';

export class OrganizationPage {
  readonly matrix: Locator;

  constructor(readonly page: Page) {
    this.matrix = page.getByRole('table', { name: 'Apps installed in each store' });
  }

  async open() {
    await this.page.goto('/#/organization');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Organization' })).toBeVisible();
    await expect(this.matrix).toBeVisible();
  }

  installToggle(app: string, store: string): Locator {
    return this.matrix.getByRole('checkbox', { name: `Install ${app} in ${store}`, exact: true });
  }

  appRow(app: string): Locator {
    return this.matrix.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: app }) });
  }

  /** The time zone select of a store. */
  storeZone(store: string): Locator {
    return this.page.getByRole('combobox', { name: `Time zone of ${store}`, exact: true });
  }

  /** Chooses a store's time zone and waits until it is saved. */
  async setStoreZone(store: string, zone: string) {
    await this.storeZone(store).selectOption(zone);
    await expect(this.storeZone(store)).toHaveValue(zone);
    await expect(this.storeZone(store)).toHaveAttribute('aria-busy', 'false');
  }

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: 'Search apps' }).fill(text);
  }
}
