/**
 * App identity end to end: every app's mark (a monogram on its colour, or a
 * custom app's own SVG icon) stands before its name on the palette, the
 * canvas nodes, the Organization page's table and the runs (the table and a
 * run's page), hidden from screen readers since the name is beside it.
 * Screenshots in the light and the dark theme.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { CustomAppsSection } from './pages/CustomAppsSection';
import { EditorPage } from './pages/EditorPage';
import { OrganizationPage } from './pages/OrganizationPage';
import { RunPage, RunsPage } from './pages/RunsPage';

const ACME = 'Acme Loyalty';
const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="5" fill="#6d28d9"/><path d="M6 17 12 6l6 11z" fill="#fde68a"/></svg>';

/** The mark of an app inside a place: a monogram or an icon, never read aloud. */
function markIn(place: Locator, appId: string): Locator {
  return place.locator(`[data-testid="app-mark"][data-app="${appId}"]`);
}

async function expectMonogram(place: Locator, appId: string, monogram: string) {
  const mark = markIn(place, appId).first();
  await expect(mark).toBeVisible();
  await expect(mark).toHaveText(monogram);
  await expect(mark).toHaveAttribute('aria-hidden', 'true');
}

/**
 * A monogram drawn by its line (a canvas node's app line: common/AppMark.tsx, markedLine): the line
 * carries the mark's test id, the monogram is its `::before`, whose empty alternative text keeps it
 * from screen readers.
 */
async function expectDrawnMonogram(place: Locator, appId: string, monogram: string) {
  const line = markIn(place, appId).first();
  await expect(line).toBeVisible();
  await expect(line).toHaveAttribute('data-mark', monogram);
  const before = await line.evaluate((el) => {
    const style = getComputedStyle(el, '::before');
    return { content: style.content, width: style.width, background: style.backgroundColor };
  });
  expect(before.content).toBe(`"${monogram}" / ""`);
  expect(before.width).not.toBe('auto');
  expect(before.background).not.toBe('rgba(0, 0, 0, 0)');
}

async function expectIcon(place: Locator) {
  const icon = markIn(place, 'acme-loyalty').first();
  await expect(icon).toBeVisible();
  await expect(icon).toHaveAttribute('alt', '');
  await expect(icon).toHaveAttribute('src', /^data:image\/svg\+xml;charset=utf-8,/);
  // Decoded and drawn: an image that failed to load has no natural width.
  await expect.poll(() => icon.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

async function shoot(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: test.info().outputPath(`${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('app marks show on the palette, the canvas, the Organization table and the runs; a custom app shows its own icon', async ({ page }) => {
  test.slow();
  const org = new OrganizationPage(page);
  await org.open();
  const custom = new CustomAppsSection(page);
  const manifest = JSON.parse(readFileSync('test/fixtures/custom-apps/acme-loyalty.json', 'utf8')) as object;
  await custom.importText(JSON.stringify({ ...manifest, icon: ICON }));
  await custom.expectImported(ACME);
  await org.installToggle(ACME, 'Store 1').click();
  await expect(org.installToggle(ACME, 'Store 1')).toBeChecked();

  // The Organization table: the mark before each app's name; the row header's name is still the app's alone.
  await expectMonogram(org.appRow('Slack'), 'slack', 'Sl');
  await expectMonogram(org.appRow('Edit Order by Cleverific'), 'cleverific', 'EO');
  await expectIcon(org.appRow(ACME));
  await expect(org.matrix.getByRole('rowheader', { name: 'Slack', exact: true })).toBeVisible();
  await org.search('s');
  await shoot(page, 'organization');

  const editor = new EditorPage(page);
  await editor.createWorkflow();
  const shopifyGroup = editor.triggers.getByRole('group', { name: 'Shopify', exact: true });
  await expectMonogram(shopifyGroup, 'shopify', 'Sh');
  await expectIcon(editor.actions.getByRole('group', { name: ACME, exact: true }));
  await editor.item('Triggers', ACME, 'Member joined').click();
  await editor.item('Actions', 'Slack', 'Send Slack message').click();
  await editor.inspector.getByRole('textbox', { name: 'Channel or user', exact: true }).fill('#members');
  await editor.inspector.getByRole('textbox', { name: 'Message', exact: true }).fill('Welcome {{ trigger.member_email }}');
  await expectIcon(editor.node('Member joined'));
  await expectDrawnMonogram(editor.node('Send Slack message'), 'slack', 'Sl');
  await editor.pane.click({ position: { x: 5, y: 5 } });
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill('Member welcome');
  await editor.inspector.getByRole('checkbox', { name: 'Workflow is on' }).check();
  await editor.expectSaved();
  await shoot(page, 'editor');

  const runs = new RunsPage(page);
  await runs.open();
  await runs.simulator.choose(ACME, 'Member joined');
  await runs.simulator.fireIn(['Store 1']);
  await expect(runs.simulator.firedLine).toHaveText(/^Fired in 1 store: 1 succeeded/);
  const row = runs.rows('Member welcome');
  await expect(row).toHaveCount(1);
  await expectIcon(row);
  await row.scrollIntoViewIfNeeded();
  await shoot(page, 'runs');

  await row.getByRole('link', { name: /^Details of the run of Member welcome/ }).click();
  const run = new RunPage(page);
  await expect(run.heading).toBeVisible();
  await expectIcon(page.getByRole('region', { name: 'Event' }));
  const slackStep = run.step('Slack · Send Slack message');
  await expectMonogram(slackStep, 'slack', 'Sl');
  // The step's heading is named by its text alone: the mark is not read.
  await expect(slackStep.getByRole('heading', { name: 'Slack · Send Slack message', exact: true })).toBeVisible();
  await shoot(page, 'run');
});
