/**
 * The "Error handler: tell Slack when a workflow fails" template: a valid
 * export that starts with Workflow error occurred, and, turned on beside a
 * workflow that fails, posts the failing workflow's name, step and error to
 * Slack through the real adapters.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../../src/domain/catalog/builtIn';
import { WORKFLOW_ERROR_TRIGGER } from '../../src/domain/runs/workflowError';
import { validateWorkflow } from '../../src/domain/workflow/validate';
import { builtInRegistry } from '../../src/engine/adapters/index';
import { ManualClock, counterIds } from '../../src/engine/clock';
import { Engine } from '../../src/engine/engine';
import { MemorySandbox } from '../../src/engine/sandbox';
import { parseImport } from '../../src/io/importDocument';
import { T0, orgWith, workflow } from '../fixtures/workflowSpec';

const text = readFileSync(new URL('../../src/domain/templates/error-handler-to-slack.json', import.meta.url), 'utf8');

describe('the error handler template', () => {
  it('is a valid export whose workflow starts with Workflow error occurred and posts to Slack', () => {
    const parsed = parseImport(text, { catalog });
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    if (!parsed.ok) return;
    const [template] = parsed.value.workflows;
    expect(template!.steps.map((s) => (s.kind === 'trigger' ? `${s.app}/${s.trigger}` : s.kind === 'action' ? `${s.app}/${s.action}` : s.kind))).toEqual([
      `${WORKFLOW_ERROR_TRIGGER.app}/${WORKFLOW_ERROR_TRIGGER.trigger}`,
      'slack/send-message',
    ]);
    const org = orgWith({ 'store-1': ['slack'] });
    expect(validateWorkflow(template!, { catalog, org }).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('posts the failing workflow’s name, failed step and error when another workflow fails', async () => {
    const parsed = parseImport(text, { catalog });
    if (!parsed.ok) throw new Error('template does not parse');
    const handler = { ...parsed.value.workflows[0]!, activation: { on: true, scope: { kind: 'all' as const }, offInStores: [] } };
    // Shopify always fails in the store (an injected fault, as on the Sandbox page): the tagging run fails.
    const failing = workflow({
      id: 'wf-tag',
      name: 'Tag big orders',
      trigger: ['shopify', 'order-created'],
      steps: [{ id: 'tag', action: ['shopify', 'add-order-tags'], fields: { order_id: '999999999', tags: 'big' } }],
    });
    const sandbox = new MemorySandbox();
    const faults = (_storeId: string, appId: string) => (appId === 'shopify' ? { mode: 'always' as const } : undefined);
    const engine = new Engine({ catalog, registry: builtInRegistry, sandbox, faults, clock: new ManualClock(T0), ids: counterIds() });
    const sample = catalog.byId.get('shopify')!.triggers.find((t) => t.id === 'order-created')!.samplePayload;
    const batch = await engine.fire({ id: 'e1', storeId: 'store-1', app: 'shopify', trigger: 'order-created', payload: structuredClone(sample), at: T0, depth: 0 }, [failing, handler], orgWith({ 'store-1': ['slack'] }));
    expect(batch.runs.map((r) => [r.workflowName, r.status])).toEqual([['Tag big orders', 'failed'], [handler.name, 'succeeded']]);
    const error = batch.runs[0]!.steps.find((s) => s.status === 'failed')!.error!;
    const posted = batch.runs[1]!.steps.find((s) => s.kind === 'action')!.rendered!;
    expect(posted.channel).toBe('#flow-errors');
    expect(posted.text).toContain('Workflow “Tag big orders” failed at Shopify · Add order tags: ');
    expect(posted.text).toContain(error);
    expect(posted.text).toContain(`run https://store-1.myshopify.com/admin/apps/flow/web/overview/activity/${batch.runs[0]!.id}`);
  });
});
