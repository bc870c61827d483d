/** Page object for a run shown on the canvas (/runs/:id/canvas): the nodes with the path, the step controls, the step's details. */
import { expect, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './EditorPage';
import { SandboxPage } from './SandboxPage';

export class RunCanvasPage {
  readonly heading: Locator;
  readonly canvas: Locator;
  readonly controls: Locator;
  readonly position: Locator;
  readonly announcer: Locator;
  readonly previous: Locator;
  readonly next: Locator;
  readonly play: Locator;
  readonly speed: Locator;
  readonly retryFromStep: Locator;
  readonly retryFromNote: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.canvas = page.getByRole('application', { name: 'The workflow version that ran, with the path the run took' }).or(page.locator('.run-canvas__canvas'));
    this.controls = page.getByRole('group', { name: 'Step through the run' });
    this.position = page.getByTestId('run-canvas-position');
    this.announcer = page.getByTestId('run-canvas-announcer');
    this.previous = this.controls.getByRole('button', { name: 'Previous step', exact: true });
    this.next = this.controls.getByRole('button', { name: 'Next step', exact: true });
    this.play = this.controls.getByRole('button', { name: /^(Replay|Pause)$/ });
    this.speed = this.controls.getByRole('combobox', { name: 'Speed' });
    this.retryFromStep = page.getByRole('button', { name: 'Retry from failed step' });
    this.retryFromNote = page.getByTestId('retry-from-note');
  }

  /** A step's node, by text it shows. */
  node(text: string): Locator {
    return this.page.locator('.run-canvas__canvas .react-flow__node').filter({ hasText: text });
  }

  /**
   * A node's place on the run's path as a sighted user reads it, "✗ Failed": the chip's
   * symbol, drawn as its CSS ::before (with empty alternative text: screen readers skip it),
   * then its words.
   */
  path(text: string): Promise<{ shown: string; drawn: string }> {
    return this.node(text)
      .getByTestId('run-path-chip')
      .evaluate((chip) => {
        const drawn = getComputedStyle(chip, '::before').content;
        return { shown: (/^"([^"]*)"/.exec(drawn)?.[1] ?? '') + chip.textContent, drawn };
      });
  }

  /** A condition's criteria table. */
  criteria(): Locator {
    return this.page.getByRole('table', { name: /^Criteria of / });
  }
}

/**
 * The "Big paid orders" template (Order paid → condition total_price > 500 →
 * Add order tags → Slack), turned on, fired in Store 1 for an order of 750
 * with Slack set to always fail there; the just-fired run opened on the canvas.
 */
export async function failedVipRun(page: Page): Promise<RunCanvasPage> {
  await page.goto('/#/workflows');
  await page.getByText('Start from a template').click();
  await page.getByRole('button', { name: 'Use template Big paid orders: tag VIP and tell the team' }).click();
  const editor = new EditorPage(page);
  await expect(editor.node('Add order tags')).toBeVisible();
  await editor.pane.click();
  await editor.inspector.getByRole('checkbox', { name: 'Workflow is on' }).check();
  await editor.expectSaved();

  const sandbox = new SandboxPage(page);
  await sandbox.open('Store 1');
  await sandbox.fault('Slack').selectOption({ label: 'Always fail' });
  await expect(sandbox.fault('Slack')).toHaveValue('always');
  const sim = sandbox.simulator;
  await sim.expand();
  await sim.choose('Shopify', 'Order paid');
  await expect(sim.payload).toHaveValue(/"total_price": 249.99/);
  await sim.payload.fill((await sim.payload.inputValue()).replace('"total_price": 249.99', '"total_price": 750'));
  await sim.fireIn(['Store 1']);
  await expect(sim.firedLine).toHaveText('Fired in 1 store: 0 succeeded, 0 skipped, 1 failed');
  await sim.startedRun('Big paid orders').getByRole('link', { name: /^Show on canvas: / }).click();
  const run = new RunCanvasPage(page);
  await expect(run.heading).toHaveText('Big paid orders: tag VIP and tell the team on the canvas · Store 1');
  return run;
}
