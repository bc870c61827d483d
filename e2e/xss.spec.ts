/**
 * Hostile text renders as text. Markup and `javascript:` URLs typed into a
 * workflow name, a step note, an action field, Liquid output, trigger data,
 * a store name and an app setting, or arriving in an imported file, must
 * show as the characters they are: no dialog opens, no payload sets
 * `window.__xss`, the Content-Security-Policy never has to block anything,
 * and no element a payload would create exists (ScriptGuard).
 *
 * The last test checks the policy itself: present in the built page,
 * enforced (eval and inline scripts refused), and the app works under it.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CustomAppsSection } from './pages/CustomAppsSection';
import { EditorPage } from './pages/EditorPage';
import { OrganizationPage } from './pages/OrganizationPage';
import { RunPage, RunsPage } from './pages/RunsPage';
import { SandboxPage } from './pages/SandboxPage';
import { ScriptGuard, XSS } from './pages/ScriptGuard';
import { TransferPanel } from './pages/TransferPanel';
import { WorkflowsPage } from './pages/WorkflowsPage';

const NAME = `Hostile ${XSS.img}${XSS.script}`;
const NOTE = `${XSS.script}${XSS.img}${XSS.svg}${XSS.url}`;
// Liquid whose output is markup: a string literal, and trigger data holding markup (see the payload below).
const MESSAGE = `Order {{ trigger.order_name }} ${XSS.img} {{ '<svg onload=window.__xss=1>' | append: '<script>window.__xss=1</script>' }} ${XSS.url}`;
const SLACK_STEP = 'Slack · Send Slack message';

test('a workflow name, a step note, an action field, Liquid output and trigger data render as text', async ({ page }) => {
  const guard = await ScriptGuard.install(page);
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Order created').click();
  await editor.item('Actions', 'Slack', 'Send Slack message').click();
  await editor.inspector.getByRole('textbox', { name: 'Channel or user', exact: true }).fill('#orders');
  await editor.inspector.getByRole('textbox', { name: 'Message', exact: true }).fill(MESSAGE);
  await editor.inspector.getByRole('textbox', { name: 'Note', exact: true }).fill(NOTE);
  // A corner of the canvas: the long message makes the node wide enough to cover its middle.
  await editor.pane.click({ position: { x: 5, y: 5 } });
  await editor.inspector.getByRole('checkbox', { name: 'Workflow is on' }).check();
  await editor.expectSaved();

  // The name, through the Workflows page's rename: the link's accessible name is the markup, as text.
  const list = new WorkflowsPage(page);
  await list.open();
  await list.rename('Untitled workflow', NAME);
  await expect(list.openLink(NAME)).toContainText(NAME);
  await guard.expectNothingRan();

  // Back in the editor: the name in the toolbar, the note and the field as typed; a test run renders the Liquid.
  // The long name wraps; the keyboard opens the link wherever its lines fall.
  await list.openLink(NAME).press('Enter');
  await expect(editor.canvas).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Editor' })).toContainText(NAME);
  await editor.node('Send Slack message').click();
  await expect(editor.inspector.getByRole('textbox', { name: 'Note', exact: true })).toHaveValue(NOTE);
  await expect(editor.inspector.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue(MESSAGE);
  await page.getByRole('button', { name: 'Test with sample data' }).click();
  await expect(editor.message).toBeVisible();
  await guard.expectNothingRan();

  // A real run, with markup in the trigger data too.
  const runs = new RunsPage(page);
  await runs.open();
  const sim = runs.simulator;
  await sim.choose('Shopify', 'Order created');
  await expect(sim.payload).toHaveValue(/"order_name": "#1052"/);
  const payload = (await sim.payload.inputValue()).replace('"#1052"', JSON.stringify(`#1052 ${XSS.img}`));
  await sim.payload.fill(payload);
  await sim.fireIn(['Store 1']);
  await expect(sim.firedLine).toHaveText('Fired in 1 store: 1 succeeded, 0 skipped, 0 failed');
  const rendered = `Order #1052 ${XSS.img} ${XSS.img} <svg onload=window.__xss=1><script>window.__xss=1</script> ${XSS.url}`;
  await expect(sim.startedRun(`${NAME} in Store 1`)).toContainText('Succeeded');
  await guard.expectNothingRan();

  // The Slack message in the sandbox, and the run's page with its rendered fields and trigger data.
  const sandbox = new SandboxPage(page);
  await sandbox.open('Store 1');
  await expect(sandbox.app('Slack').getByRole('cell', { name: rendered, exact: true })).toBeVisible();
  await guard.expectNothingRan();
  await runs.open();
  await runs.rows(NAME).getByRole('link', { name: /^Details of the run/ }).first().click();
  const run = new RunPage(page);
  await expect(run.heading).toHaveText(`Run of ${NAME} in Store 1`);
  await expect(run.step(SLACK_STEP)).toContainText(rendered);
  await expect(page.getByText(`#1052 ${XSS.img}`).first()).toBeVisible();
  await guard.expectNothingRan();
});

test('a store name and an app setting render as text', async ({ page }) => {
  const guard = await ScriptGuard.install(page);
  const org = new OrganizationPage(page);
  await org.open();
  const store = `Store ${XSS.img}`;
  await page.getByRole('textbox', { name: 'New store name' }).fill(store);
  await page.getByRole('button', { name: 'Add store' }).click();
  await expect(org.matrix.getByRole('columnheader', { name: store, exact: true })).toHaveText(store);

  await org.search('slack');
  await org.installToggle('Slack', store).click();
  await expect(org.installToggle('Slack', store)).toBeChecked();
  const setup = `Set up Slack in ${store}`;
  await org.matrix.getByRole('button', { name: setup, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: setup });
  await expect(dialog).toBeVisible();
  const workspace = `${XSS.script}${XSS.url}`;
  await dialog.getByLabel('Slack workspace').fill(workspace);
  await dialog.getByLabel('Bot token').fill(XSS.img);
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();
  await guard.expectNothingRan();

  await page.reload();
  await expect(org.matrix).toBeVisible();
  await org.search('slack');
  await org.matrix.getByRole('button', { name: `Settings of Slack in ${store}`, exact: true }).click();
  await expect(dialog.getByLabel('Slack workspace')).toHaveValue(workspace);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await guard.expectNothingRan();
});

test('an imported file full of markup renders as text', async ({ page }) => {
  const guard = await ScriptGuard.install(page);
  const list = new WorkflowsPage(page);
  const transfer = new TransferPanel(page);
  await list.open();
  await transfer.importFile('test/fixtures/hostile/xss-import.json');
  await expect(transfer.status).toContainText('Imported 1 workflow');
  const imported = 'Imported <img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
  await expect(list.openLink(imported)).toContainText(imported);
  await guard.expectNothingRan();

  await list.openLink(imported).press('Enter');
  const editor = new EditorPage(page);
  await expect(editor.canvas).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Editor' })).toContainText(imported);
  await editor.node('Send Slack message').click();
  await expect(editor.inspector.getByRole('textbox', { name: 'Note', exact: true })).toHaveValue(
    '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">',
  );
  await guard.expectNothingRan();

  const org = new OrganizationPage(page);
  await org.open();
  const store = 'Store <img src=x onerror="window.__xss=1">';
  await expect(org.matrix.getByRole('columnheader', { name: store, exact: true })).toHaveText(store);
  await guard.expectNothingRan();
});

test('the built page carries a Content-Security-Policy that forbids inline scripts and eval, and the app works under it', async ({ page }) => {
  const guard = await ScriptGuard.install(page);
  const list = new WorkflowsPage(page);
  await list.open();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).toContain("object-src 'none'");
  // WebAssembly may be compiled (the Run code sandbox); JavaScript eval may not.
  expect(policy).not.toMatch(/'unsafe-eval'/);
  expect(policy!.match(/script-src [^;]*/)![0]).not.toMatch(/unsafe-inline/);

  // Enforced: code from a string (as eval would run) and an inline script are refused, each with a violation.
  // (page.evaluate itself is DevTools code, which the policy lets through; a string timer runs as the page.)
  await page.evaluate(() => {
    setTimeout('window.__xss = "string timer"', 0);
    const script = document.createElement('script');
    script.textContent = 'window.__xss = "inline script"';
    document.body.append(script);
    script.remove();
  });
  await expect.poll(() => page.evaluate(() => window.__cspViolations!.length)).toBe(2);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  const blocked = await guard.takeViolations();
  expect(blocked.events.sort()).toEqual([expect.stringMatching(/^script-src blocked eval/), expect.stringMatching(/^script-src-elem blocked inline/)]);

  // The app works under it: create a workflow, build two steps, see them saved; zod parses without eval.
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Order created').click();
  await editor.item('Actions', 'Slack', 'Send Slack message').click();
  await editor.expectSaved();
  await page.reload();
  await expect(editor.node('Send Slack message')).toBeVisible();
  await guard.expectNothingRan();
});

// App identity (issue 16, part 5): a custom app's SVG icon is refused unless safe, and what is accepted is drawn inertly.
test('a custom app whose SVG icon could run script or load from elsewhere is refused at $.icon, and nothing runs', async ({ page }) => {
  const guard = await ScriptGuard.install(page);
  const hostileIcons = JSON.parse(readFileSync('test/fixtures/hostile-svg/icons.json', 'utf8')) as { svg: string; reason: string }[];
  const manifest = JSON.parse(readFileSync('test/fixtures/custom-apps/acme-loyalty.json', 'utf8')) as object;
  const org = new OrganizationPage(page);
  await org.open();
  const custom = new CustomAppsSection(page);
  for (const { svg, reason } of hostileIcons) {
    await custom.importText(JSON.stringify({ ...manifest, icon: svg }));
    await expect(custom.problems.getByRole('listitem')).toHaveText([`$.icon — ${reason}`]);
    await expect(custom.section.getByText('No custom apps yet.', { exact: true })).toBeVisible();
  }
  await guard.expectNothingRan();

  // Accepted, the icon is an <img> from a data: URL: an SVG image runs no script and loads nothing.
  await custom.importText(JSON.stringify({ ...manifest, icon: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="4" fill="#0a7"/></svg>' }));
  await custom.expectImported('Acme Loyalty');
  const icon = org.appRow('Acme Loyalty').getByTestId('app-mark');
  await expect(icon).toHaveJSProperty('tagName', 'IMG');
  await expect(icon).toHaveAttribute('src', /^data:image\/svg\+xml;/);
  await expect(page.locator('svg[onload], foreignObject, svg script')).toHaveCount(0);
  await guard.expectNothingRan();
});
