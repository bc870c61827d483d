/**
 * Crash safety, in a persistent browser profile: an edit made a moment
 * before the page goes away, inside the 300 ms autosave debounce, is there
 * when the workflow is opened again. Two ways of going away: closing the
 * page without running beforeunload handlers, and a crashed renderer (CDP
 * Page.crash), where no handler runs at all. Then the whole browser is
 * restarted on the same profile and the edits are still there.
 *
 * What saves them: every document change writes a synchronous localStorage
 * backup (src/state/editor/session.ts) before the debounced IndexedDB save,
 * and opening the workflow carries on from that backup.
 */
import { chromium, expect, test, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { chromiumExecutable } from './findChromium';
import { TOUR_STORAGE_KEY } from './tourSeen';
import { holdAutosave } from './pages/autosave';
import { EditorPage } from './pages/EditorPage';

/** A browser on a profile directory that outlives it (the fixture's context is not persistent). */
async function launch(testInfo: TestInfo, profile: string): Promise<BrowserContext> {
  const { baseURL, launchOptions } = testInfo.project.use;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    args: launchOptions?.args,
    baseURL,
  });
  // The config's storageState (tour seen) is not applied to a persistent context: mark it here.
  await context.addInitScript((key) => localStorage.setItem(key, 'skipped'), TOUR_STORAGE_KEY);
  return context;
}

async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.dismiss());
  return page;
}

/** Renames the open workflow in the inspector, and returns at once: the autosave has not run yet. */
async function renameNow(editor: EditorPage, name: string) {
  await editor.pane.click({ position: { x: 5, y: 5 } });
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill(name);
}

async function expectName(page: Page, id: string, name: string) {
  await page.goto(`/#/editor/${id}`);
  await expect(page.getByRole('toolbar', { name: 'Editor' })).toContainText(name);
  await expect(new EditorPage(page).inspector.getByRole('textbox', { name: 'Workflow name' })).toHaveValue(name);
}

test('edits survive a page closed without unload handlers and a crashed renderer, and a browser restart', async () => {
  const testInfo = test.info();
  const profile = testInfo.outputPath('profile');
  let context = await launch(testInfo, profile);
  try {
    // 1. Closed without beforeunload, right after the edit.
    let page = await newPage(context);
    const editor = new EditorPage(page);
    const id = await editor.createWorkflow();
    await editor.expectSaved();
    await renameNow(editor, 'Kept after a closed tab');
    await page.close({ runBeforeUnload: false });

    page = await newPage(context);
    await expectName(page, id, 'Kept after a closed tab');

    // 2. The renderer crashes right after the edit: no pagehide, no visibilitychange, no timers.
    // The autosave timer is held first, so the crash surely lands inside the debounce (on a fast
    // machine it would anyway; on a slow one the save might otherwise win the race).
    const again = new EditorPage(page);
    await again.expectSaved();
    await holdAutosave(page);
    await renameNow(again, 'Kept after a crash');
    await expect(page.getByRole('status', { name: 'Save status' })).not.toHaveText('Saved');
    const backup = await page.evaluate((key) => localStorage.getItem(key), `flowbench:unsaved:${id}`);
    expect(backup).toContain('Kept after a crash');
    const cdp = await context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    void cdp.send('Page.crash').catch(() => undefined); // never answers: the renderer is gone
    await crashed;
    await page.close().catch(() => undefined);

    page = await newPage(context);
    await expectName(page, id, 'Kept after a crash');
    // Opening it again picked up the backup and saved it: it is in IndexedDB now, not only in localStorage.
    await new EditorPage(page).expectSaved();
    await page.close();

    // 3. The whole browser restarts on the same profile.
    await context.close();
    context = await launch(testInfo, profile);
    page = await newPage(context);
    await expectName(page, id, 'Kept after a crash');
    expect(await page.evaluate((key) => localStorage.getItem(key), `flowbench:unsaved:${id}`)).toBeNull();
  } finally {
    await context.close();
  }
});
