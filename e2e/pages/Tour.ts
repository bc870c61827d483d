/**
 * Page object for the guided tour: its popover (a non-modal dialog found by
 * its Skip tour button, since its name is the step's title), the outline
 * around the step's target, and Help → Take the tour in the header.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class Tour {
  readonly dialog: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly done: Locator;
  readonly skip: Locator;
  /** The outline drawn around the step's target (decorative: aria-hidden, found by its class). */
  readonly ring: Locator;
  readonly help: Locator;
  readonly takeTour: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Skip tour', exact: true }) });
    this.next = this.dialog.getByRole('button', { name: 'Next', exact: true });
    this.back = this.dialog.getByRole('button', { name: 'Back', exact: true });
    this.done = this.dialog.getByRole('button', { name: 'Done', exact: true });
    this.skip = this.dialog.getByRole('button', { name: 'Skip tour', exact: true });
    this.ring = page.locator('.tour-ring');
    this.help = page.getByRole('banner').getByRole('button', { name: 'Help', exact: true });
    this.takeTour = page.getByRole('menuitem', { name: 'Take the tour', exact: true });
  }

  /** The tour shows step `n` (of 6) titled `title`, and the popover has focus. */
  async expectStep(n: number, title: string) {
    await expect(this.dialog).toHaveAccessibleName(title);
    await expect(this.dialog.getByText(`${n} of 6`, { exact: true })).toBeVisible();
    await expect(this.dialog).toBeFocused();
  }

  /** The outline surrounds `target` (give the element itself or something inside it). */
  async expectHighlights(target: Locator) {
    await expect(target).toBeVisible();
    await expect
      .poll(async () => {
        const ring = await this.ring.boundingBox();
        const box = await target.boundingBox();
        if (!ring || !box) return false;
        const slack = 2;
        return (
          ring.x <= box.x + slack &&
          ring.y <= box.y + slack &&
          ring.x + ring.width >= box.x + box.width - slack &&
          ring.y + ring.height >= box.y + box.height - slack
        );
      })
      .toBe(true);
  }

  /** The popover does not cover the target: it sits beside it. */
  async expectBeside(target: Locator) {
    const popover = (await this.dialog.boundingBox())!;
    const box = (await target.boundingBox())!;
    const overlaps =
      popover.x < box.x + box.width && box.x < popover.x + popover.width && popover.y < box.y + box.height && box.y < popover.y + popover.height;
    expect(overlaps).toBe(false);
  }

  async reopenFromHelp() {
    await this.help.click();
    await expect(this.takeTour).toBeFocused();
    await this.takeTour.click();
  }
}
