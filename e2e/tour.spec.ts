/**
 * The guided tour of a first visit: it starts by itself, walks from the
 * editor's palettes to a run on the Runs page pointing at each, leaves the
 * app usable meanwhile, stays gone once skipped, and comes back from
 * Help → Take the tour. Unlike every other spec, these start from a browser
 * that has never seen the tour.
 */
import { expect, test } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { EditorPage } from './pages/EditorPage';
import { scriptsWith } from './scripts';
import { RunsPage } from './pages/RunsPage';
import { StoredData } from './pages/StoredData';
import { Tour } from './pages/Tour';

test.describe('on a first visit', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('the tour starts by itself and each step points at the part of the app it explains', async ({ page }) => {
    test.slow(); // six steps over three pages, a workflow turned on and a trigger fired
    const tour = new Tour(page);
    const editor = new EditorPage(page);
    await new AppShell(page).open();

    await tour.expectStep(1, 'Welcome to Flowbench');
    await tour.expectHighlights(page.getByRole('navigation', { name: 'Main' }));
    await expect(tour.back).toHaveCount(0);

    // The palettes: the tour opens the editor with a sample workflow (made from a template on a first visit).
    await tour.next.click();
    await expect(page).toHaveURL(/#\/editor\/wf-/);
    await tour.expectStep(2, 'Palettes: where steps come from');
    await tour.expectHighlights(editor.triggers);
    await tour.expectHighlights(editor.actions);
    await expect(editor.node('New review')).toBeVisible();

    await tour.next.click();
    await tour.expectStep(3, 'Installed and Not installed');
    const notInstalled = editor.triggers.getByRole('heading', { name: 'Not installed', exact: true });
    await tour.expectHighlights(notInstalled);
    await tour.expectBeside(notInstalled);

    await tour.next.click();
    await tour.expectStep(4, 'Conditions never use connectors');
    await tour.expectHighlights(editor.actions.getByRole('group', { name: 'Logic', exact: true }));

    // Back and forth keeps the place.
    await tour.back.click();
    await tour.expectStep(3, 'Installed and Not installed');
    await tour.next.click();
    await tour.expectStep(4, 'Conditions never use connectors');

    // The app stays usable during the tour: turn the sample workflow on, right here.
    await editor.pane.click({ position: { x: 30, y: 30 } }); // empty canvas: the workflow's own settings
    const on = editor.inspector.getByRole('checkbox', { name: 'Workflow is on' });
    await on.check();
    await expect(on).toBeChecked();
    await editor.expectSaved();
    await expect(tour.dialog).toBeVisible();

    // Firing: the tour moves to the Runs page and points at the simulator's form.
    await tour.next.click();
    await expect(page).toHaveURL(/#\/runs$/);
    await tour.expectStep(5, 'Fire a trigger');
    const runs = new RunsPage(page);
    await tour.expectHighlights(runs.simulator.panel.getByRole('form', { name: 'Fire a trigger' }));
    await runs.simulator.choose('Loox – Photo Reviews', 'New review');
    await runs.simulator.fireIn('all');
    await expect(runs.simulator.runsStarted).toHaveCount(4);

    // Reading a run: the newest run of the history.
    await tour.next.click();
    await tour.expectStep(6, 'Read a run');
    await tour.expectHighlights(runs.history.getByRole('row').nth(1));
    await tour.done.click();
    await expect(tour.dialog).toHaveCount(0);
    await expect(tour.ring).toHaveCount(0);

    await page.reload();
    await expect(runs.history).toBeVisible();
    await expect(tour.dialog).toHaveCount(0);
  });

  test('Skip tour ends it, and it does not come back after a reload', async ({ page }) => {
    const tour = new Tour(page);
    await new AppShell(page).open();
    await tour.expectStep(1, 'Welcome to Flowbench');
    await tour.next.click();
    await tour.expectStep(2, 'Palettes: where steps come from');
    await expect(page).toHaveURL(/#\/editor\/wf-/);
    await tour.skip.click();
    await expect(tour.dialog).toHaveCount(0);
    await expect(tour.ring).toHaveCount(0);

    await page.reload();
    await expect(new EditorPage(page).triggers).toBeVisible();
    await page.goto('/#/workflows');
    await expect(page.getByRole('heading', { level: 1, name: 'Workflows' })).toBeVisible();
    await expect(tour.dialog).toHaveCount(0);
  });

  test('Escape skips the tour from the keyboard', async ({ page }) => {
    const tour = new Tour(page);
    await new AppShell(page).open();
    await tour.expectStep(1, 'Welcome to Flowbench');
    // Keyboard only: Tab reaches the buttons, Enter presses Next.
    await page.keyboard.press('Tab');
    await expect(tour.skip).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(tour.next).toBeFocused();
    await page.keyboard.press('Enter');
    await tour.expectStep(2, 'Palettes: where steps come from');
    // Step 2 opens the sample workflow once it is stored; skipping before that would leave the start page.
    await expect(page).toHaveURL(/#\/editor\/wf-/);
    await page.keyboard.press('Escape');
    await expect(tour.dialog).toHaveCount(0);
    await page.reload();
    await expect(new EditorPage(page).triggers).toBeVisible();
    await expect(tour.dialog).toHaveCount(0);
  });
});

test.describe('once seen', () => {
  test('it does not start by itself, and Help → Take the tour reopens it', async ({ page }) => {
    const tour = new Tour(page);
    const shell = new AppShell(page);
    await shell.open('/sandbox');
    await expect(page.getByRole('heading', { level: 1, name: 'Sandbox' })).toBeVisible();
    await expect(tour.dialog).toHaveCount(0);

    await tour.reopenFromHelp();
    await tour.expectStep(1, 'Welcome to Flowbench');
    await tour.next.click();
    await tour.expectStep(2, 'Palettes: where steps come from');
    await page.keyboard.press('Escape');
    await expect(tour.dialog).toHaveCount(0);
    // Focus goes back to where the tour was opened from.
    await expect(tour.help).toBeFocused();
  });

  test('leaving for another page while the tour still prepares its workflow keeps the user there', async ({ page }) => {
    const tour = new Tour(page);
    // The tour's workflow is made from a template, whose code loads first: hold that code back.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let asked!: () => void;
    const requested = new Promise<void>((resolve) => (asked = resolve));
    await page.route(scriptsWith(/src\/state\/templateData\.ts$/), async (route) => {
      asked();
      await released;
      await route.continue();
    });
    await new AppShell(page).open('/runs');
    await tour.reopenFromHelp();
    await tour.next.click(); // the editor's palettes: the tour starts making its workflow
    await tour.expectStep(2, 'Palettes: where steps come from');
    await requested;
    await new AppShell(page).goTo('Organization');
    const stored = new StoredData(page);
    expect(await stored.count('workflows')).toBe(0);
    release();
    // The workflow is made; the tour's wish to open it (its promise settles right after the write)
    // has had its turn of the event loop; the user is still where they went.
    await expect.poll(() => stored.count('workflows')).toBe(1);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
    await expect(page).toHaveURL(/#\/organization$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Organization', exact: true })).toBeVisible();
    // The tour stays on its step, centred while its target is not on this page.
    await expect(tour.dialog).toHaveAccessibleName('Palettes: where steps come from');
  });

  test('a step whose target is missing is shown centred instead of breaking', async ({ page }) => {
    const tour = new Tour(page);
    await new AppShell(page).open('/runs');
    await tour.reopenFromHelp();
    await tour.next.click(); // the editor
    await tour.expectStep(2, 'Palettes: where steps come from');
    await tour.next.click();
    await tour.expectStep(3, 'Installed and Not installed');
    // Leave the editor: the Not installed section is gone, the step stays, centred.
    await new AppShell(page).goTo('Organization');
    await expect(tour.ring).toHaveCount(0);
    const box = (await tour.dialog.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(Math.abs(box.x + box.width / 2 - viewport.width / 2)).toBeLessThan(4);
    expect(Math.abs(box.y + box.height / 2 - viewport.height / 2)).toBeLessThan(4);
    await tour.next.click();
    await tour.expectStep(4, 'Conditions never use connectors');
  });
});
