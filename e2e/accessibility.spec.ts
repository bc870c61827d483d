/**
 * Accessibility measured: axe-core scans every page of the app (and the tour
 * and the dialogs) in light and dark, English and Polish, and fails on any
 * serious or critical WCAG 2.x A/AA violation (e2e/a11y/axe.ts). One test per
 * page: it sets the page up once and scans it in the four modes, so a failure
 * names the page and every mode at fault at once (soft assertions).
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y/axe';
import { AppShell } from './pages/AppShell';
import { EditorPage } from './pages/EditorPage';
import { failedVipRun } from './pages/RunCanvasPage';
import { RunPage, RunsPage } from './pages/RunsPage';
import { SandboxPage } from './pages/SandboxPage';
import { StickyNotes } from './pages/StickyNotes';
import { Tour } from './pages/Tour';

type Language = 'en' | 'pl';
const LANGUAGES: readonly Language[] = ['en', 'pl'];
const SCHEMES = ['light', 'dark'] as const;

/** Switches the UI language from the header's select (its name is in the current language). */
async function setLanguage(page: Page, language: Language) {
  await page.getByRole('banner').getByRole('combobox', { name: /^(Language|Język)$/ }).selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

interface Screen {
  /** Brings up what is scanned (a dialog, a panel), in the current language; nothing for the page itself. */
  show?: () => Promise<void>;
  /** Puts it away again, so the language can be switched from the header. */
  hide?: () => Promise<void>;
  /** Scan only this part (a CSS selector): a dialog over a page scanned on its own. */
  include?: string;
}

/**
 * Scans the page in English and Polish, light and dark (the theme follows the system's
 * colour scheme, which is emulated; transitions are off so colours are final). Ends in English.
 */
async function scanInEachMode(page: Page, label: string, screen: Screen = {}) {
  for (const language of LANGUAGES) {
    await setLanguage(page, language);
    await screen.show?.();
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await expectNoSeriousA11yViolations(page, `${label} (${language}, ${colorScheme})`, { include: screen.include });
    }
    await screen.hide?.();
  }
  await setLanguage(page, 'en');
}

/** A modal dialog: shown by `open`, scanned alone (the page behind is inert), closed with Escape. */
function modal(page: Page, open: () => Promise<void>): Screen {
  const dialog = page.getByRole('dialog');
  return {
    show: async () => {
      await open();
      await expect(dialog).toBeVisible();
    },
    hide: async () => {
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    },
    include: '[role="dialog"], dialog[open]',
  };
}

/** Makes a workflow from the "Big paid orders" template (trigger, condition, two actions) and opens it in the editor. */
async function vipWorkflow(page: Page): Promise<EditorPage> {
  const editor = new EditorPage(page);
  await editor.createFromTemplate('Big paid orders: tag VIP and tell the team', 'Add order tags');
  return editor;
}

test('Workflows page: the list, the template gallery and the paste-import dialog', async ({ page }) => {
  await vipWorkflow(page);
  await new AppShell(page).open('/workflows');
  await expect(page.getByRole('table', { name: 'Your workflows' }).getByRole('row')).toHaveCount(2); // header + the workflow
  await page.getByText('Start from a template').click();
  await expect(page.getByRole('list', { name: 'Templates' })).toBeVisible();
  await scanInEachMode(page, 'Workflows');

  await scanInEachMode(
    page,
    'Import pasted JSON dialog',
    modal(page, () => page.getByRole('button', { name: /^(Paste JSON…|Wklej JSON…)$/ }).click()),
  );
});

test('Editor: a workflow open with both palette groups and the inspector, a test run, search, shortcuts and the port picker', async ({ page }) => {
  test.slow(); // many scans of the biggest page
  const editor = await vipWorkflow(page);
  await editor.node('Condition').click();
  await expect(editor.inspector.getByRole('heading', { name: 'Condition' }).first()).toBeVisible();
  const notInstalled = (palette: 'Triggers' | 'Actions') => (palette === 'Triggers' ? editor.triggers : editor.actions).locator('details.palette-details');
  for (const palette of ['Triggers', 'Actions'] as const) {
    await notInstalled(palette).locator('summary').click();
    await expect(notInstalled(palette)).toHaveAttribute('open', '');
  }
  await scanInEachMode(page, 'Editor');

  const toolbar = page.getByRole('toolbar', { name: /^(Editor|Edytor)$/ });
  await toolbar.getByRole('combobox', { name: 'Test in store' }).selectOption({ label: 'Store 1' });
  await toolbar.getByRole('button', { name: 'Test with sample data' }).click();
  await expect(editor.node('Order paid')).toContainText('✓ Succeeded');
  await scanInEachMode(page, 'Editor with a test run shown');

  const search = page.locator('.canvas-search');
  await scanInEachMode(page, 'Canvas search', {
    show: async () => {
      await toolbar.getByRole('button', { name: /^(Find|Znajdź)$/ }).click();
      const input = search.getByRole('combobox');
      await expect(input).toBeFocused();
      await input.fill('order');
      await expect(search.getByRole('option').first()).toBeVisible();
    },
    hide: async () => {
      await search.getByRole('combobox').press('Escape');
      await expect(search).toHaveCount(0);
    },
    include: '.canvas-search',
  });

  const condition = page.locator('.react-flow__node').filter({ has: page.locator('.step-node--condition') });
  // "?" lists the shortcuts, L opens the port picker: both from the focused condition.
  for (const [label, key] of [['Keyboard shortcuts overlay', 'Shift+?'], ['Port picker', 'l']] as const) {
    await scanInEachMode(
      page,
      label,
      modal(page, async () => {
        await condition.focus();
        await page.keyboard.press(key);
      }),
    );
  }
});

test('A failed run on the canvas, at its failed step and at its condition; a sticky note in the editor', async ({ page }) => {
  test.slow(); // a template, a fault and a firing before the scans
  const run = await failedVipRun(page);
  await expect(run.position).toHaveText('Step 4 of 4');
  await scanInEachMode(page, 'Run on the canvas, failed step');
  await page.keyboard.press(',');
  await page.keyboard.press(',');
  await expect(run.announcer).toHaveText(/^Step 2 of 4: /);
  await expect(run.criteria().getByRole('row')).not.toHaveCount(0);
  await scanInEachMode(page, 'Run on the canvas, a condition’s criteria');

  const editor = await vipWorkflow(page);
  const notes = new StickyNotes(page, editor);
  await notes.addButton.click();
  await expect(notes.canvasField).toBeFocused();
  await page.keyboard.type('**Demo** notes: [Flow help](https://help.shopify.com)');
  await page.keyboard.press('Escape');
  await expect(notes.notes.first().locator('strong')).toHaveText('Demo');
  await notes.notes.first().click();
  await expect(notes.color('Yellow')).toBeVisible();
  await scanInEachMode(page, 'Editor with a sticky note selected');
});

test('Organization page and its dialogs: removing a store, an app’s setup', async ({ page }) => {
  await new AppShell(page).open('/organization');
  await expect(page.getByRole('heading', { name: 'Stores', exact: true })).toBeVisible();
  await scanInEachMode(page, 'Organization');

  await scanInEachMode(
    page,
    'Remove store confirmation',
    modal(page, () => page.getByRole('button', { name: /^(Remove Store 4|Usuń sklep Store 4)$/ }).click()),
  );
  await scanInEachMode(
    page,
    'App setup dialog',
    modal(page, () => page.getByRole('button', { name: /^(Set up Slack in Store 1|Skonfiguruj Slack w sklepie Store 1)$/ }).click()),
  );
});

test('Runs with a run history, a run’s page, and the Sandbox with records', async ({ page }) => {
  test.slow(); // a workflow turned on and fired in four stores before the scans
  await (await vipWorkflow(page)).turnOn();

  const runs = new RunsPage(page);
  await runs.open();
  await runs.simulator.expand();
  await runs.simulator.choose('Shopify', 'Order paid');
  await runs.simulator.fireIn('all');
  await expect(runs.rows('Big paid orders')).not.toHaveCount(0);
  await scanInEachMode(page, 'Runs');

  await runs.rows('Big paid orders', 'Store 1').getByRole('link').first().click();
  const run = new RunPage(page);
  await expect(run.steps).toBeVisible();
  await scanInEachMode(page, 'A run');

  const sandbox = new SandboxPage(page);
  await sandbox.open('Store 1');
  await expect(page.getByRole('table').first()).toBeVisible();
  await scanInEachMode(page, 'Sandbox');
});

test.describe('on a first visit', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('the guided tour: its welcome and the Installed / Not installed step', async ({ page }) => {
    const tour = new Tour(page);
    await new AppShell(page).open();
    await expect(tour.dialog).toBeVisible();
    await scanInEachMode(page, 'Tour, first step');

    await tour.next.click();
    await expect(page).toHaveURL(/#\/editor\/wf-/);
    await tour.next.click();
    await tour.expectStep(3, 'Installed and Not installed');
    await scanInEachMode(page, 'Tour, Installed and Not installed');
  });
});
