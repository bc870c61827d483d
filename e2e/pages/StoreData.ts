/** Page object for the Sandbox page's Store data section: tabs, search, rows, details, JSON editor, reset. */
import { expect, type Locator, type Page } from '@playwright/test';

export class StoreData {
  readonly section: Locator;
  readonly reset: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Store data', exact: true });
    this.reset = this.section.getByRole('button', { name: 'Reset store data' });
  }

  /** A tab by its resource's name ("Orders"); its accessible name ends with the count. */
  tab(name: 'Orders' | 'Customers' | 'Products' | 'Draft orders'): Locator {
    return this.section.getByRole('tab', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
  }

  search(resource: 'orders' | 'customers' | 'products' | 'draft orders'): Locator {
    return this.section.getByRole('searchbox', { name: `Search ${resource}` });
  }

  /** The status line under the search ("3 records match."). */
  get matches(): Locator {
    return this.section.getByRole('status').filter({ hasText: /match/ });
  }

  /** The button naming a record (its order number, name or title); it shows or hides the record. */
  record(name: string): Locator {
    return this.section.getByRole('button', { name, exact: true });
  }

  /** The table row of a record. */
  row(name: string): Locator {
    return this.section.getByRole('row').filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  details(name: string): Locator {
    return this.section.getByRole('region', { name: `Details of ${name}` });
  }

  /** Opens the JSON editor of a record and returns its text box. */
  async edit(name: string): Promise<Locator> {
    await this.section.getByRole('button', { name: `Edit ${name}` }).click();
    const editor = this.section.getByRole('textbox', { name: `JSON of ${name}` });
    await expect(editor).toBeVisible();
    return editor;
  }

  /** Changes a record through its JSON editor and saves; `change` edits the parsed record. */
  async update(name: string, change: (record: Record<string, unknown>) => void): Promise<void> {
    const editor = await this.edit(name);
    const record = JSON.parse(await editor.inputValue()) as Record<string, unknown>;
    change(record);
    await editor.fill(JSON.stringify(record, null, 2));
    await this.section.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.section.getByRole('status').filter({ hasText: `Saved ${name}.` })).toBeVisible();
  }

  /** Resets the store data, confirming in the dialog. */
  async resetData(): Promise<void> {
    await this.reset.click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Reset store data' }).click();
  }
}
