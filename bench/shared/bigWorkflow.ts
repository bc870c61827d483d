/**
 * The generated N-step workflow the canvas benchmarks open: a Shopify
 * "Order created" trigger, then a chain of "Add order tags" actions with a
 * condition every tenth step (its Then port continues the chain). Steps sit
 * on a grid of {@link COLUMNS} columns, row by row, so a large workflow is
 * wider than a line and partly off screen at the fitted zoom: the canvas
 * renders only what is visible, which is what the benchmarks exercise.
 *
 * Used by both sides: the editor benchmark stores it in IndexedDB, the bare
 * React Flow page turns the same steps and links into default nodes and
 * edges, so both canvases show the same graph at the same positions.
 * Plain data only (no imports from src), so the bare page stays bare.
 */

export const COLUMNS = 20;
export const DX = 280;
export const DY = 160;

export interface BenchStep {
  id: string;
  kind: 'trigger' | 'action' | 'condition';
  position: { x: number; y: number };
  [key: string]: unknown;
}

export interface BenchLink {
  from: string;
  port: 'next' | 'then' | 'otherwise';
  to: string;
}

export interface BenchWorkflow {
  schemaVersion: typeof BENCH_SCHEMA_VERSION;
  id: string;
  name: string;
  description: string;
  activation: { on: boolean; scope: { kind: 'all' }; offInStores: string[] };
  steps: BenchStep[];
  links: BenchLink[];
}

/**
 * The workflow schema version the documents are written in: a literal, since
 * this file imports nothing from src; test/benchFixtures.test.ts fails when
 * it falls behind the domain's WORKFLOW_SCHEMA_VERSION.
 */
export const BENCH_SCHEMA_VERSION = 2;

const position = (i: number) => ({ x: (i % COLUMNS) * DX, y: Math.floor(i / COLUMNS) * DY });

/** A valid workflow document (the current schema version) of `n` steps, trigger included. */
export function bigWorkflow(n: number, id = `bench-${n}`): BenchWorkflow {
  const steps: BenchStep[] = [];
  const links: BenchLink[] = [];
  for (let i = 0; i < n; i++) {
    const stepId = i === 0 ? 'trigger' : `s${i}`;
    if (i === 0) {
      steps.push({ id: stepId, kind: 'trigger', app: 'shopify', trigger: 'order-created', position: position(i), note: '' });
    } else if (i % 10 === 5) {
      steps.push({
        id: stepId,
        kind: 'condition',
        criteria: { kind: 'group', join: 'and', items: [{ kind: 'criterion', field: 'order.total_price', operator: 'greater_than', value: 100 }] },
        position: position(i),
        note: '',
      });
    } else {
      steps.push({ id: stepId, kind: 'action', app: 'shopify', action: 'add-order-tags', fields: { tags: `bench-${i}` }, position: position(i), note: '' });
    }
    const prev = steps[i - 1];
    if (prev) links.push({ from: prev.id, port: prev.kind === 'condition' ? 'then' : 'next', to: stepId });
  }
  return {
    schemaVersion: BENCH_SCHEMA_VERSION,
    id,
    name: `Benchmark ${n} steps`,
    description: '',
    activation: { on: false, scope: { kind: 'all' }, offInStores: [] },
    steps,
    links,
  };
}

/** A short label per step, as the bare page shows it. */
export function stepLabel(step: BenchStep): string {
  if (step.kind === 'trigger') return 'Order created';
  if (step.kind === 'condition') return 'Condition';
  return `Add order tags ${step.id}`;
}
