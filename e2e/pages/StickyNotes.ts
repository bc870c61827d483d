/** Page object for sticky notes on the editor's canvas: the Add note button, a note's node, its text field and resize handle. */
import { type Locator, type Page } from '@playwright/test';
import type { EditorPage } from './EditorPage';

export class StickyNotes {
  readonly addButton: Locator;
  readonly notes: Locator;
  readonly canvasField: Locator;
  readonly inspectorField: Locator;

  constructor(
    readonly page: Page,
    readonly editor: EditorPage,
  ) {
    this.addButton = page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Add note', exact: true });
    this.notes = editor.canvas.locator('.react-flow__node-stickyNote');
    this.canvasField = editor.canvas.getByRole('textbox', { name: 'Note text (Markdown)' });
    this.inspectorField = editor.inspector.getByRole('textbox', { name: 'Note text (Markdown)' });
  }

  /** The colour radio of the inspector (one note selected). */
  color(name: 'Yellow' | 'Blue' | 'Green' | 'Pink' | 'Grey'): Locator {
    return this.editor.inspector.getByRole('group', { name: 'Colour' }).getByRole('radio', { name, exact: true });
  }

  /** The note's width and height as React Flow lays it out. */
  async sizeOf(note: Locator): Promise<{ width: number; height: number }> {
    return note.evaluate((el) => ({ width: parseFloat((el as HTMLElement).style.width), height: parseFloat((el as HTMLElement).style.height) }));
  }

  /** Drags the note's bottom-right resize handle by (dx, dy) screen pixels. */
  async resize(note: Locator, dx: number, dy: number) {
    const handle = note.locator('.react-flow__resize-control.handle.bottom.right');
    const box = (await handle.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 4 });
    await this.page.mouse.up();
  }
}
