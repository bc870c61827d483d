/**
 * Keyboard-only editing (issue 16, part 4): a workflow built and tested from
 * the palette onwards without the mouse; a step moved with the arrow keys
 * goes through the same operation as a drag (undo restores it, autosave
 * keeps it across a reload); focus moves along links and is announced.
 */
import { expect, test, type Locator } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

/** The node's position on the canvas, from React Flow's transform. */
async function positionOf(node: Locator): Promise<{ x: number; y: number }> {
  const transform = await node.evaluate((el) => (el as HTMLElement).style.transform);
  const [, x, y] = /translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec(transform) ?? [];
  return { x: Number(x), y: Number(y) };
}

test('builds and tests a workflow with the keyboard only, moves a step with the arrows through undo and autosave', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  const keys = page.keyboard;

  // From the palette onwards: no mouse. Enter on a palette entry adds it below the selected step, linked.
  await editor.item('Triggers', 'Shopify', 'Order created').focus();
  await keys.press('Enter');
  await expect(editor.node('Order created')).toBeVisible();
  await editor.item('Actions', 'Slack', 'Send Slack message').focus();
  await keys.press('Enter');
  const slack = editor.node('Send Slack message');
  await expect(slack).toBeVisible();
  await expect(editor.edges()).toHaveCount(1);

  await editor.inspector.getByRole('textbox', { name: 'Channel or user' }).focus();
  await keys.type('#orders');
  await editor.inspector.getByRole('textbox', { name: 'Message' }).focus();
  await keys.type('Order paid');

  // Focus the Slack step, then walk back along its link: the live region names where focus went.
  await slack.focus();
  await keys.press('Alt+ArrowUp');
  const trigger = editor.node('Order created');
  await expect(trigger).toBeFocused();
  const announcer = page.getByTestId('canvas-announcer');
  await expect(announcer).toHaveText(/^Trigger: .*Order created.*, 1 link out$/);
  await keys.press('Alt+ArrowDown');
  await expect(slack).toBeFocused();

  // Arrow keys move the focused step by a grid cell (Shift: four), as one moveSteps.
  const before = await positionOf(slack);
  await keys.press('Shift+ArrowRight');
  await expect.poll(() => positionOf(slack)).toEqual({ x: before.x + 80, y: before.y });
  await expect(announcer).toHaveText(`Moved Action: Send Slack message to x ${before.x + 80}, y ${before.y}.`);
  await keys.press('Control+z');
  await expect.poll(() => positionOf(slack)).toEqual(before);
  await slack.focus();
  await keys.press('ArrowDown');
  await expect.poll(() => positionOf(slack)).toEqual({ x: before.x, y: before.y + 20 });

  // Run it, still from the keyboard.
  await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Test with sample data' }).focus();
  await keys.press('Enter');
  await expect(slack).toContainText('✓ Succeeded');

  await editor.expectSaved();
  await page.reload();
  await expect.poll(() => positionOf(editor.node('Send Slack message'))).toEqual({ x: before.x, y: before.y + 20 });
});

test('links a port with the keyboard port picker, which explains refused steps; duplicates and deletes with keys', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  const keys = page.keyboard;
  await editor.item('Triggers', 'Shopify', 'Order created').focus();
  await keys.press('Enter');
  await editor.logic('Condition').focus();
  await keys.press('Enter');
  await editor.item('Actions', 'Slack', 'Send Slack message').focus();
  await keys.press('Enter');
  await expect(editor.edges()).toHaveCount(2); // trigger → condition → (Then) Slack

  const condition = editor.node('Condition');
  await condition.focus();
  await keys.press('l');
  const picker = page.getByRole('dialog', { name: /^Link from Condition/ });
  await expect(picker).toBeVisible();
  await expect(picker.getByRole('radio', { name: 'Otherwise' })).toBeChecked(); // the free port first
  await expect(picker.getByRole('radio', { name: /^Then \(now to Action: Send Slack message\)$/ })).not.toBeChecked();
  await expect(picker.getByRole('list', { name: 'Can’t link to' })).toContainText('Nothing can link into the trigger');
  await picker.screenshot({ path: 'test-results/keyboard-port-picker.png' });

  // Escape closes it and gives focus back to the step.
  await keys.press('Escape');
  await expect(picker).toBeHidden();
  await expect(condition).toBeFocused();

  // Focus starts on the first step the free port may link to: Enter links it.
  await keys.press('l');
  await expect(picker.getByRole('button', { name: 'Action: Send Slack message', exact: true })).toBeFocused();
  await keys.press('Enter');
  await expect(picker).toBeHidden();
  await expect(editor.canvas.locator('.react-flow__edge.edge--otherwise')).toHaveCount(1);
  await expect(page.getByTestId('canvas-announcer')).toHaveText('Otherwise now leads to Action: Send Slack message.');

  // Moving focus selects the step, so the existing Duplicate and Delete commands act on it.
  await condition.focus();
  await keys.press('Alt+ArrowDown');
  const slack = editor.node('Send Slack message');
  await expect(slack).toBeFocused();
  await keys.press('Control+d');
  await expect(slack).toHaveCount(2);
  await keys.press('Delete');
  await expect(slack).toHaveCount(1);

  // "Add step after": A on a step sends focus to the Actions palette, which says where the step goes;
  // the entry chosen is added after the step's free output, linked, and gets focus.
  await slack.focus();
  await keys.press('a');
  await expect(editor.actions.getByRole('searchbox')).toBeFocused();
  await expect(editor.actions.getByRole('status').filter({ hasText: 'Adding after' })).toHaveText(
    'Adding after Action: Send Slack message (Next step): choose a step. Escape cancels.',
  );
  await editor.logic('Log output').focus();
  await keys.press('Enter');
  const log = editor.node('Log output');
  await expect(log).toBeFocused();
  await expect(editor.edges()).toHaveCount(4);
  await expect(editor.actions.getByText('Adding after')).toHaveCount(0);

  // Going elsewhere with the mouse ends "add step after": the palette lists every entry again.
  await keys.press('a');
  await expect(editor.actions.getByText('Adding after')).toHaveCount(1);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(editor.actions.getByText('Adding after')).toHaveCount(0);
  await expect(log).toHaveCount(1);
});

test('"?" lists every shortcut from the command registry; Escape closes it and focus goes back', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  const entry = editor.item('Triggers', 'Shopify', 'Order created');
  await entry.focus();
  await page.keyboard.press('Shift+?');
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay).toBeVisible();
  const pageWide = overlay.getByRole('table', { name: 'Anywhere in the editor' });
  const onStep = overlay.getByRole('table', { name: /^On a step of the canvas/ });
  await expect(pageWide.getByRole('row', { name: 'Undo Ctrl + Z' })).toBeVisible();
  await expect(onStep.getByRole('row', { name: 'Move the step far left Shift + ←' })).toBeVisible();
  await expect(onStep.getByRole('row', { name: 'Link the step to another step… L' })).toBeVisible();
  await expect(onStep.getByRole('row', { name: 'Add a step after this one… A' })).toBeVisible();
  await overlay.screenshot({ path: 'test-results/keyboard-shortcuts-overlay.png' });
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  await expect(entry).toBeFocused();
});

test('arrow keys on a box selection move every selected step through the same undoable, saved move', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Order created').click();
  await editor.item('Actions', 'Slack', 'Send Slack message').click();
  const trigger = editor.node('Order created');
  const slack = editor.node('Send Slack message');
  await expect(slack).toBeVisible();
  await editor.expectSaved();

  // Shift+drag on the empty canvas draws React Flow's selection box around both steps; React Flow focuses the box.
  const a = (await trigger.boundingBox())!;
  const b = (await slack.boundingBox())!;
  const left = Math.min(a.x, b.x) - 20;
  const top = Math.min(a.y, b.y) - 20;
  const right = Math.max(a.x + a.width, b.x + b.width) + 20;
  const bottom = Math.max(a.y + a.height, b.y + b.height) + 20;
  await page.keyboard.down('Shift');
  await page.mouse.move(left, top);
  await page.mouse.down();
  await page.mouse.move((left + right) / 2, (top + bottom) / 2, { steps: 5 });
  await page.mouse.move(right, bottom, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  const box = editor.canvas.locator('.react-flow__nodesselection-rect');
  await expect(box).toBeVisible();
  await box.focus();

  const [t0, s0] = [await positionOf(trigger), await positionOf(slack)];
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => positionOf(trigger)).toEqual({ x: t0.x + 20, y: t0.y });
  await expect.poll(() => positionOf(slack)).toEqual({ x: s0.x + 20, y: s0.y });
  await editor.expectSaved();

  // One undo puts both back: the move went through the document, not only React Flow's copy.
  await page.keyboard.press('Control+z');
  await expect.poll(() => positionOf(trigger)).toEqual(t0);
  await expect.poll(() => positionOf(slack)).toEqual(s0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => positionOf(slack)).toEqual({ x: s0.x + 20, y: s0.y });
  await editor.expectSaved();
  await page.reload();
  await expect.poll(() => positionOf(editor.node('Send Slack message'))).toEqual({ x: s0.x + 20, y: s0.y });
});
