/**
 * The nodes of a run shown on the canvas: each node's accessible name says
 * the step and its place on the run's path ("In this run: Failed"), and the
 * current step's node says so too; making a node current gives it a new
 * object and leaves the path data of the others as they were.
 */
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../domain/catalog/builtIn';
import { runPath } from '../../domain/runs/runPath';
import { actionStep, createWorkflow, triggerStep } from '../../domain/workflow/factory';
import { ensureFullCatalog } from '../../state/catalog';
import type { StepNodeType } from '../canvas/nodes/StepNodes';
import { asCurrent, runEdges, runNodes } from './runFlow';

// The run canvas's page loads the manifests first (ui/App.tsx); the steps' names come from them.
await ensureFullCatalog();

const AT = '2026-03-01T10:00:00.000Z';

function run() {
  const workflow = createWorkflow('Tag orders', 'wf-1');
  workflow.steps.push(triggerStep('shopify', 'order-created', { x: 0, y: 0 }, 't'), actionStep('shopify', 'add-order-tags', { x: 0, y: 160 }, 'a'), actionStep('shopify', 'add-order-tags', { x: 0, y: 320 }, 'b'));
  workflow.links.push({ from: 't', port: 'next', to: 'a' }, { from: 'a', port: 'next', to: 'b' });
  const rec = (stepId: string, status: 'succeeded' | 'failed') => ({ stepId, kind: 'action' as const, name: stepId, status, attempts: [], startedAt: AT });
  return { workflow, steps: [rec('t', 'succeeded'), rec('a', 'failed')] };
}

describe('runNodes', () => {
  const r = run();
  const nodes = runNodes(r.workflow, runPath(r), undefined, 'en', builtInCatalog);
  const [, failed, notReached] = nodes as [StepNodeType, StepNodeType, StepNodeType];

  it('names each node by its step and its place on the path', () => {
    expect(failed.ariaLabel).toMatch(/^Action: Shopify · .+\. In this run: Failed$/);
    expect(notReached.ariaLabel).toMatch(/\. In this run: Not reached$/);
    expect(failed.data.run).toEqual({ status: 'failed', reused: false, records: 1, current: false });
  });

  it('marks the current step in its data and its name, a new object for that node only', () => {
    const current = asCurrent(failed);
    expect(current).not.toBe(failed);
    expect(current.data.run?.current).toBe(true);
    expect(current.ariaLabel).toMatch(/\. In this run: Failed, Current step$/);
    expect(failed.data.run?.current).toBe(false);
    expect(current.data.step).toBe(failed.data.step);
  });

  it('classes the links the run went along as taken', () => {
    const edges = runEdges(r.workflow, runPath(r), 'en');
    expect(edges.map((e) => e.className)).toEqual(['edge--next edge--taken', 'edge--next edge--not-taken']);
  });
});
