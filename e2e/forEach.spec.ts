/**
 * Lists end to end: a For each workflow built by drag and drop (order
 * created → For each over the line items → a condition with a list
 * criterion on the item's product's tags → Add product tags, its product
 * inserted from the variable picker inside the loop), turned on and fired
 * in a store, with one condition per line item in the run record and the
 * product tagged in the store data; and a list condition added, nested,
 * edited and removed in the condition builder by role and name.
 */
import { expect, test } from '@playwright/test';
import { ConditionBuilder } from './pages/ConditionBuilder';
import { EditorPage } from './pages/EditorPage';
import { RunPage, RunsPage } from './pages/RunsPage';
import { SandboxPage } from './pages/SandboxPage';
import { StoreData } from './pages/StoreData';

test('builds a For each over line items by drag and drop, runs it in a store and tags the presale product', async ({ page }) => {
  test.slow();
  const editor = new EditorPage(page);
  await editor.createWorkflow();

  await editor.dragToCanvas(editor.item('Triggers', 'Shopify', 'Order created'), 260, 30);
  await editor.dragToCanvas(editor.logic('For each'), 260, 170);
  await editor.dragToCanvas(editor.logic('Condition'), 260, 320);
  await editor.dragToCanvas(editor.item('Actions', 'Shopify', 'Add product tags'), 260, 470);
  const trigger = editor.node('Order created');
  const loop = editor.nodeOfKind('For each');
  const condition = editor.node('Condition');
  const tag = editor.node('Add product tags');
  await editor.connect(trigger, 'next', loop);
  await editor.connect(loop, 'loop_body', condition);
  await editor.connect(condition, 'then', tag);
  await expect(editor.edges()).toHaveCount(3);

  await loop.click();
  await editor.inspector.getByRole('combobox', { name: 'List to go through' }).selectOption('order.line_items');

  // The item's product's tags include "presale": at least one of lineItemsForeachitem.product.tags equals presale.
  await condition.click();
  const builder = new ConditionBuilder(editor.inspector);
  await builder.addList().click();
  await builder.listOf('1').selectOption('lineItemsForeachitem.product.tags');
  await expect(builder.quantifier('1')).toHaveValue('any');
  const criterion = builder.criterion('1.1');
  await expect(criterion.getByRole('combobox', { name: 'Field' })).toHaveValue('tags_item');
  await criterion.getByRole('textbox', { name: 'Value' }).fill('presale');

  // Inside the loop the picker offers the loop's item, named as Flow names it.
  await tag.click();
  await editor.inspector.getByRole('button', { name: 'Insert variable into Product ID' }).click();
  const menu = editor.inspector.getByRole('menu', { name: 'Variables for Product ID' });
  const item = menu.getByRole('group', { name: 'lineItemsForeachitem · current item of the loop' });
  await expect(item).toBeVisible();
  await item.getByRole('menuitem', { name: 'Product ID lineItemsForeachitem.product_id', exact: true }).click();
  await expect(editor.inspector.getByRole('textbox', { name: 'Product ID' })).toHaveValue('{{ lineItemsForeachitem.product_id }}');
  await editor.inspector.getByRole('textbox', { name: 'Tags' }).fill('presale-ordered');

  await editor.pane.click();
  await editor.inspector.getByRole('textbox', { name: 'Workflow name' }).fill('Presale products ordered');
  await expect(editor.canvas.getByRole('img', { name: /problem/ })).toHaveCount(0);
  await editor.inspector.getByRole('checkbox', { name: 'Workflow is on' }).check();
  await expect(editor.inspector.getByRole('checkbox', { name: 'Workflow is on' })).toBeChecked();
  await editor.expectSaved();

  // The sample order has two line items; only the second one's product (Halny) is tagged presale.
  const runs = new RunsPage(page);
  await runs.open();
  await runs.simulator.choose('Shopify', 'Order created');
  await runs.simulator.fireIn(['Store 1']);
  await expect(runs.simulator.firedLine).toHaveText('Fired in 1 store: 1 succeeded, 0 skipped, 0 failed');
  await runs.simulator.startedRun('Presale products ordered in Store 1').getByRole('link').first().click();
  const run = new RunPage(page);
  await expect(run.status).toHaveText('✓ Succeeded');
  await expect(run.steps.getByRole('listitem', { name: /Condition/ })).toHaveCount(2);
  await expect(run.steps.getByRole('listitem', { name: /Add product tags/ })).toHaveCount(1);

  const sandbox = new SandboxPage(page);
  await sandbox.open('Store 1');
  const data = new StoreData(page);
  await data.tab('Products').click();
  await data.search('products').fill('tag:presale-ordered');
  await expect(data.row('Czołówka LED Halny 400 lm')).toBeVisible();
  await expect(data.section.getByRole('row')).toHaveCount(2); // the header and the one tagged product
});

test('adds, nests, edits and removes a list condition in the condition builder by role and name', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Order created').click();
  await editor.logic('Condition').click();
  const builder = new ConditionBuilder(editor.inspector);

  // At least one line item whose product's tags include "presale".
  await builder.addList().click();
  await builder.listOf('1').selectOption('order.line_items');
  await expect(builder.list('1')).toContainText('Each item is named lineItems_item.');
  await expect(builder.list('1')).toContainText('An empty list never matches.');
  await builder.criterion('1.1').getByRole('button', { name: 'Remove criterion 1.1' }).click();
  await builder.addList('1').click();
  await builder.listOf('1.1').selectOption('lineItems_item.product.tags');
  // A criterion's problem shows beside it: the inner criterion has no value yet.
  const value = builder.criterion('1.1.1').getByRole('textbox', { name: 'Value' });
  await expect(value).toHaveAttribute('aria-invalid', 'true');
  await expect(builder.criterion('1.1.1')).toContainText('needs a value');
  await value.fill('presale');
  await expect(value).not.toHaveAttribute('aria-invalid', 'true');
  await expect(editor.node('Condition').getByRole('img', { name: /problem/ })).toHaveCount(0);

  await builder.quantifier('1').selectOption('none');
  await expect(builder.list('1')).toContainText('An empty list always matches, as in Flow.');
  await page.screenshot({ path: test.info().outputPath('condition-builder-nested-list.png'), fullPage: true });

  // Undo brings back "at least one of"; removing the inner list condition leaves the outer one empty.
  await page.keyboard.press('Control+z');
  await expect(builder.quantifier('1')).toHaveValue('any');
  await builder.list('1.1').getByRole('button', { name: 'Remove list condition 1.1' }).click();
  await expect(builder.list('1.1')).toHaveCount(0);
  await expect(builder.root.getByRole('group', { name: 'Criteria of list condition 1' })).toContainText('No criteria yet.');
});

test('the variable picker inside a loop offers the loop item first, and nothing of it after the loop', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Order created').click();
  await editor.logic('For each').click();
  await editor.inspector.getByRole('combobox', { name: 'List to go through' }).selectOption('order.line_items');
  await editor.dragToCanvas(editor.item('Actions', 'Shopify', 'Add product tags'), 120, 420);
  await editor.dragToCanvas(editor.item('Actions', 'Shopify', 'Send internal e-mail'), 420, 420);
  await editor.connect(editor.nodeOfKind('For each'), 'loop_body', editor.node('Add product tags'));
  await editor.connect(editor.nodeOfKind('For each'), 'after', editor.node('Send internal e-mail'));

  await editor.node('Add product tags').click();
  await editor.inspector.getByRole('button', { name: 'Insert variable into Tags' }).click();
  const inLoop = editor.inspector.getByRole('menu', { name: 'Variables for Tags' });
  await expect(inLoop.getByRole('group').first()).toHaveAccessibleName('lineItemsForeachitem · current item of the loop');
  await expect(inLoop.getByRole('menuitem', { name: 'Product › Tags lineItemsForeachitem.product.tags', exact: true })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('variable-picker-in-loop.png'), fullPage: true });
  await page.keyboard.press('Escape');

  await editor.node('Send internal e-mail').click();
  await editor.inspector.getByRole('button', { name: 'Insert variable into Subject' }).click();
  const after = editor.inspector.getByRole('menu', { name: 'Variables for Subject' });
  await expect(after.getByRole('group', { name: 'Order', exact: true })).toBeVisible();
  await expect(after.getByRole('menuitem', { name: /lineItemsForeachitem/ })).toHaveCount(0);
});
