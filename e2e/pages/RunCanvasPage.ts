/** Page object for a run shown on the canvas (/runs/:id/canvas): the nodes with the path, the step controls, the step's details. */
import type { Locator, Page } from '@playwright/test';

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

  /** A condition's criteria table. */
  criteria(): Locator {
    return this.page.getByRole('table', { name: /^Criteria of / });
  }
}
