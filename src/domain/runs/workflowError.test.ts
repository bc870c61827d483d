import { describe, expect, it } from 'vitest';
import { findTrigger } from '../catalog/catalog';
import { builtInCatalog } from '../catalog/builtIn';
import { checkFieldValue } from '../catalog/fieldTypes';
import { Workflow } from '../workflow/document';
import {
  WORKFLOW_ERROR_TRIGGER,
  type FailedRunFacts,
  firesAgain,
  nextNotice,
  workflowErrorPayload,
  workflowVersionOf,
} from './workflowError';

const failing: Workflow = Workflow.parse({
  schemaVersion: 2,
  id: 'wf-tag',
  name: 'Tag big orders',
  activation: { on: true, scope: { kind: 'all' }, offInStores: [] },
  steps: [
    { kind: 'trigger', id: 't', app: 'shopify', trigger: 'order-created', position: { x: 0, y: 0 } },
    { kind: 'action', id: 'a', app: 'shopify', action: 'add-order-tags', fields: { order_id: '{{ trigger.order_id }}', tags: 'big' }, position: { x: 0, y: 140 } },
  ],
  links: [{ from: 't', port: 'next', to: 'a' }],
});

const facts: FailedRunFacts = {
  runId: 'run-9',
  storeId: 'store-1',
  workflow: failing,
  failedAt: '2026-11-28T12:00:00.000Z',
  failedStep: { name: 'Shopify · Add order tags', error: 'Shopify failed after 4 attempts' },
};

const days = (n: number) => new Date(Date.parse(facts.failedAt) + n * 86_400_000).toISOString();

describe('the version the Workflow error occurred trigger counts', () => {
  it('changes when a step’s field, a step or a link changes', () => {
    const v = workflowVersionOf(failing);
    const edited = structuredClone(failing);
    (edited.steps[1] as { fields: Record<string, string> }).fields.tags = 'huge';
    expect(workflowVersionOf(edited)).not.toBe(v);
    expect(workflowVersionOf({ ...failing, links: [] })).not.toBe(v);
  });

  it('stays the same when a step is moved or annotated, or the workflow renamed or turned off', () => {
    const moved = structuredClone(failing);
    moved.steps[1]!.position = { x: 300, y: 500 };
    moved.steps[1]!.note = 'why this tag';
    moved.name = 'Renamed';
    moved.activation.on = false;
    expect(workflowVersionOf(moved)).toBe(workflowVersionOf(failing));
  });
});

describe('when a failure fires the trigger', () => {
  it('fires for a version that never fired, not again within 30 days, again once 30 days have passed', () => {
    expect(firesAgain(undefined, facts.failedAt)).toBe(true);
    const notice = { firedAt: facts.failedAt };
    expect(firesAgain(notice, days(1))).toBe(false);
    expect(firesAgain(notice, new Date(Date.parse(days(30)) - 1).toISOString())).toBe(false);
    expect(firesAgain(notice, days(30))).toBe(true);
  });

  it('counts the failures a window swallowed, and starts a new window when it fires again', () => {
    const first = nextNotice(undefined, facts, true);
    expect(first).toMatchObject({ workflowId: 'wf-tag', firedAt: facts.failedAt, runId: 'run-9', failures: 1 });
    const second = nextNotice(first, { ...facts, runId: 'run-10', failedAt: days(2) }, false);
    expect(second).toMatchObject({ firedAt: facts.failedAt, runId: 'run-9', failures: 2 });
    const later = nextNotice(second, { ...facts, runId: 'run-11', failedAt: days(31) }, true);
    expect(later).toMatchObject({ firedAt: days(31), runId: 'run-11', failures: 1 });
  });
});

describe('the trigger data of a failure', () => {
  it('names the failing workflow, its run, version, store domain, links and the error', () => {
    const payload = workflowErrorPayload(facts);
    expect(payload).toEqual({
      workflow_id: 'wf-tag',
      workflow_run_id: 'run-9',
      workflow_name: 'Tag big orders',
      shop_domain: 'store-1.myshopify.com',
      workflow_run_url: 'https://store-1.myshopify.com/admin/apps/flow/web/overview/activity/run-9',
      workflow_url: 'https://store-1.myshopify.com/admin/apps/flow/editor/wf-tag',
      workflow_version: workflowVersionOf(failing),
      error_message: 'Shopify failed after 4 attempts',
      failed_step_name: 'Shopify · Add order tags',
    });
  });

  it('fits the catalog’s trigger: every field present and of its type, nothing undeclared', () => {
    const def = findTrigger(builtInCatalog, WORKFLOW_ERROR_TRIGGER.app, WORKFLOW_ERROR_TRIGGER.trigger)!;
    expect(def).toBeDefined();
    const payload = workflowErrorPayload(facts);
    expect(Object.keys(payload).sort()).toEqual(def.fields.map((f) => f.key).sort());
    for (const field of def.fields) expect([field.key, checkFieldValue(field.type, payload[field.key])]).toEqual([field.key, undefined]);
  });
});
