/**
 * Hostile and unlucky data that must never break a page:
 * - ids and keys named like Object.prototype's members (`toString`,
 *   `constructor`, `valueOf`, `__proto__`...) in a custom app, its setup
 *   values, a workflow, its stores and trigger payloads: every page renders
 *   and the app works with them (test/reliability/prototypeKeys.test.ts
 *   covers every key in every place below the UI);
 * - step positions off the canvas: refused on import with the place, and a
 *   stored workflow from before the bound opens and shows its steps;
 * - stored records that cannot be read are listed with why and removable;
 *   a page that still crashes on stored data offers to remove it.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { CustomAppsSection } from './pages/CustomAppsSection';
import { EditorPage } from './pages/EditorPage';
import { OrganizationPage } from './pages/OrganizationPage';
import { RunPage, RunsPage } from './pages/RunsPage';
import { SandboxPage } from './pages/SandboxPage';
import { StoredData } from './pages/StoredData';
import { TransferPanel } from './pages/TransferPanel';
import { WorkflowsPage } from './pages/WorkflowsPage';

const PROTO_APP = 'test/fixtures/custom-apps/prototype-keys.json';
const PROTO_IMPORT = 'test/fixtures/hostile/prototype-keys-import.json';
const ONE_WORKFLOW = 'test/fixtures/exports/one-workflow.json';
const CRASHED = 'Something went wrong on this page';

/** Each page of the app opens and shows its heading, never the error view. */
async function expectEveryPageRenders(page: Page) {
  const shell = new AppShell(page);
  for (const name of ['Workflows', 'Organization', 'Runs', 'Sandbox', 'Editor'] as const) {
    await shell.goTo(name);
    await expect(page.getByRole('heading', { name: CRASHED })).toHaveCount(0);
  }
}

/** One workflow's export with its step positions replaced, in step order. */
function withPositions(positions: { x: number; y: number }[]) {
  const doc = JSON.parse(readFileSync(ONE_WORKFLOW, 'utf8'));
  doc.workflows[0].steps.forEach((s: { position: unknown }, i: number) => (s.position = positions[i]));
  return doc;
}

test('a custom app whose ids and keys name Object.prototype members is set up, used and run, and every page renders', async ({ page }) => {
  test.slow();
  const org = new OrganizationPage(page);
  await org.open();
  const custom = new CustomAppsSection(page);
  await custom.importFile(PROTO_APP);
  await custom.expectImported('Prototype Keys');
  await org.installToggle('Prototype Keys', 'Store 1').click();
  await expect(org.installToggle('Prototype Keys', 'Store 1')).toBeChecked();

  // Setup fields named toString, constructor, valueOf, hasOwnProperty...: empty until typed, saved, kept after a reload.
  // (Labels are matched as parts: the required one reads "To string *".)
  const setup = 'Set up Prototype Keys in Store 1';
  await org.matrix.getByRole('button', { name: setup, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: setup });
  for (const label of ['To string', 'Constructor', 'Value of', 'Has own property', 'To locale string']) {
    await expect(dialog.getByLabel(label)).toHaveValue('');
  }
  await dialog.getByLabel('To string').fill('plain text');
  await dialog.getByLabel('Value of').fill('value@example.com');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(org.matrix).toBeVisible();
  await org.matrix.getByRole('button', { name: 'Settings of Prototype Keys in Store 1', exact: true }).click();
  await expect(dialog.getByLabel('To string')).toHaveValue('plain text');
  await expect(dialog.getByLabel('Constructor')).toHaveValue('');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // A workflow of its trigger and action, whose field is named constructor.
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Prototype Keys', 'Prototype event').click();
  await editor.item('Actions', 'Prototype Keys', 'Prototype action').click();
  const input = editor.inspector.getByRole('textbox', { name: 'Constructor input', exact: true });
  await expect(input).toHaveValue('');
  await input.fill('{{ trigger.constructor }}');
  await editor.pane.click({ position: { x: 5, y: 5 } });
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill('Prototype run');
  await editor.inspector.getByRole('checkbox', { name: 'Workflow is on' }).check();
  await editor.expectSaved();

  // Fired with the generated sample payload, whose field "constructor" is its own value.
  const runs = new RunsPage(page);
  await runs.open();
  const sim = runs.simulator;
  await sim.choose('Prototype Keys', 'Prototype event');
  await expect(sim.payload).toHaveValue(/"constructor": "Sample constructor"/);
  await sim.fireIn(['Store 1']);
  await expect(sim.firedLine).toHaveText('Fired in 1 store: 1 succeeded, 0 skipped, 0 failed');

  const sandbox = new SandboxPage(page);
  await sandbox.open('Store 1');
  await expect(sandbox.app('Prototype Keys').getByRole('cell', { name: 'Sample constructor', exact: true })).toBeVisible();

  await runs.open();
  await runs.rows('Prototype run').getByRole('link', { name: /^Details of the run/ }).first().click();
  const run = new RunPage(page);
  await expect(run.heading).toHaveText('Run of Prototype run in Store 1');
  await expect(run.step('Prototype Keys · Prototype action')).toContainText('Sample constructor');

  await expectEveryPageRenders(page);
});

test('an export carrying prototype names as workflow, step and store ids and as keys imports, opens and runs', async ({ page }) => {
  const list = new WorkflowsPage(page);
  await list.open();
  const transfer = new TransferPanel(page);
  await transfer.importFile(PROTO_IMPORT);
  await expect(transfer.status).toContainText('Imported 1 workflow');
  await list.onSwitch('Prototype keys everywhere').click();
  await expect(list.onSwitch('Prototype keys everywhere')).toBeChecked();

  await list.openLink('Prototype keys everywhere').press('Enter');
  const editor = new EditorPage(page);
  await expect(editor.canvas.locator('.react-flow__node')).toHaveCount(4);
  await editor.node('Prototype action').click();
  await expect(editor.inspector.getByRole('textbox', { name: 'Constructor input', exact: true })).toHaveValue('{{ trigger.constructor }}');

  const org = new OrganizationPage(page);
  await org.open();
  for (const store of ['Store toString', 'Store __proto__']) {
    await expect(org.matrix.getByRole('columnheader', { name: store, exact: true })).toBeVisible();
  }

  // A payload typed with prototype names that are not fields is refused with the reason; the page stays.
  const runs = new RunsPage(page);
  await runs.open();
  const sim = runs.simulator;
  await sim.choose('Prototype Keys', 'Prototype event');
  await sim.payload.fill('{"constructor": "typed", "toString": "x", "__proto__": {"polluted": "yes"}}');
  await expect(sim.problems).toHaveText(['“toString”, “__proto__” are not fields of Prototype Keys · Prototype event (its fields: constructor, customer_id).']);
  await sim.payload.fill('{"constructor": "typed"}');
  await expect(sim.problems).toHaveCount(0);
  await sim.fireIn(['Store __proto__']);
  await expect(sim.firedLine).toHaveText('Fired in 1 store: 0 succeeded, 1 skipped, 0 failed');
  await sim.storeBox('Store __proto__').uncheck();
  await sim.fireIn(['Store toString']);
  await expect(sim.firedLine).toHaveText('Fired in 1 store: 1 succeeded, 0 skipped, 0 failed');
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();

  await expectEveryPageRenders(page);
});

test('an import with a step position off the canvas is refused at that place', async ({ page }) => {
  const list = new WorkflowsPage(page);
  await list.open();
  const transfer = new TransferPanel(page);
  await transfer.paste(JSON.stringify(withPositions([{ x: 1.7e308, y: -1.7e308 }, { x: 0, y: 120 }, { x: -150, y: 240 }, { x: 150, y: 240 }, { x: 150, y: 360 }])));
  const failure = transfer.pasteDialog.getByRole('alert', { name: 'Nothing was imported' });
  await expect(failure.getByRole('listitem')).toHaveText([
    '$.workflows[0].steps[0].position.x — must be at most 10,000,000: a step sits on a canvas of at most ten million pixels each way',
    '$.workflows[0].steps[0].position.y — must be at least -10,000,000: a step sits on a canvas of at most ten million pixels each way',
  ]);
});

test('a workflow at the edges of the canvas opens showing its trigger and why the rest is out of view; Auto-layout brings every step in', async ({ page }) => {
  const far = 10_000_000;
  const list = new WorkflowsPage(page);
  await list.open();
  const transfer = new TransferPanel(page);
  await transfer.paste(JSON.stringify(withPositions([{ x: far, y: far }, { x: -far, y: far }, { x: far, y: -far }, { x: -far, y: -far }, { x: far, y: 0 }])));
  await expect(transfer.status).toContainText('Imported 1 workflow');
  await list.openLink('Thank happy reviewers').press('Enter');

  const editor = new EditorPage(page);
  await expect(editor.node('New review')).toBeInViewport();
  // The notice says why the rest is not in view; its Auto-layout lays the steps out and fits them in.
  await expect(editor.message).toHaveRole('status');
  await expect(editor.message).toContainText('Some steps are far from the trigger and out of view');
  await editor.message.getByRole('button', { name: 'Auto-layout' }).click();
  for (const step of ['New review', 'Send Slack message', 'Add order tags']) await expect(editor.node(step)).toBeInViewport();
});

test('a workflow stored with positions from before the bound (±1.7e308) opens and shows its steps', async ({ page }) => {
  const list = new WorkflowsPage(page);
  await list.open();
  const doc = withPositions([{ x: -1.7e308, y: -1.7e308 }, { x: 1.7e308, y: 1.7e308 }, { x: -1.7e308, y: 1.7e308 }, { x: 1.7e308, y: -1.7e308 }, { x: 1.7e308, y: 1.7e308 }]).workflows[0];
  await new StoredData(page).put('workflows', { id: doc.id, name: doc.name, updatedAt: '2026-01-01T00:00:00.000Z', revision: 1, doc, schemaVersion: 1 });
  await page.reload();
  await list.expectLoaded();
  await list.openLink('Thank happy reviewers').press('Enter');

  const editor = new EditorPage(page);
  await expect(editor.node('New review')).toBeInViewport();
  await editor.message.getByRole('button', { name: 'Auto-layout' }).click();
  for (const step of ['New review', 'Send Slack message', 'Add order tags']) await expect(editor.node(step)).toBeInViewport();
  await editor.expectSaved();
});

test('stored records that cannot be read are listed with why, and can be removed', async ({ page }) => {
  const list = new WorkflowsPage(page);
  await list.open();
  const stored = new StoredData(page);
  const manifest = JSON.parse(readFileSync(PROTO_APP, 'utf8'));
  manifest.setup.fields[0].key = 'to string';
  await stored.put('customApps', { id: 'constructor', importedAt: '2026-01-01T00:00:00.000Z', manifest, schemaVersion: 1 });
  const doc = JSON.parse(readFileSync(ONE_WORKFLOW, 'utf8')).workflows[0];
  doc.steps[2].position = { x: 'far', y: 0 };
  await stored.put('workflows', { id: 'wf-broken', name: 'Broken', updatedAt: '2026-01-01T00:00:00.000Z', revision: 1, doc: { ...doc, id: 'wf-broken' }, schemaVersion: 1 });
  await page.reload();
  await list.expectLoaded();
  const workflows = page.getByRole('list', { name: 'Stored workflows that cannot be read' });
  await expect(workflows.getByRole('listitem')).toHaveText([/^Broken wf-broken\$\.steps\[2\]\.position\.x: expected number, got string/]);
  await page.getByRole('button', { name: 'Delete the stored workflow wf-broken' }).click();
  await expect(workflows).toBeHidden();

  const org = new OrganizationPage(page);
  await org.open();
  const apps = page.getByRole('list', { name: 'Stored apps that cannot be used' });
  await expect(apps.getByRole('listitem')).toHaveText([/^Prototype Keys constructor\$\.setup\.fields\[0\]\.key: /]);
  await page.getByRole('button', { name: 'Remove the stored app constructor' }).click();
  await expect(apps).toBeHidden();
  await page.reload();
  await expect(org.matrix).toBeVisible();
  await expect(apps).toBeHidden();
});

test('a page that crashes on stored data offers to remove the custom app, and renders again after', async ({ page }) => {
  const org = new OrganizationPage(page);
  await org.open();
  const custom = new CustomAppsSection(page);
  await custom.importFile('test/fixtures/custom-apps/acme-loyalty.json');
  await custom.expectImported('Acme Loyalty');
  await org.installToggle('Acme Loyalty', 'Store 1').click();
  const setup = 'Set up Acme Loyalty in Store 1';
  await org.matrix.getByRole('button', { name: setup, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: setup });
  await dialog.getByLabel('Program name').fill('CRASH-ON-TRIM');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();

  // Something no check foresaw: from now on, trimming this stored value throws while the page renders.
  await page.addInitScript(() => {
    const trim = String.prototype.trim;
    String.prototype.trim = function (this: string) {
      if (String(this) === 'CRASH-ON-TRIM') throw new Error('unforeseen stored value');
      return trim.call(this);
    };
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: CRASHED })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: CRASHED })).toContainText('unforeseen stored value');
  const repair = page.getByRole('list', { name: 'What can be removed' });
  await expect(repair.getByRole('listitem')).toHaveText([/Custom app Acme Loyalty/]);
  await page.getByRole('button', { name: 'Remove the custom app Acme Loyalty' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove Acme Loyalty?' });
  await confirm.getByRole('button', { name: 'Remove', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Organization' })).toBeVisible();
  await expect(org.matrix).toBeVisible();
  await expect(org.appRow('Acme Loyalty')).toHaveCount(0);
  await page.reload();
  await expect(org.matrix).toBeVisible();
});
