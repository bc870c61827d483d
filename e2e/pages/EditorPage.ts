/** Page object for the workflow editor: palettes, canvas, inspector, toolbar. */
import { expect, type Locator, type Page } from '@playwright/test';
import { WorkflowsPage } from './WorkflowsPage';

export class EditorPage {
  readonly triggers: Locator;
  readonly actions: Locator;
  readonly inspector: Locator;
  readonly canvas: Locator;
  readonly pane: Locator;
  readonly message: Locator;

  constructor(readonly page: Page) {
    this.triggers = page.getByRole('complementary', { name: 'Triggers' });
    this.actions = page.getByRole('complementary', { name: 'Actions' });
    this.inspector = page.getByRole('complementary', { name: 'Inspector' });
    this.canvas = page.getByRole('main', { name: 'Canvas' });
    this.pane = this.canvas.locator('.react-flow__pane');
    this.message = page.locator('.editor__message');
  }

  /** Creates a new workflow from the Workflows page and lands in the editor. */
  async createWorkflow(): Promise<string> {
    const list = new WorkflowsPage(this.page);
    await list.open();
    const id = await list.create();
    await expect(this.canvas).toBeVisible();
    return id;
  }

  /** Makes a workflow from a template of the Workflows page's gallery and opens it; `firstStep` is the text of a step to wait for. */
  async createFromTemplate(template: string, firstStep: string) {
    await this.page.goto('/#/workflows');
    await this.page.getByText('Start from a template').click();
    await this.page.getByRole('button', { name: `Use template ${template}` }).click();
    await expect(this.node(firstStep)).toBeVisible();
  }

  /** Turns the open workflow on from its own settings (an empty corner of the canvas selects nothing) and waits for the save. */
  async turnOn() {
    await this.pane.click({ position: { x: 12, y: 12 } });
    await this.inspector.getByRole('checkbox', { name: 'Workflow is on' }).check();
    await this.expectSaved();
  }

  /** An item button inside its app's group of a palette. */
  item(palette: 'Triggers' | 'Actions', app: string, item: string): Locator {
    const side = palette === 'Triggers' ? this.triggers : this.actions;
    return side.getByRole('group', { name: app, exact: true }).getByRole('button', { name: item, exact: true });
  }

  logic(item: 'Condition' | 'Wait' | 'For each' | 'Log output' | 'Run code' | 'Send Admin API request'): Locator {
    return this.actions.getByRole('group', { name: 'Logic' }).getByRole('button', { name: item, exact: true });
  }

  /** An entry of the Actions palette's Data section ("Get order data"...). */
  data(item: 'Get order data' | 'Get customer data' | 'Get product data' | 'Get draft order data'): Locator {
    return this.actions.getByRole('group', { name: 'Data', exact: true }).getByRole('button', { name: item, exact: true });
  }

  /** Drags a palette item onto the canvas at a point relative to the canvas pane. */
  async dragToCanvas(item: Locator, x: number, y: number) {
    await item.dragTo(this.pane, { targetPosition: { x, y } });
  }

  /**
   * A step node on the canvas, found by the text it shows: its own text or its accessible name
   * ("Run code: Logic · …"), since the kind line is drawn by CSS and is not in the node's text.
   */
  node(text: string): Locator {
    const nodes = this.canvas.locator('.react-flow__node');
    return nodes.filter({ hasText: text }).or(this.canvas.getByRole('group', { name: text }).and(nodes));
  }

  /** The nodes of one kind, by their accessible name ("For each: Logic · …"); text inside loop bodies says "for each" too. */
  nodeOfKind(kind: 'For each' | 'Condition' | 'Action' | 'Trigger'): Locator {
    return this.canvas.getByRole('group', { name: new RegExp(`^${kind}: `) });
  }

  /** Connects a node's output port to another node by dragging between handles. */
  async connect(from: Locator, port: 'next' | 'then' | 'otherwise' | 'loop_body' | 'after', to: Locator) {
    const source = from.locator(`.react-flow__handle.source[data-handleid="${port}"]`);
    const target = to.locator('.react-flow__handle.target');
    const a = (await source.boundingBox())!;
    const b = (await target.boundingBox())!;
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  edges(): Locator {
    return this.canvas.locator('.react-flow__edge');
  }

  async expectSaved() {
    await expect(this.page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  }
}
