/**
 * Page object for import and export on the Workflows page: the buttons, the
 * file input, the paste dialog, the outcome (status or "Nothing was
 * imported" alert), row export and selection, and dropping a file.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class TransferPanel {
  readonly fileInput: Locator;
  readonly exportAll: Locator;
  readonly pasteButton: Locator;
  readonly status: Locator;
  readonly failure: Locator;
  readonly problems: Locator;
  readonly pasteDialog: Locator;
  readonly dropOverlay: Locator;

  constructor(readonly page: Page) {
    this.fileInput = page.getByLabel('Import from file');
    this.exportAll = page.getByRole('button', { name: 'Export all', exact: true });
    this.pasteButton = page.getByRole('button', { name: 'Paste JSON…' });
    this.status = page.getByRole('status').filter({ hasText: /Imported|The file held/ });
    this.failure = page.getByRole('alert', { name: 'Nothing was imported' });
    this.problems = this.failure.getByRole('list', { name: 'Import problems' }).getByRole('listitem');
    this.pasteDialog = page.getByRole('dialog', { name: 'Import pasted JSON' });
    this.dropOverlay = page.getByText('Drop a Flowbench export to import it');
  }

  exportSelected(count: number): Locator {
    return this.page.getByRole('button', { name: `Export selected (${count})`, exact: true });
  }

  selectBox(name: string): Locator {
    return this.page.getByRole('checkbox', { name: `Select ${name}`, exact: true });
  }

  exportRow(name: string): Locator {
    return this.page.getByRole('button', { name: `Export ${name}`, exact: true });
  }

  /** Imports a file through the (visually hidden) file input, as the "Import…" picker does. */
  async importFile(path: string) {
    await this.fileInput.setInputFiles(path);
  }

  /** Opens the paste dialog, pastes the text and presses Import. */
  async paste(text: string) {
    await this.pasteButton.click();
    await expect(this.pasteDialog).toBeVisible();
    await this.pasteDialog.getByRole('textbox', { name: 'JSON to import' }).fill(text);
    await this.pasteDialog.getByRole('button', { name: 'Import', exact: true }).click();
  }

  /**
   * Drops a file on the window the way a desktop drag would: dragenter and
   * dragover (the overlay shows), then drop, each carrying a DataTransfer
   * with the file.
   */
  async dropFile(fileName: string, text: string) {
    const dataTransfer = await this.page.evaluateHandle(
      ([name, content]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([content], name, { type: 'application/json' }));
        return dt;
      },
      [fileName, text] as const,
    );
    const fire = (type: string) =>
      this.page.evaluate(
        ([eventType, dt]) =>
          document.dispatchEvent(new DragEvent(eventType, { dataTransfer: dt, bubbles: true, cancelable: true })),
        [type, dataTransfer] as const,
      );
    await fire('dragenter');
    await fire('dragover');
    await expect(this.dropOverlay).toBeVisible();
    await fire('drop');
    await expect(this.dropOverlay).toBeHidden();
  }

  /** Clicks something that downloads a file; returns the download and its text. */
  async download(trigger: Locator): Promise<{ download: Download; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), trigger.click()]);
    const path = await download.path();
    return { download, text: await readFile(path, 'utf8') };
  }
}
