/**
 * Run code in the editor, end to end: a Run code step from the palette with
 * its working example; the loyalty template's Run code rewritten so that it
 * returns a field the condition branches on (Test with sample data shows
 * the branch taken, both ways), then fired in a store, where the run's page
 * shows the script's input, output and console.log lines; and a hostile
 * script (an endless loop) that fails its step with a clear error while the
 * page stays responsive.
 */
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { OrganizationPage } from './pages/OrganizationPage';
import { RunCodeSettings } from './pages/RunCodeSettings';
import { RunPage, RunsPage } from './pages/RunsPage';

const TEMPLATE = 'Loyalty points computed in Run code';
const LOYALTY = 'LoyaltyLion – Rewards & Referrals';

const script = (points: string, log: string) => `export default function main(input) {
  const points = ${points};
  console.log('${log}', input.order.name, points);
  return { points, tier: points > 0 ? 'silver' : 'none' };
}`;

async function loyaltyWorkflow(page: Page): Promise<{ editor: EditorPage; runCode: RunCodeSettings }> {
  const org = new OrganizationPage(page);
  await org.open();
  await org.installToggle(LOYALTY, 'Store 1').click();
  await expect(org.installToggle(LOYALTY, 'Store 1')).toBeChecked();
  await page.goto('/#/workflows');
  await page.getByText('Start from a template').click();
  await page.getByRole('button', { name: `Use template ${TEMPLATE}` }).click();
  const editor = new EditorPage(page);
  await expect(editor.node('Run code')).toBeVisible();
  const runCode = new RunCodeSettings(page, editor);
  await runCode.open();
  return { editor, runCode };
}

test('a Run code step from the palette starts as a working example that runs', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.createWorkflow();
  await editor.item('Triggers', 'Shopify', 'Order paid').click();
  await editor.logic('Run code').click(); // linked below the trigger, and selected
  const runCode = new RunCodeSettings(page, editor);
  await expect(runCode.code).toHaveValue(/export default function main\(input\)/);
  await expect(runCode.input).toHaveValue(/totalPrice/);
  await expect(runCode.outputSchema).toHaveValue(/points: Int!/);
  await expect(runCode.section.getByRole('listitem')).toHaveCount(0);

  // Problems show under the field they belong to, and go when it is fixed.
  await runCode.input.fill('{ order { loyaltyTier } }');
  await expect(runCode.problemsOf(runCode.input)).toHaveText([/order\.loyaltyTier \(line 1, column 11\), which this step's data doesn't have/]);
  await runCode.outputSchema.fill('type Result { points: Int }');
  await expect(runCode.problemsOf(runCode.outputSchema)).toHaveText([/must define an object type named Output/]);
  await page.keyboard.press('Control+z');
  await expect(runCode.outputSchema).toHaveValue(/points: Int!/);
  await runCode.input.fill('{ order { name totalPrice } }');
  await expect(runCode.section.getByRole('listitem')).toHaveCount(0);

  await runCode.testIn('Store 1');
  await expect(editor.node('Run code')).toContainText('✓ Succeeded');
});

test('Run code returns a field a condition branches on; the run shows its input, output and log lines', async ({ page }) => {
  test.slow();
  const { editor, runCode } = await loyaltyWorkflow(page);
  const condition = editor.node('Condition');

  await runCode.writeCode(script('7 * 3', 'e2e points for'));
  await runCode.testIn('Store 1');
  await expect(editor.node('Run code')).toContainText('✓ Succeeded');
  await expect(condition).toContainText('→ Then');
  await expect(editor.node('Add points')).toContainText('✓ Succeeded');

  await runCode.writeCode(script('0', 'e2e no points for'));
  await runCode.testIn('Store 1');
  await expect(condition).toContainText('→ Otherwise');
  await expect(editor.node('Add points')).toContainText('Not reached');

  // Turned on and fired in Store 1, the run's page shows what the script got, returned and logged.
  await runCode.writeCode(script('7 * 3', 'e2e points for'));
  // An empty corner of the canvas: its centre holds the condition.
  await editor.pane.click({ position: { x: 12, y: 12 } });
  await editor.inspector.getByRole('checkbox', { name: 'Workflow is on' }).check();
  await editor.expectSaved();
  const runs = new RunsPage(page);
  await runs.open();
  await runs.simulator.expand();
  await runs.simulator.choose('Shopify', 'Order paid');
  await runs.simulator.fireIn(['Store 1']);
  await expect(runs.simulator.startedRun(`${TEMPLATE} in Store 1`)).toContainText('Succeeded');
  await runs.simulator.startedRun(`${TEMPLATE} in Store 1`).getByRole('link').first().click();
  const run = new RunPage(page);
  const step = run.step('Run code');
  await expect(step.getByRole('list', { name: 'Log lines of Run code' }).getByRole('listitem')).toHaveText([/^e2e points for #\S+ 21$/]);
  // A <dl> has no ARIA role to find it by; its label names it.
  await expect(step.locator('dl[aria-label="Output of Run code"]')).toContainText('21');
  await expect(step.locator('dl[aria-label="Input of Run code"]')).toContainText('totalPrice');
  await expect(run.step('Condition: 1 criterion')).toContainText('Went to Then');
});

test('a hostile script fails its step with a clear error while the page stays responsive', async ({ page }) => {
  test.slow();
  const { editor, runCode } = await loyaltyWorkflow(page);
  await runCode.writeCode('export default function main(input) {\n  while (true) {}\n}');
  await runCode.testIn('Store 1');
  // The page answers while the worker runs the loop: typing still reaches the document.
  await runCode.outputSchema.fill('type Output { points: Int!, tier: String! }');
  await expect(runCode.outputSchema).toHaveValue('type Output { points: Int!, tier: String! }');
  await expect(editor.node('Run code')).toContainText('✗ Failed: The script ran too long: it was stopped after 1,000 steps.');
  await expect(editor.node('Add points')).toContainText('Not reached');

  // The sandbox works again for the next script.
  await runCode.writeCode(script('5', 'after the loop'));
  await runCode.testIn('Store 1');
  await expect(editor.node('Run code')).toContainText('✓ Succeeded');
  await page.getByRole('link', { name: 'Runs', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Runs', exact: true })).toBeVisible();
});
