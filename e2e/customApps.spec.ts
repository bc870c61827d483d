/**
 * Custom apps end to end: import the manifest of one's own app, install it in
 * a store, build a workflow of its trigger and action, fire the trigger with
 * its generated sample payload and find the action's call in the sandbox; a
 * manifest with problems changes nothing and says where; removing the app
 * names the workflows that use it and leaves them as they are.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CustomAppsSection } from './pages/CustomAppsSection';
import { EditorPage } from './pages/EditorPage';
import { OrganizationPage } from './pages/OrganizationPage';
import { RunsPage } from './pages/RunsPage';
import { SandboxPage } from './pages/SandboxPage';
import { WorkflowsPage } from './pages/WorkflowsPage';

const MANIFEST = 'test/fixtures/custom-apps/acme-loyalty.json';
const ACME = 'Acme Loyalty';

test('an imported custom app is installed, used in a workflow, fired, and its call shows in the sandbox', async ({ page }) => {
  test.slow();
  const org = new OrganizationPage(page);
  await org.open();
  const custom = new CustomAppsSection(page);
  await custom.importFile(MANIFEST);
  await custom.expectImported(ACME);
  await expect(custom.item(ACME)).toContainText('Custom');

  // Installable per store like any app.
  await expect(org.appRow(ACME)).toContainText('Not installed');
  await org.installToggle(ACME, 'Store 1').click();
  await expect(org.installToggle(ACME, 'Store 1')).toBeChecked();
  await expect(org.appRow(ACME)).toContainText('Installed · 1 of');

  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', ACME, 'Member joined').click();
  await editor.item('Actions', ACME, 'Add points').click();
  await editor.inspector.getByRole('textbox', { name: 'Member e-mail', exact: true }).fill('{{ trigger.member_email }}');
  await editor.inspector.getByRole('textbox', { name: 'Points', exact: true }).fill('50');
  await editor.inspector.getByRole('textbox', { name: 'Reason', exact: true }).fill('Welcome bonus');
  await editor.pane.click();
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill('Welcome points');
  await editor.inspector.getByRole('checkbox', { name: 'Workflow is on' }).check();
  await expect(editor.inspector.getByRole('checkbox', { name: 'Workflow is on' })).toBeChecked();
  await editor.expectSaved();

  const runs = new RunsPage(page);
  await runs.open();
  const sim = runs.simulator;
  await sim.choose(ACME, 'Member joined');
  await expect(sim.payload).toHaveValue(/"member_email": "customer@example.com"/);
  await sim.fireIn(['Store 1']);
  await expect(sim.firedLine).toHaveText('Fired in 1 store: 1 succeeded, 0 skipped, 0 failed');

  const sandbox = new SandboxPage(page);
  await sandbox.open('Store 1');
  const acme = sandbox.app(ACME);
  await expect(acme.getByRole('cell', { name: 'Welcome bonus', exact: true })).toBeVisible();
  await expect(acme.getByRole('cell', { name: 'customer@example.com', exact: true })).toBeVisible();
});

test('a manifest with problems changes nothing and names each place; removing an app names the workflows using it', async ({ page }) => {
  const org = new OrganizationPage(page);
  await org.open();
  const custom = new CustomAppsSection(page);
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { id: string; actions: { inputs: { type: string }[] }[] };

  manifest.actions[0]!.inputs[1]!.type = 'colour';
  await custom.importText(JSON.stringify({ ...manifest, id: 'slack' }));
  await expect(custom.problems.getByRole('listitem')).toHaveCount(1);
  await expect(custom.problems).toContainText('$.actions[0].inputs[1].type — must be one of');
  await expect(custom.section.getByText('No custom apps yet.', { exact: true })).toBeVisible();

  manifest.actions[0]!.inputs[1]!.type = 'number_integer';
  await custom.importText(JSON.stringify({ ...manifest, id: 'slack' }));
  await expect(custom.problems).toContainText('$.id — "slack" is the id of the built-in app Slack');

  await custom.importText(JSON.stringify(manifest));
  await custom.expectImported(ACME);
  await org.installToggle(ACME, 'Store 1').click();
  await expect(org.installToggle(ACME, 'Store 1')).toBeChecked();

  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', ACME, 'Member joined').click();
  await editor.pane.click();
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill('Uses Acme');
  await editor.expectSaved();

  await org.open();
  await custom.remove(ACME).click();
  const dialog = page.getByRole('dialog', { name: `Remove ${ACME}?` });
  await expect(dialog).toContainText('Used by 1 workflow:');
  await expect(dialog.getByRole('listitem')).toHaveText(['Uses Acme']);
  await dialog.getByRole('button', { name: 'Remove app' }).click();
  await expect(custom.section.getByText('No custom apps yet.', { exact: true })).toBeVisible();
  await expect(org.appRow(ACME)).toHaveCount(0);

  // The workflow is still there, its trigger now an unknown app.
  const list = new WorkflowsPage(page);
  await list.open();
  await expect(page.getByRole('row').filter({ hasText: 'Uses Acme' })).toBeVisible();
});
