/**
 * Send Admin API request, end to end: the step added from the palette, its
 * mutation chosen and its JSON variables checked where they go wrong; fired
 * in a store, it tags the trigger's order in the Sandbox page's store data,
 * and the run's page shows the request as sent and Shopify's response.
 */
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { RunPage } from './pages/RunsPage';
import { SandboxPage } from './pages/SandboxPage';

const VARIABLES = '{\n  "id": "{{ order.admin_graphql_api_id }}",\n  "tags": ["from-admin-api"]\n}';

test('a tagsAdd request tags the order in the store data, and the run shows its request and response', async ({ page }) => {
  test.slow(); // editing, a firing and two pages
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Order created').click();
  await editor.logic('Send Admin API request').click();
  await expect(editor.edges()).toHaveCount(1);

  // No mutation yet: the field says so and lists what the sandbox runs.
  const mutation = editor.inspector.getByRole('combobox', { name: 'Mutation', exact: true });
  await expect(mutation).toHaveAccessibleDescription(/Error: Choose the mutation to send, like tagsAdd\. The sandbox runs tagsAdd, tagsRemove, orderUpdate/);
  await mutation.fill('mutation tagsAdd');
  await expect(mutation).toHaveAccessibleDescription(/Error: Give only the mutation's name, like tagsAdd: no "mutation" keyword/);
  await mutation.fill('tagsAdd');
  await expect(mutation).not.toHaveAccessibleDescription(/Error/);
  await expect(editor.inspector.getByRole('button', { name: 'Use the example variables of tagsAdd' })).toBeVisible();

  // Variables that are not JSON are reported with where; fixed, the problem goes.
  const variables = editor.inspector.getByRole('textbox', { name: 'Mutation variables (JSON)' });
  await variables.fill('{"id": "{{ order.admin_graphql_api_id }}",}');
  await expect(variables).toHaveAccessibleDescription(/Error: The variables are not valid JSON: a property name in double quotes is expected at line 1, column 43\.$/);
  await variables.fill(VARIABLES);
  await expect(variables).not.toHaveAccessibleDescription(/Error/);
  await expect(editor.inspector.getByText('Later steps read the response as {{ sendAdminApiRequest }}, for example {{ sendAdminApiRequest.node.id }}.')).toBeVisible();
  await expect(editor.node('Admin API: tagsAdd')).toBeVisible();

  await editor.pane.click();
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill('Tag through the Admin API');
  await editor.inspector.getByRole('checkbox', { name: 'Workflow is on' }).check();
  await expect(editor.inspector.getByRole('checkbox', { name: 'Workflow is on' })).toBeChecked();
  await editor.expectSaved();

  // Fired in Store 1, the order of the event gets the tag in the store data.
  const sandbox = new SandboxPage(page);
  const data = sandbox.storeData;
  await sandbox.open('Store 1');
  await data.search('orders').fill('name:#1052');
  await expect(data.row('#1052').getByRole('cell', { name: 'gift', exact: true })).toBeVisible();
  await sandbox.simulator.expand();
  await sandbox.simulator.choose('Shopify', 'Order created');
  await sandbox.simulator.fireIn(['Store 1']);
  await expect(sandbox.simulator.firedLine).toHaveText('Fired in 1 store: 1 succeeded, 0 skipped, 0 failed');
  await expect(data.row('#1052').getByRole('cell', { name: 'gift, from-admin-api', exact: true })).toBeVisible();

  // The run's page: the request as sent (Liquid filled in) and the response.
  await sandbox.simulator.startedRun('Tag through the Admin API').getByRole('link').first().click();
  const run = new RunPage(page);
  await expect(run.heading).toHaveText('Run of Tag through the Admin API in Store 1');
  const step = run.step('Send Admin API request');
  await expect(step).toContainText('Succeeded');
  // Read as a value, not as JSON text: the mutation, then the variables' id and tags.
  const rendered = step.getByRole('group').filter({ hasText: 'Rendered fields' });
  await expect(rendered.getByRole('definition').first()).toHaveText('tagsAdd');
  await expect(rendered.getByRole('definition').filter({ hasText: /^gid:\/\/shopify\/Order\/5312894021$/ })).toHaveCount(1);
  await expect(rendered.getByRole('definition').filter({ hasText: /^from-admin-api$/ })).toHaveCount(1);
  const output = step.getByRole('group').filter({ hasText: 'Output' });
  await expect(output.getByRole('definition').filter({ hasText: /^gid:\/\/shopify\/Order\/5312894021$/ })).toHaveCount(1);
});
