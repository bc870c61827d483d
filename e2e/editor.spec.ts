import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

const LOOX = 'Loox – Photo Reviews';

test('builds Loox New review → Condition rating < 3 → Slack message with variables, by drag-and-drop, and keeps it across a reload', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.createWorkflow();

  await editor.dragToCanvas(editor.item('Triggers', LOOX, 'New review'), 260, 40);
  await editor.dragToCanvas(editor.logic('Condition'), 260, 220);
  await editor.dragToCanvas(editor.item('Actions', 'Slack', 'Send Slack message'), 100, 420);
  const trigger = editor.node('New review');
  const condition = editor.node('Condition');
  const slack = editor.node('Send Slack message');
  await expect(trigger).toBeVisible();
  await expect(condition).toBeVisible();
  await expect(slack).toBeVisible();

  await editor.connect(trigger, 'next', condition);
  await editor.connect(condition, 'then', slack);
  await expect(editor.edges()).toHaveCount(2);
  await expect(editor.canvas.locator('.react-flow__edge.edge--then')).toHaveCount(1);

  await condition.click();
  await editor.inspector.getByRole('button', { name: 'Add criterion' }).click();
  const criterion = editor.inspector.getByRole('group', { name: 'Criterion 1' });
  await criterion.getByRole('combobox', { name: 'Field' }).selectOption('trigger.rating');
  await criterion.getByRole('combobox', { name: 'Operator' }).selectOption('less_than');
  await criterion.getByRole('textbox', { name: 'Value' }).fill('3');

  await slack.click();
  await editor.inspector.getByRole('textbox', { name: 'Channel or user' }).fill('#reviews');
  await editor.inspector.getByRole('textbox', { name: 'Message' }).fill('Low rating: {{ trigger.rating }} from {{ trigger.reviewer_email }}');

  // Every step is complete: no problem badge anywhere.
  await expect(editor.canvas.getByRole('img', { name: /problem/ })).toHaveCount(0);
  await editor.expectSaved();

  await page.reload();
  await expect(editor.node('Send Slack message')).toBeVisible();
  await expect(editor.edges()).toHaveCount(2);
  await editor.node('Send Slack message').click();
  await expect(editor.inspector.getByRole('textbox', { name: 'Message' })).toHaveValue(
    'Low rating: {{ trigger.rating }} from {{ trigger.reviewer_email }}',
  );
  await editor.node('Condition').click();
  await expect(editor.inspector.getByRole('combobox', { name: 'Operator' })).toHaveValue('less_than');
});

test('an unknown variable in a message is flagged on the step and in the inspector', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', LOOX, 'New review').click();
  await editor.item('Actions', 'Slack', 'Send Slack message').click();
  await editor.inspector.getByRole('textbox', { name: 'Channel or user' }).fill('#reviews');
  await editor.inspector.getByRole('textbox', { name: 'Message' }).fill('Hi {{ trigger.nope }}');
  await expect(editor.node('Send Slack message').getByRole('img', { name: /problem/ })).toBeVisible();
  await expect(editor.inspector.getByText(/trigger\.nope/).first()).toBeVisible();
});

test('a not-installed app is listed but disabled, and says how to install it', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.triggers.getByRole('heading', { name: 'Not installed', exact: true }).click();
  const group = editor.triggers.getByRole('group', { name: 'LoyaltyLion – Rewards & Referrals', exact: true });
  const item = group.getByRole('button', { name: "Customer's birthday is today" });
  await expect(item).toHaveAttribute('aria-disabled', 'true');
  await expect(group).toContainText('Install LoyaltyLion – Rewards & Referrals in at least one store to use its connector.');
  await expect(group.getByRole('link', { name: /Organization/ })).toHaveAttribute('href', '#/organization');
  await item.click({ force: true });
  await expect(editor.canvas.locator('.react-flow__node')).toHaveCount(0);
});

test('dragging a connector onto a Condition is refused with the reason', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.dragToCanvas(editor.logic('Condition'), 260, 160);
  const condition = editor.node('Condition');
  await expect(condition).toBeVisible();
  await editor.item('Actions', 'Slack', 'Send Slack message').dragTo(condition);
  await expect(page.getByRole('alert')).toContainText("Connectors can't be used in conditions");
  await expect(editor.canvas.locator('.react-flow__node')).toHaveCount(1);
});

test('undo and redo walk back and forth through canvas and inspector edits alike', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Order created').click(); // 1: canvas
  await editor.item('Actions', 'Shopify', 'Add order tags').click(); // 2: canvas (linked below the trigger)
  await expect(editor.edges()).toHaveCount(1);
  const tags = editor.inspector.getByRole('textbox', { name: 'Tags' });
  await tags.fill('vip'); // 3: inspector
  await editor.canvas.locator('.react-flow__pane').click();
  const name = editor.inspector.getByRole('textbox', { name: 'Workflow name' });
  await name.fill('Tag big orders'); // 4: inspector (workflow settings)

  await page.keyboard.press('Control+z'); // undo 4, focus still in the inspector
  await expect(name).toHaveValue('Untitled workflow');
  await editor.canvas.locator('.react-flow__pane').click(); // focus moves to the canvas
  await page.keyboard.press('Control+z'); // undo 3
  await editor.node('Add order tags').click();
  await expect(tags).toHaveValue('');
  await page.keyboard.press('Control+z'); // undo 2
  await expect(editor.node('Add order tags')).toHaveCount(0);
  await expect(editor.edges()).toHaveCount(0);

  await page.keyboard.press('Control+Shift+z'); // redo 2
  await expect(editor.node('Add order tags')).toBeVisible();
  await page.keyboard.press('Control+y'); // redo 3
  await editor.node('Add order tags').click();
  await expect(tags).toHaveValue('vip');
  await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Redo' }).click(); // redo 4
  await editor.canvas.locator('.react-flow__pane').click();
  await expect(name).toHaveValue('Tag big orders');
});

test('Delete removes the selected step; copy and paste make a linked copy; bad clipboard content gives a message', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Order paid').click();
  await editor.item('Actions', 'Shopify', 'Add order tags').click();
  await editor.node('Add order tags').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(editor.node('Add order tags')).toHaveCount(2);
  await page.keyboard.press('Delete');
  await expect(editor.node('Add order tags')).toHaveCount(1);

  await page.evaluate(() => navigator.clipboard.writeText('not steps at all'));
  await editor.canvas.locator('.react-flow__pane').click();
  await page.keyboard.press('Control+v');
  await expect(page.getByRole('alert')).toContainText('The clipboard does not hold Flowbench steps');
  await expect(editor.canvas.locator('.react-flow__node')).toHaveCount(2);
});
