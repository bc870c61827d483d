/** Page object for a Run code step's settings in the inspector: its three text areas, their problems, and the editor's test run. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { EditorPage } from './EditorPage';

export class RunCodeSettings {
  readonly section: Locator;
  readonly input: Locator;
  readonly code: Locator;
  readonly outputSchema: Locator;
  readonly toolbar: Locator;

  constructor(
    readonly page: Page,
    readonly editor: EditorPage,
  ) {
    this.section = editor.inspector.getByRole('region', { name: 'Run code' });
    this.input = this.section.getByRole('textbox', { name: 'Input query', exact: true });
    this.code = this.section.getByRole('textbox', { name: 'Code', exact: true });
    this.outputSchema = this.section.getByRole('textbox', { name: 'Output schema', exact: true });
    this.toolbar = page.getByRole('toolbar', { name: 'Editor' });
  }

  /** Selects the Run code node on the canvas so its settings show. */
  async open() {
    await this.editor.node('Run code').click();
    await expect(this.code).toBeVisible();
  }

  /** Replaces the code and waits until the document has it. */
  async writeCode(script: string) {
    await this.code.fill(script);
    await expect(this.code).toHaveValue(script);
  }

  /** The problems listed under a field (its aria-describedby list). */
  problemsOf(field: Locator): Locator {
    return field.locator('xpath=..').getByRole('listitem');
  }

  /** "Test with sample data" in a store. */
  async testIn(store: string) {
    await this.toolbar.getByRole('combobox', { name: 'Test in store' }).selectOption({ label: store });
    await this.toolbar.getByRole('button', { name: 'Test with sample data' }).click();
  }
}
