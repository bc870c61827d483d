/**
 * What the Workflows page loads (docs/benchmarks.md, startup-bundle): its
 * list shows with the first page's own scripts only (the entry and what it
 * imports statically: with every other script refused, the list is there),
 * and the code of the page's commands comes with the action that needs it:
 * import and export, the paste dialog, the Flow export's warnings with the
 * step kinds' messages, the organization's commands. Code a usual start
 * never runs is not fetched either: the database's older upgrades, the
 * catalog's Polish names (with Polish), the storage banner, the messages of
 * dialogs, an import's progress and outcome. The chunks are told by their source maps.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { TransferPanel } from './pages/TransferPanel';
import { WorkflowsPage } from './pages/WorkflowsPage';
import { chunksWith, scriptsOf } from './scripts';

const ONE_WORKFLOW = readFileSync('test/fixtures/exports/one-workflow.json', 'utf8');
const NAME = 'Thank happy reviewers';

/** The first page's scripts: index.html's entry and the chunks it imports statically (its modulepreload links). */
function firstPageChunks(): string[] {
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]!.replace(/^.*\//, ''));
  expect(files.length).toBeGreaterThan(0);
  return files;
}

const MOVED = {
  transfer: /src\/state\/transfer\.ts$/,
  pasteDialog: /src\/ui\/transfer\/PasteDialog\.tsx$/,
  flowExportMessages: /src\/ui\/i18n\/en\/canvas\.ts$/,
  orgCommands: /src\/storage\/orgRepo\.ts$/,
  upgradeV7: /src\/storage\/upgrades\/v7\.ts$/,
  upgradeV2: /src\/storage\/upgrades\/v2\.ts$/,
  polishNames: /src\/domain\/catalog\/catalogIndexPolish\.ts$/,
  storageBanner: /src\/ui\/StorageBannerView\.tsx$/,
  importStatus: /src\/ui\/transfer\/ImportStatus\.tsx$/,
  repairMessages: /src\/ui\/i18n\/en\/repair\.ts$/,
  problemListMessages: /src\/ui\/i18n\/en\/pathProblems\.ts$/,
};

test('the workflow list shows with the first page\'s scripts only; import, export and paste load their code when used', async ({ page }) => {
  const chunks = Object.fromEntries(Object.entries(MOVED).map(([name, source]) => [name, chunksWith(source)])) as Record<keyof typeof MOVED, string[]>;
  for (const files of Object.values(chunks)) expect(files.length).toBeGreaterThan(0);
  const fetched = (files: string[], scripts: string[]) => scripts.filter((s) => files.includes(s));
  const firstPage = firstPageChunks();

  const list = new WorkflowsPage(page);
  const transfer = new TransferPanel(page);
  await list.open();
  await transfer.paste(ONE_WORKFLOW);
  await expect(transfer.status).toContainText('Imported 1 workflow (turned off).');

  // A fresh start on the list with every script but the first page's refused: the list still shows.
  // (The start's store-data check, state/org.ts, is not awaited by the list; it fails here and is logged.)
  const firstPageOnly = (url: URL) => url.pathname.endsWith('.js') && !firstPage.includes(url.pathname.replace(/^.*\//, ''));
  await page.route(firstPageOnly, (route) => route.abort());
  await page.reload();
  await list.expectLoaded();
  await expect(list.openLink(NAME)).toBeVisible();
  await expect(list.count).toHaveText('1 workflow');
  await page.unroute(firstPageOnly);

  // A fresh start as usual: the commands' code is not fetched until they are used, and nothing
  // above the list appears late and pushes it down (layout shifts are recorded from the start).
  await page.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { shifts: string[] }).shifts = shifts;
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries() as unknown as { sources?: { node?: Node | null }[] }[]) {
        for (const source of entry.sources ?? []) shifts.push((source.node as Element | null | undefined)?.className ?? '');
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const scripts = scriptsOf(page);
  await page.reload();
  await list.expectLoaded();
  await expect(list.openLink(NAME)).toBeVisible();
  await expect(list.count).toHaveText('1 workflow');
  for (const [name, files] of Object.entries(chunks)) expect(fetched(files, scripts), name).toEqual([]);
  const moved = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
  expect(moved.filter((className) => /workflows__scroll|templates/.test(className))).toEqual([]);
  await page.screenshot({ path: 'test-results/first-page-list.png' });

  await transfer.pasteButton.click();
  await expect(transfer.pasteDialog).toBeVisible();
  expect(fetched(chunks.pasteDialog, scripts)).toHaveLength(1);
  await transfer.pasteDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(transfer.pasteDialog).toBeHidden();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  expect(fetched(chunks.transfer, scripts)).toHaveLength(1);
});

test('in Polish, the list shows the apps\' Polish names from its first frame, on a first load and after a switch', async ({ page }) => {
  const polishNames = chunksWith(MOVED.polishNames);
  expect(polishNames.length).toBeGreaterThan(0);
  const list = new WorkflowsPage(page);
  const transfer = new TransferPanel(page);
  await list.open();
  await transfer.paste(ONE_WORKFLOW);
  await expect(transfer.status).toContainText('Imported 1 workflow (turned off).');
  await expect(list.row(NAME)).toContainText('Loox – Photo Reviews · New review');

  // Switching: the Polish names come with the Polish messages, before Polish shows.
  const scripts = scriptsOf(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('pl');
  await expect(page.getByRole('heading', { level: 1, name: 'Przepływy', exact: true })).toBeVisible();
  const polishRow = page.getByRole('table', { name: 'Twoje przepływy' }).getByRole('row').filter({ hasText: NAME });
  await expect(polishRow).toContainText('Loox – recenzje zdjęć · Nowa recenzja');
  expect(scripts.filter((s) => polishNames.includes(s))).toHaveLength(1);

  // A first load in Polish: the first frame that has the row has it in Polish (recorded as rows appear).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { rowTexts: string[] }).rowTexts = seen;
    new MutationObserver(() => {
      document.querySelectorAll('table tr').forEach((row) => {
        if (row.textContent?.includes('Loox')) seen.push(row.textContent);
      });
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.reload();
  await expect(polishRow).toContainText('Loox – recenzje zdjęć · Nowa recenzja');
  const rowTexts = await page.evaluate(() => (window as unknown as { rowTexts: string[] }).rowTexts);
  expect(rowTexts.length).toBeGreaterThan(0);
  expect(rowTexts.filter((text) => text.includes('Photo Reviews') || text.includes('New review'))).toEqual([]);
});
