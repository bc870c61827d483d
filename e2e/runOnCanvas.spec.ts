/**
 * A run on the canvas (issue 16, part 1): the "Big paid orders" template
 * (Order paid → condition total_price > 500 → Add order tags → Slack) fired
 * with Slack set to fail in Store 1; the just-fired run opened on the
 * canvas shows the path, the condition's criterion with the value it read,
 * steps with the keyboard and says each step in the live region; replayed
 * at 4×; then, with the fault lifted, retried from the failed step: a new
 * run that succeeded and says which steps it reused.
 */
import { expect, test } from '@playwright/test';
import { RunCanvasPage, failedVipRun } from './pages/RunCanvasPage';
import { RunPage } from './pages/RunsPage';
import { SandboxPage } from './pages/SandboxPage';

const SLACK = 'Slack · Send Slack message';

test('a failed run on the canvas: the path, the condition’s value, keyboard stepping with announcements, replay, and a retry from the failed step', async ({ page }) => {
  test.slow(); // a template, a fault, a firing and a retry
  const run = await failedVipRun(page);

  // The path: the failed Slack step is current; the others succeeded.
  await expect(run.position).toHaveText('Step 4 of 4');
  await expect.poll(async () => (await run.path('Send Slack message')).shown).toBe('✗ Failed');
  // The symbol is drawn, with empty alternative text, as the aria-hidden span it replaced was hidden.
  expect((await run.path('Send Slack message')).drawn).toBe('"✗ " / ""');
  await expect(run.node('Send Slack message').locator('.step-node')).toHaveClass(/step-node--current/);
  await expect.poll(async () => (await run.path('Add order tags')).shown).toBe('✓ Succeeded');
  // A screen reader hears each node's place on the path, and which is current, in the node's name.
  await expect(run.page.getByRole('group', { name: /\. In this run: Failed, Current step$/ })).toContainText('Send Slack message');
  await expect(run.page.getByRole('group', { name: /\. In this run: Succeeded$/ })).toHaveCount(3);
  await expect(run.page.locator('.run-canvas__canvas .react-flow__edge.edge--taken')).toHaveCount(3);
  await expect(run.page.getByRole('table', { name: `Attempts of ${SLACK}` }).getByRole('row')).toHaveCount(5); // header + 4 attempts

  // Back two steps with the keyboard: the condition, its criterion with the value read.
  await run.page.keyboard.press(',');
  await expect(run.announcer).toHaveText(/^Step 3 of 4: Shopify · Add order tags — Succeeded$/);
  await run.page.keyboard.press(',');
  await expect(run.announcer).toHaveText(/^Step 2 of 4: .+ — Succeeded$/);
  const criteria = run.criteria();
  const row = criteria.getByRole('row').filter({ hasText: 'trigger.total_price' });
  await expect(row.getByRole('rowheader')).toHaveText('trigger.total_price is greater than');
  await expect(row.getByRole('cell')).toHaveText(['500', '750', '✓ Held']);

  // Replay at 4× from the first step, to the end.
  await run.page.keyboard.press('Home');
  await expect(run.announcer).toHaveText(/^Step 1 of 4: /);
  await run.speed.selectOption('4');
  await run.play.click();
  await expect(run.announcer).toHaveText(`Step 4 of 4: ${SLACK} — Failed`);
  await expect(run.play).toHaveText(/Replay/);

  // Lift the fault and retry from the failed step: a new run, the steps before reused.
  const failedUrl = run.page.url();
  const sandbox = new SandboxPage(page);
  await sandbox.open('Store 1');
  await sandbox.fault('Slack').selectOption({ label: 'No fault' });
  await expect(sandbox.fault('Slack')).toHaveValue('none');
  await page.goto(failedUrl);
  await run.retryFromStep.click();
  await expect(page).not.toHaveURL(failedUrl);
  await expect(run.retryFromNote).toHaveText(`Retried from “${SLACK}” of an earlier run: 3 steps before it were reused, not run again. the earlier failed run`);
  await expect.poll(async () => (await run.path('Add order tags')).shown).toBe('✓ Succeeded · reused');
  await expect.poll(async () => (await run.path('Send Slack message')).shown).toBe('✓ Succeeded');
  await expect(run.node('Send Slack message')).not.toContainText('reused');

  // The run's page says it too, and only one tag step ran in all (the reused one was not run again).
  await run.page.getByRole('link', { name: 'Back to the run' }).click();
  const detail = new RunPage(page);
  await expect(detail.status).toHaveText('✓ Succeeded');
  await expect(page.getByTestId('retry-from')).toContainText('3 steps before it were reused');
  await expect(detail.step('Shopify · Add order tags')).toContainText('reused');
});

test('the editor’s test run on the canvas: the branch not taken is drawn as not reached', async ({ page }) => {
  await page.goto('/#/workflows');
  await page.getByText('Start from a template').click();
  await page.getByRole('button', { name: 'Use template Big paid orders: tag VIP and tell the team' }).click();
  const toolbar = page.getByRole('toolbar', { name: 'Editor' });
  await toolbar.getByRole('combobox', { name: 'Test in store' }).selectOption({ label: 'Store 1' });
  await toolbar.getByRole('button', { name: 'Test with sample data' }).click();
  // The sample order (249.99) is not over 500: the condition goes Otherwise, where nothing is linked.
  await toolbar.getByRole('button', { name: 'Show on canvas' }).click();
  const run = new RunCanvasPage(page);
  await expect(run.heading).toHaveText('Test of Big paid orders: tag VIP and tell the team on the canvas');
  await expect(run.position).toHaveText('Step 1 of 2');
  await expect.poll(async () => (await run.path('Add order tags')).shown).toBe('○ Not reached');
  await expect.poll(async () => (await run.path('Send Slack message')).shown).toBe('○ Not reached');
  await expect(page.locator('.run-canvas__canvas .react-flow__edge.edge--taken')).toHaveCount(1);
  await page.keyboard.press('.');
  await expect(run.announcer).toHaveText(/^Step 2 of 2: .+ — Succeeded$/);
  await expect(run.criteria().getByRole('row').filter({ hasText: 'trigger.total_price' }).getByRole('cell')).toHaveText(['500', '249.99', '✗ Did not hold']);
  await expect(run.retryFromStep).toHaveCount(0); // a test run is not stored, so it is not retried
});
