/**
 * The canvas's flow store: each step node carries its app's manifest from
 * the session's catalog (the node draws the mark from it, with no catalog
 * subscription of its own), keeps its object while nothing it shows changed,
 * and is derived again when the catalog changes; a test result reaches the
 * nodes from the test result's store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../domain/catalog/builtIn';
import type { Catalog } from '../../domain/catalog/catalog';
import { createWorkflow, triggerStep } from '../../domain/workflow/factory';
import { STEP_KIND_NAMES, kindOf } from '../../domain/workflow/kinds/registry';
import type { Source } from '../../state/editor/session';
import { useDryRun } from '../../state/runtime/dryRunState';
import { testSession } from '../../../test/fixtures/editorSession';
import { type CanvasView, canvasViewOf } from './flowStore';
import type { StepNodeType } from './nodes/StepNodes';

const NOW = '2026-03-02T10:00:00.000Z';
let close: (() => Promise<void>) | undefined;

/** A catalog that can be replaced, like the app's effective catalog when custom apps change. */
function changingCatalog(first: Catalog): Source<Catalog> & { set(next: Catalog): void } {
  let value = first;
  const listeners = new Set<() => void>();
  return {
    current: () => value,
    subscribe: (l) => (listeners.add(l), () => void listeners.delete(l)),
    set(next) {
      value = next;
      for (const l of listeners) l();
    },
  };
}

async function viewOf(catalog?: Source<Catalog>): Promise<CanvasView> {
  const doc = createWorkflow('Stored', 'wf-1');
  const session = await testSession({ ...doc, steps: [triggerStep('shopify', 'order-created', { x: 0, y: 0 }, 't')] }, catalog);
  close = () => session.close();
  return canvasViewOf(session);
}

const stepNode = (view: CanvasView, id: string) => view.flow.getState().nodes.find((node) => node.id === id) as StepNodeType;

afterEach(async () => {
  await close?.();
  useDryRun.getState().clear();
});

describe('the canvas flow store', () => {
  it("puts the step's app manifest in its node's data, and gives the step a new node only when its app's manifest changes", async () => {
    const catalog = changingCatalog(builtInCatalog);
    const view = await viewOf(catalog);
    const before = stepNode(view, 't');
    expect(before.data.app).toBe(builtInCatalog.byId.get('shopify'));
    expect(before.ariaLabel).toBe('Trigger: Shopify · Order created');
    expect(view.flow.getState().nodes.map((n) => n.id)).toEqual(['t']);

    // A new catalog with the same manifest (another app imported): the node is kept.
    catalog.set({ ...builtInCatalog });
    expect(stepNode(view, 't')).toBe(before);

    const withoutShopify: Catalog = {
      apps: builtInCatalog.apps.filter((a) => a.id !== 'shopify'),
      byId: new Map([...builtInCatalog.byId].filter(([id]) => id !== 'shopify')),
    };
    catalog.set(withoutShopify);
    const after = stepNode(view, 't');
    expect(after).not.toBe(before);
    expect(after.data.app).toBeUndefined();
    expect(after.data.appName).toBe('Shopify');
  });

  it("shows the last test run's record on each node from the test result's store", async () => {
    const view = await viewOf();
    const untested = stepNode(view, 't');
    expect(untested.data.test).toEqual({ tested: false, record: undefined });
    expect(stepNode(view, 't')).toBe(untested);
    const record = { stepId: 't', kind: 'trigger', name: 't', status: 'succeeded', attempts: [], startedAt: NOW, finishedAt: NOW };
    useDryRun.setState({ run: { status: 'succeeded', steps: [record] } as never });
    expect(stepNode(view, 't').data.test).toEqual({ tested: true, record });
  });
});

describe("a link's source handle", () => {
  it("is named only for the ports of kinds with more than one: `next` is only ever a one-port kind's port", () => {
    // The edges leave `next` unnamed (React Flow then takes the node's only source handle), which holds while this does.
    for (const name of STEP_KIND_NAMES) {
      const { ports } = kindOf(name);
      if (ports.includes('next')) expect(ports, name).toEqual(['next']);
    }
  });
});
