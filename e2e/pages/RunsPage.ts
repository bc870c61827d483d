/**
 * Page object for the Runs page and the simulator panel (also shown on the
 * Sandbox page), and for the page of one run.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** The simulator panel: clock, fire form, bulk firing. */
export class Simulator {
  readonly panel: Locator;
  readonly clock: Locator;
  readonly app: Locator;
  readonly trigger: Locator;
  readonly allStores: Locator;
  readonly payload: Locator;
  readonly problems: Locator;
  readonly fireButton: Locator;
  readonly firedLine: Locator;
  readonly runsStarted: Locator;
  readonly events: Locator;
  readonly bulkButton: Locator;
  readonly bulkProgress: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('group', { name: 'Simulator' });
    this.clock = this.panel.getByRole('status', { name: 'Simulated time' });
    this.app = this.panel.getByRole('combobox', { name: 'App', exact: true });
    this.trigger = this.panel.getByRole('combobox', { name: 'Trigger', exact: true });
    this.allStores = this.panel.getByRole('checkbox', { name: 'All stores' });
    this.payload = this.panel.getByRole('textbox', { name: 'Payload (JSON)' });
    this.problems = this.panel.getByRole('list', { name: 'Payload problems' }).getByRole('listitem');
    this.fireButton = this.panel.getByRole('button', { name: 'Fire trigger' });
    this.firedLine = this.panel.getByText(/^Fired in \d+ stores?:/);
    this.runsStarted = this.panel.getByRole('list', { name: 'Runs started' }).getByRole('listitem');
    this.events = this.panel.getByRole('spinbutton', { name: 'Events' });
    this.bulkButton = this.panel.getByRole('button', { name: 'Fire in bulk' });
    this.bulkProgress = this.panel.getByRole('progressbar', { name: 'Bulk progress' });
    this.cancel = this.panel.getByRole('button', { name: 'Cancel' });
  }

  async expand() {
    if (!(await this.panel.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await this.panel.getByText('Simulator', { exact: true }).click();
    }
    await expect(this.fireButton).toBeVisible();
  }

  storeBox(store: string): Locator {
    return this.panel.getByRole('checkbox', { name: `Fire in ${store}`, exact: true });
  }

  /** Picks an app and one of its triggers (the payload resets to the trigger's sample). */
  async choose(app: string, trigger: string) {
    await this.app.selectOption({ label: app });
    await this.trigger.selectOption({ label: trigger });
  }

  /** Fires in the given stores only, or in all of them. */
  async fireIn(stores: string[] | 'all') {
    if (stores === 'all') {
      await this.allStores.check();
    } else {
      await this.allStores.uncheck();
      for (const store of stores) await this.storeBox(store).check();
    }
    await this.fireButton.click();
    await expect(this.firedLine).toBeVisible();
  }

  /** The line about one run the last firing started, e.g. "Tier-up tag in Store 2". */
  startedRun(text: string): Locator {
    return this.runsStarted.filter({ hasText: text });
  }
}

export class RunsPage {
  readonly simulator: Simulator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.simulator = new Simulator(page);
    this.history = page.getByRole('table', { name: 'Run history' });
  }

  async open() {
    await this.page.goto('/#/runs');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Runs', exact: true })).toBeVisible();
  }

  /** Rows of the history whose cells contain all the given texts. */
  rows(...texts: string[]): Locator {
    let rows = this.history.getByRole('row');
    for (const text of texts) rows = rows.filter({ hasText: text });
    return rows;
  }
}

/** The page of one run (#/runs/<id>). */
export class RunPage {
  readonly heading: Locator;
  /** The run's status, the first entry of its facts ("Status", "Started"...). */
  readonly status: Locator;
  readonly steps: Locator;
  readonly retry: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    // A <dl> has no ARIA role to find it by; its label names it.
    this.status = page.locator('dl[aria-label="Run facts"]').getByRole('definition').first();
    this.steps = page.getByRole('list', { name: 'Steps' });
    this.retry = page.getByRole('button', { name: 'Retry run' });
  }

  step(name: string): Locator {
    return this.steps.getByRole('listitem', { name, exact: true });
  }

  attempts(step: string): Locator {
    return this.page.getByRole('table', { name: `Attempts of ${step}` });
  }
}
