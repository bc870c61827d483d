/** Page object for the editor's canvas search box (Ctrl/⌘+F or the toolbar's Find). */
import { expect, type Locator, type Page } from '@playwright/test';

export class CanvasSearch {
  readonly region: Locator;
  readonly input: Locator;
  readonly results: Locator;
  readonly status: Locator;
  readonly findButton: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('search', { name: 'Search the canvas' });
    this.input = this.region.getByRole('combobox', { name: 'Find steps' });
    this.results = this.region.getByRole('listbox', { name: 'Steps found' });
    this.status = this.region.getByRole('status');
    this.findButton = page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Find', exact: true });
  }

  /** Opens the box with the keyboard shortcut (Ctrl+F) and waits for its input to have focus. */
  async openWithShortcut() {
    await this.page.keyboard.press('Control+f');
    await expect(this.input).toBeFocused();
  }

  /** Types a query in place of the current one. */
  async search(query: string) {
    await this.input.fill(query);
  }

  /** The titles of the steps listed, in order. */
  hit(title: string): Locator {
    return this.results.getByRole('option').filter({ hasText: title });
  }

  async expectHits(count: number) {
    await expect(this.results.getByRole('option')).toHaveCount(count);
  }
}
