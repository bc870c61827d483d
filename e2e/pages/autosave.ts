/**
 * Holding the editor's autosave in a test: the debounced save (300 ms after
 * the last edit, src/state/editor/session.ts) never fires by itself, so a
 * test decides when a page saves (hiding the page flushes it) instead of
 * racing the debounce on a machine whose speed it doesn't know.
 */
import type { Page } from '@playwright/test';

/** src/state/editor/session.ts's debounce (e2e does not import app modules). */
export const AUTOSAVE_DELAY_MS = 300;

/** From now on the page's autosave timer never fires; its pagehide flush still does. */
export async function holdAutosave(page: Page): Promise<void> {
  await page.evaluate((delay) => {
    const real = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => (ms === delay ? 0 : real(handler, ms, ...rest))) as typeof window.setTimeout;
  }, AUTOSAVE_DELAY_MS);
}

/** Saves the page's pending edit now, as hiding the page does. */
export async function flushSave(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
}
