import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../catalog/builtIn';
import type { Installation, Organization } from '../org/organization';
import { DEFAULT_ACTIVATION } from './activation';
import { type Step, Workflow } from './document';
import { analyzeLiquid } from './liquid';
import { applyOperation, type Operation } from './operations';
import { validateWorkflow } from './validate';
import { createValidator } from './validator';

const at = { x: 0, y: 0 };
const NOW = '2026-01-01T00:00:00.000Z';
function orgWith(apps: string[]): Organization {
  const installations: Installation[] = apps.map((appId) => ({ storeId: 's1', appId, installedAt: NOW, settings: {}, secretsSet: [] }));
  return { name: 'Shop', stores: [{ id: 's1', name: 's1', flowInstalled: true, createdAt: NOW, timeZone: 'UTC' }], installations };
}
const org = orgWith(['loox', 'slack']);
const ctx = { catalog, org };

const slack = (id: string, text: string): Step => ({ id, kind: 'action', app: 'slack', action: 'send-message', fields: { channel: '#x', text }, position: at, note: '' });
const start: Workflow = Workflow.parse({
  schemaVersion: 2,
  id: 'wf',
  name: 'Reviews',
  activation: DEFAULT_ACTIVATION,
  steps: [
    { id: 't', kind: 'trigger', app: 'loox', trigger: 'new-review', position: at, note: '' },
    slack('a', 'Rating {{ trigger.rating }}'),
    slack('b', 'Review {{ trigger.review_text }}'),
    { id: 'w', kind: 'wait', duration: { amount: 1, unit: 'days' }, position: at, note: '' },
  ],
  links: [
    { from: 't', port: 'next', to: 'a' },
    { from: 'a', port: 'next', to: 'b' },
    { from: 'b', port: 'next', to: 'w' },
  ],
});
const apply = (doc: Workflow, op: Operation) => applyOperation(doc, op).doc;

/** A validator whose Liquid analyses are counted (and never cached), so the texts it re-checks show. */
function counted() {
  const analysed: string[] = [];
  const validator = createValidator({
    analyze: (text) => {
      analysed.push(text);
      return analyzeLiquid(text);
    },
  });
  return { validator, analysed };
}

describe('createValidator', () => {
  it('reports what validateWorkflow reports, after any edit', () => {
    const { validator } = counted();
    let doc = start;
    const edits: Operation[] = [
      { type: 'updateFields', id: 'a', fields: { text: '{{ trigger.stars }}' } },
      { type: 'disconnect', from: 'b', port: 'next' },
      { type: 'setTrigger', app: 'shopify', trigger: 'order-created' },
      { type: 'updateFields', id: 'b', fields: { text: '{{ order.name' } },
      { type: 'removeSteps', ids: ['t'] },
    ];
    expect(validator.validate(doc, ctx)).toEqual(validateWorkflow(doc, ctx));
    for (const op of edits) {
      doc = apply(doc, op);
      expect(validator.validate(doc, ctx), op.type).toEqual(validateWorkflow(doc, ctx));
    }
  });

  it('re-validates nothing when only the name changes, and only the edited step after a field edit', () => {
    const { validator, analysed } = counted();
    validator.validate(start, ctx);
    expect(analysed).toHaveLength(2);

    const renamed = apply(start, { type: 'rename', name: 'Reviews 2' });
    analysed.length = 0;
    validator.validate(renamed, ctx);
    expect(analysed).toEqual([]);

    const edited = apply(renamed, { type: 'updateFields', id: 'b', fields: { text: 'New {{ trigger.rating }}' } });
    validator.validate(edited, ctx);
    expect(analysed).toEqual(['New {{ trigger.rating }}']);
  });

  it('checks every step again when the trigger event, the organization or a following step changes', () => {
    const { validator, analysed } = counted();
    expect(validator.validate(start, ctx).map((p) => p.code)).toEqual(['wait-at-end']);

    const orders = apply(start, { type: 'setTrigger', app: 'shopify', trigger: 'order-created' });
    analysed.length = 0;
    const onOrders = validator.validate(orders, ctx);
    expect(analysed).toHaveLength(2);
    expect(onOrders.filter((p) => p.code === 'liquid-unknown-variable').map((p) => p.stepId)).toEqual(['a', 'b']);

    expect(validator.validate(start, { catalog, org: orgWith(['loox']) }).map((p) => p.code)).toContain('app-not-installed');

    const followed = apply(start, { type: 'addSteps', steps: [slack('c', 'After')], links: [{ from: 'w', port: 'next', to: 'c' }] });
    expect(validator.validate(followed, ctx)).toEqual([]);
  });

  it('warms in as many pieces as the caller asks, then validates with nothing left to do', () => {
    const { validator, analysed } = counted();
    const doc = apply(start, { type: 'updateFields', id: 'a', fields: { channel: '#{{ trigger.rating }}' } });
    let pieces = 0;
    while (!validator.warm(doc, ctx, () => true)) pieces++;
    // Four steps, and step a's first Liquid field on its own: its second ends with the step.
    expect(pieces).toBe(5);
    const before = analysed.length;
    expect(validator.validate(doc, ctx)).toEqual(validateWorkflow(doc, ctx));
    expect(analysed).toHaveLength(before);
    expect(validator.warm(doc, ctx, () => true)).toBe(true);
  });

  it('never parses a field stored over the size limit', () => {
    const { validator, analysed } = counted();
    const huge = apply(start, { type: 'restoreContent', name: 'Huge', description: '', steps: [start.steps[0]!, slack('a', '{{ trigger.rating }}'.repeat(40_000))], links: [{ from: 't', port: 'next', to: 'a' }] });
    while (!validator.warm(huge, ctx, () => true));
    expect(validator.validate(huge, ctx).map((p) => p.code)).toEqual(['field-too-long']);
    expect(analysed).toEqual([]);
  });
});
