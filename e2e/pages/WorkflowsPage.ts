/** Page object for the Workflows page: the workflow table, its row actions and the undo toast. */
import { expect, type Locator, type Page } from '@playwright/test';

export class WorkflowsPage {
  readonly table: Locator;
  readonly newWorkflow: Locator;
  readonly toast: Locator;
  readonly search: Locator;
  /** The live count: "N workflows", or "N of M workflows match" while searching. */
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Your workflows' });
    this.search = page.getByRole('searchbox', { name: 'Search workflows' });
    this.count = page.getByRole('status').filter({ hasText: /^[\d,]+ (of [\d,]+ )?workflows?( match(es)?)?$/ });
    this.newWorkflow = page.getByRole('button', { name: 'New workflow' });
    this.toast = page.getByRole('status').filter({ hasText: 'Deleted' });
  }

  async open() {
    await this.page.goto('/#/workflows');
    await this.expectLoaded();
  }

  /** The page is shown and the list has loaded (either the table or the empty state). */
  async expectLoaded() {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Workflows' })).toBeVisible();
    await expect(this.table.or(this.page.getByText('No workflows yet.'))).toBeVisible();
  }

  /** Creates a workflow with "New workflow"; returns its id, read from the editor URL it opens. */
  async create(): Promise<string> {
    await this.newWorkflow.click();
    await expect(this.page).toHaveURL(/#\/editor\/wf-[A-Za-z0-9_-]+$/);
    return new URL(this.page.url()).hash.replace('#/editor/', '');
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: `Open ${name}`, exact: true }) });
  }

  openLink(name: string): Locator {
    return this.table.getByRole('link', { name: `Open ${name}`, exact: true });
  }

  onSwitch(name: string): Locator {
    return this.table.getByRole('switch', { name: `${name} is on`, exact: true });
  }

  async rename(from: string, to: string) {
    await this.table.getByRole('button', { name: `Rename ${from}`, exact: true }).click();
    await this.table.getByRole('textbox', { name: `Name of ${from}`, exact: true }).fill(to);
    await this.table.getByRole('button', { name: 'Save name' }).click();
    await expect(this.openLink(to)).toBeVisible();
  }

  async duplicate(name: string) {
    await this.table.getByRole('button', { name: `Duplicate ${name}`, exact: true }).click();
    await expect(this.openLink(`${name} (copy)`)).toBeVisible();
  }

  async delete(name: string) {
    await this.table.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
    await expect(this.toast).toContainText(`Deleted “${name}”.`);
  }

  async undoDelete() {
    await this.toast.getByRole('button', { name: 'Undo' }).click();
  }
}
