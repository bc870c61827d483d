/** Page object for the Custom apps section of the Organization page. */
import { expect, type Locator, type Page } from '@playwright/test';

export class CustomAppsSection {
  readonly section: Locator;
  readonly file: Locator;
  readonly paste: Locator;
  readonly importPasted: Locator;
  readonly status: Locator;
  readonly problems: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Custom apps', exact: true });
    this.file = this.section.getByLabel('Manifest file', { exact: true });
    this.paste = this.section.getByRole('textbox', { name: 'Or paste the manifest JSON', exact: true });
    this.importPasted = this.section.getByRole('button', { name: 'Import pasted manifest', exact: true });
    this.status = this.section.getByRole('status');
    this.problems = this.section.getByRole('list', { name: 'Manifest problems', exact: true });
    this.list = this.section.getByRole('list', { name: 'Imported custom apps', exact: true });
  }

  async importFile(path: string) {
    await this.file.setInputFiles(path);
  }

  async importText(text: string) {
    await this.paste.fill(text);
    await this.importPasted.click();
  }

  item(app: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: app });
  }

  remove(app: string): Locator {
    return this.section.getByRole('button', { name: `Remove ${app}`, exact: true });
  }

  async expectImported(app: string) {
    await expect(this.status).toHaveText(`${app} was imported. Install it in a store under Apps in each store to use it in workflows.`);
    await expect(this.item(app)).toBeVisible();
  }
}
