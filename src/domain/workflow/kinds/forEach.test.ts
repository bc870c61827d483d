/**
 * For each, as Flow defines it (FORMAT.md §11): a list path, two ports, an
 * item named `<last segment>Foreachitem` readable only on the loop's path,
 * and the steps Flow forbids directly inside a loop refused everywhere a
 * link can be made.
 */
import { describe, expect, it } from 'vitest';
import { workflow } from '../../../../test/fixtures/workflowSpec';
import { builtInCatalog as catalog } from '../../catalog/builtIn';
import type { Organization } from '../../org/organization';
import { DEFAULT_ACTIVATION } from '../activation';
import { WORKFLOW_SCHEMA_VERSION, Workflow } from '../document';
import { applyOperation, OperationError } from '../operations';
import { canConnect } from '../connectionRules';
import { validateWorkflow } from '../validate';
import { MAX_ITEM_LABEL, forEachStep, loopItemLabel, loopItemName } from './forEach';

const org: Organization = {
  name: 'Org',
  stores: [{ id: 's1', name: 'S1', flowInstalled: true, createdAt: '2026-01-01T00:00:00.000Z', timeZone: 'UTC' }],
  installations: ['slack', 'shopify'].map((appId) => ({ storeId: 's1', appId, installedAt: '2026-01-01T00:00:00.000Z', settings: {}, secretsSet: [] })),
};
const problems = (wf: Workflow) => validateWorkflow(wf, { catalog, org });
const slack = (id: string, text: string) => ({ id, action: ['slack', 'send-message'] as [string, string], fields: { channel: '#ops', text } });
const loop = (id: string, list: string) => ({ id, body: { kind: 'forEach', list } });

describe('For each', () => {
  it('names its item as Flow does: the last segment of the list in camelCase, plus Foreachitem', () => {
    expect(loopItemName('order.line_items')).toBe('lineItemsForeachitem');
    expect(loopItemName('getOrderData')).toBe('getOrderDataForeachitem');
    expect(loopItemName('customer.orders')).toBe('ordersForeachitem');
  });

  it('lets the steps on "For each item" read the item and its fields, with no problems', () => {
    const wf = workflow({
      trigger: ['shopify', 'order-created'],
      steps: [loop('f', 'order.line_items'), slack('a', '{{ lineItemsForeachitem.title }} × {{ lineItemsForeachitem.product.vendor }}')],
      links: [['t', 'next', 'f'], ['f', 'loop_body', 'a']],
    });
    expect(problems(wf)).toEqual([]);
  });

  it('reports the item used after the loop, naming the For each step', () => {
    const wf = workflow({
      trigger: ['shopify', 'order-created'],
      steps: [loop('f', 'order.line_items'), slack('a', 'Per item'), slack('b', 'Last: {{ lineItemsForeachitem.title }}')],
      links: [['t', 'next', 'f'], ['f', 'loop_body', 'a'], ['f', 'after', 'b']],
    });
    const [problem] = problems(wf);
    expect(problem).toMatchObject({ stepId: 'b', code: 'liquid-unknown-variable', variant: 'outside-loop' });
    expect(problem?.message).toMatch(/current item of the loop "For each item of order\.line_items"/);
  });

  it('reports a list that is missing, unknown, not a list or inside another list, on the step\'s list field', () => {
    const check = (list: string) => {
      const wf = workflow({ trigger: ['shopify', 'order-created'], steps: [loop('f', list), slack('a', 'x')], links: [['t', 'next', 'f'], ['f', 'loop_body', 'a']] });
      return problems(wf).map((p) => [p.code, p.field, p.variant]);
    };
    expect(check('')).toEqual([['foreach-no-list', 'list', undefined]]);
    expect(check('getOrderData')).toEqual([['foreach-list-unknown', 'list', undefined]]);
    expect(check('order.name')).toEqual([['foreach-not-a-list', 'list', undefined]]);
    expect(check('order.line_items.product.tags')).toEqual([['foreach-not-a-list', 'list', 'nested']]);
    expect(check('order.customer.orders')).toEqual([]);
  });

  it('warns when nothing is on "For each item"', () => {
    const wf = workflow({ trigger: ['shopify', 'order-created'], steps: [loop('f', 'order.tags')] });
    expect(problems(wf).map((p) => [p.code, p.severity])).toEqual([['foreach-empty-body', 'warning']]);
  });

  it('refuses a For each, a Wait or Get data directly on "For each item", when linking and when importing', () => {
    const base = workflow({
      trigger: ['shopify', 'order-created'],
      steps: [loop('f', 'order.line_items'), loop('g', 'customer.orders'), { id: 'w', wait: [1, 'hours'] }, slack('a', 'x')],
      links: [['t', 'next', 'f']],
    });
    for (const to of ['g', 'w']) {
      const check = canConnect(base, { from: 'f', port: 'loop_body', to });
      expect(check.ok).toBe(false);
      expect(!check.ok && check.refusal.code).toBe('not-in-loop');
      expect(() => applyOperation(base, { type: 'connect', from: 'f', port: 'loop_body', to })).toThrow(OperationError);
    }
    expect(canConnect(base, { from: 'f', port: 'loop_body', to: 'a' }).ok).toBe(true);
    expect(canConnect(base, { from: 'f', port: 'after', to: 'w' }).ok).toBe(true);
    const imported = Workflow.safeParse({ ...base, links: [...base.links, { from: 'f', port: 'loop_body', to: 'w' }] });
    expect(imported.success).toBe(false);
    expect(imported.error?.issues[0]).toMatchObject({ path: ['links', 1, 'to'], message: expect.stringMatching(/^a Wait can't come directly inside a For each loop/) });
  });

  it('reports a Wait anywhere inside a loop, since a run can\'t pause halfway through its items', () => {
    const wf = workflow({
      trigger: ['shopify', 'order-created'],
      steps: [loop('f', 'order.line_items'), slack('a', 'x'), { id: 'w', wait: [1, 'hours'] }, slack('b', 'y')],
      links: [['t', 'next', 'f'], ['f', 'loop_body', 'a'], ['a', 'next', 'w'], ['w', 'next', 'b']],
    });
    expect(problems(wf).map((p) => [p.stepId, p.code])).toEqual([['w', 'wait-in-loop']]);
  });

  it('gives nested loops their items: a loop over the outer item\'s list', () => {
    const wf = workflow({
      trigger: ['shopify', 'customer-created'],
      steps: [loop('f', 'customer.orders'), slack('a', 'Order {{ ordersForeachitem.name }}'), loop('g', 'ordersForeachitem.line_items'), slack('b', '{{ ordersForeachitem.name }}: {{ lineItemsForeachitem.title }}')],
      links: [['t', 'next', 'f'], ['f', 'loop_body', 'a'], ['a', 'next', 'g'], ['g', 'loop_body', 'b']],
    });
    expect(problems(wf)).toEqual([]);
  });

  it('is created empty, changed by its own operation, and described with its list', () => {
    const wf = workflow({ trigger: ['shopify', 'order-created'] });
    const added = applyOperation(wf, { type: 'addStep', step: forEachStep({ x: 0, y: 100 }, '', 'f') }).doc;
    const set = applyOperation(added, { type: 'updateForEach', id: 'f', list: 'order.line_items' }).doc;
    expect(set.steps.find((s) => s.id === 'f')).toMatchObject({ kind: 'forEach', list: 'order.line_items' });
    expect(() => applyOperation(set, { type: 'updateForEach', id: 'f', list: '{{ order.line_items }}' })).toThrow(/not valid/);
    expect(() => applyOperation(set, { type: 'updateForEach', id: 't', list: 'order.tags' })).toThrow(/only For each steps/);
  });

  it('parses with the Workflow schema as part of a document', () => {
    const doc = { schemaVersion: WORKFLOW_SCHEMA_VERSION, id: 'w', name: 'W', description: '', activation: DEFAULT_ACTIVATION, steps: [forEachStep({ x: 0, y: 0 }, 'order.tags', 'f')], links: [] };
    expect(Workflow.safeParse(doc).success).toBe(true);
  });
});

describe('loopItemLabel', () => {
  it('names an item as a person reading the run would recognise it', () => {
    expect(loopItemLabel({ id: 7, title: 'Blue T-shirt', quantity: 2 })).toBe('Blue T-shirt');
    expect(loopItemLabel({ id: 1001, name: '#1001' })).toBe('#1001');
    expect(loopItemLabel({ id: 42, email: 'ana@example.com' })).toBe('ana@example.com');
    expect(loopItemLabel({ id: 42, title: '' })).toBe('42');
    expect(loopItemLabel('presale')).toBe('presale');
    expect(loopItemLabel(3)).toBe('3');
  });

  it('has no name for an item without one, and never reads inherited fields', () => {
    expect(loopItemLabel({ quantity: 2 })).toBeUndefined();
    expect(loopItemLabel(null)).toBeUndefined();
    expect(loopItemLabel([1, 2])).toBeUndefined();
    expect(loopItemLabel(Object.create({ title: 'inherited' }))).toBeUndefined();
  });

  it(`keeps at most ${MAX_ITEM_LABEL} characters`, () => {
    const label = loopItemLabel('x'.repeat(500))!;
    expect(label).toHaveLength(MAX_ITEM_LABEL);
    expect(label.endsWith('…')).toBe(true);
  });
});
