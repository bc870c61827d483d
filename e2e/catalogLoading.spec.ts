/**
 * The catalog in two parts (docs/architecture.md, "The connector catalog"):
 * the first page knows every app's name from the small index and never
 * fetches the manifests; the pages that read fields (the editor's palettes,
 * the Organization page, the simulator) load them with their code and still
 * show every app. The app list comes from the committed index, which a unit
 * test keeps equal to the manifests; which apps have actions, from the
 * manifests (the index has no actions).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, type Locator, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { OrganizationPage } from './pages/OrganizationPage';
import { RunsPage } from './pages/RunsPage';
import { WorkflowsPage } from './pages/WorkflowsPage';
import { chunksWith, scriptsOf } from './scripts';

interface IndexedApp {
  id: string;
  name: { en: string };
  builtIn?: boolean;
  triggers: unknown[];
}
const apps = JSON.parse(readFileSync('src/domain/catalog/catalogIndex.json', 'utf8')) as IndexedApp[];
const MANIFESTS = 'src/domain/catalog/apps';
const withActions = readdirSync(MANIFESTS)
  .map((file) => JSON.parse(readFileSync(`${MANIFESTS}/${file}`, 'utf8')) as { name: { en: string }; actions: unknown[] })
  .filter((m) => m.actions.length > 0)
  .map((m) => m.name.en);
const connectors = apps.filter((a) => !a.builtIn);
const TEMPLATE = 'Big paid orders: tag VIP and tell the team';

// The built files that hold the built-in manifests (src/domain/catalog/builtIn.ts: the page's chunk, and the engine's
// worker), told by the build's source maps (chunks are named by their hash).
const manifestsChunk = (scripts: string[]) => {
  const files = chunksWith(/src\/domain\/catalog\/builtIn\.ts$/);
  if (files.length === 0) throw new Error('No built script holds builtIn.ts; run npm run build');
  return scripts.filter((file) => files.includes(file));
};

/** Opens a palette's "Not installed" section, so every app's group is shown. */
async function openNotInstalled(palette: Locator) {
  await palette.getByText('Not installed', { exact: true }).click();
}

/** The palette shows a group for each of `names` (and no other app's). */
async function expectGroups(palette: Locator, names: string[]) {
  const shown = palette.locator('.palette-group');
  await expect(shown).toHaveCount(names.length);
  expect((await shown.evaluateAll((groups) => groups.map((g) => g.getAttribute('aria-label')))).sort()).toEqual([...names].sort());
}

test('the Workflows page names the apps without loading their manifests; the editor loads them and its palettes show every app', async ({ page }) => {
  test.slow();
  const scripts = scriptsOf(page);
  const list = new WorkflowsPage(page);
  await list.open();
  expect(manifestsChunk(scripts)).toEqual([]);

  // A template is parsed against the manifests: they load with it.
  const editor = new EditorPage(page);
  await editor.createFromTemplate(TEMPLATE, 'Add order tags');
  expect(manifestsChunk(scripts)).toHaveLength(1);
  const editorUrl = page.url();

  // A fresh start on the list: the row names its trigger's app and event (from the index), no manifests fetched.
  await list.open();
  scripts.length = 0;
  await page.reload();
  await list.expectLoaded();
  await expect(list.row(TEMPLATE).getByRole('cell', { name: /^Shopify · \S/ })).toBeVisible();
  expect(scripts.length).toBeGreaterThan(0);
  expect(manifestsChunk(scripts)).toEqual([]);

  await page.goto(editorUrl);
  await expect(editor.node('Add order tags')).toBeVisible();
  expect(manifestsChunk(scripts)).toHaveLength(1);
  await openNotInstalled(editor.triggers);
  await openNotInstalled(editor.actions);
  await expectGroups(editor.triggers, apps.filter((a) => a.triggers.length > 0).map((a) => a.name.en));
  await expectGroups(editor.actions, withActions);
});

test('the Organization page and the simulator, opened first, list every app', async ({ page }) => {
  test.slow();
  const org = new OrganizationPage(page);
  await org.open();
  const rows = org.matrix.getByRole('rowheader');
  await expect(rows).toHaveCount(connectors.length + 1); // and Flow's own row
  const names = await rows.allInnerTexts();
  for (const app of connectors) expect(names.some((n) => n.includes(app.name.en)), app.name.en).toBe(true);

  const runs = new RunsPage(page);
  await runs.open();
  const triggerApps = apps.filter((a) => a.triggers.length > 0);
  await expect(runs.simulator.app.locator('option')).toHaveCount(triggerApps.length);
  const values = await runs.simulator.app.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(values.sort()).toEqual(triggerApps.map((a) => a.id).sort());
});
