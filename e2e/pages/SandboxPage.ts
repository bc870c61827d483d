/** Page object for the Sandbox page: store picker, store data, app sections, faults, reset, live HTTP. */
import { expect, type Locator, type Page } from '@playwright/test';
import { Simulator } from './RunsPage';
import { StoreData } from './StoreData';

export class SandboxPage {
  readonly simulator: Simulator;
  readonly storeData: StoreData;
  readonly store: Locator;
  readonly faults: Locator;
  readonly reset: Locator;
  readonly liveHttp: Locator;

  constructor(readonly page: Page) {
    this.simulator = new Simulator(page);
    this.storeData = new StoreData(page);
    this.store = page.getByRole('combobox', { name: 'Store', exact: true });
    this.faults = page.getByRole('table', { name: 'Injected faults' });
    this.reset = page.getByRole('button', { name: 'Reset sandbox' });
    this.liveHttp = page.getByRole('checkbox', { name: 'Send real HTTP requests (Send HTTP request action)' });
  }

  async open(store?: string) {
    await this.page.goto('/#/sandbox');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Sandbox' })).toBeVisible();
    if (store) await this.store.selectOption({ label: store });
  }

  /** The section of one app's records. */
  app(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  fault(app: string): Locator {
    return this.faults.getByRole('combobox', { name: `Fault for ${app}`, exact: true });
  }
}
