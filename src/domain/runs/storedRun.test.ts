/**
 * The stored shape of a run record: split into the record with references
 * and the parts many runs share, and joined back to exactly the record.
 */
import { describe, expect, it } from 'vitest';
import { contentKey, joinRun, partKey, refsOf, rememberPartKey, splitRun } from './storedRun';

const workflow = { id: 'wf-1', name: 'Reviews', steps: [{ id: 't', kind: 'trigger' }], links: [] };
const payload = { customer_id: '7', product_id: '8', rating: 2 };
const customer = { id: '7', email: 'a@example.com', orders: [] };
const product = { id: '8', title: 'Backpack', tags: ['outdoor'] };

function run(id: string, fields: Record<string, unknown> = {}) {
  return {
    id,
    workflowId: 'wf-1',
    workflow,
    event: { id: `ev-${id}`, payload },
    steps: [
      { stepId: 't', kind: 'trigger', status: 'succeeded', input: payload, output: { product, customer }, attempts: [] },
      { stepId: 'a', kind: 'action', status: 'succeeded', input: { text: 'x' }, output: { ok: true }, attempts: [] },
    ],
    ...fields,
  };
}

function join(record: unknown, parts: { key: string; value: unknown }[]) {
  const byKey = new Map(parts.map((p) => [p.key, p.value]));
  return joinRun(record, byKey, byKey);
}

describe('stored run records', () => {
  it('keep the workflow version and the trigger’s objects apart, and join back to the same record', () => {
    const original = run('r1');
    const split = splitRun(original);
    expect(split.record).not.toHaveProperty('workflow');
    expect(split.record.workflowRef).toBe(split.workflow!.key);
    const trigger = (split.record.steps as Record<string, unknown>[])[0]!;
    expect(trigger).not.toHaveProperty('output');
    expect(trigger).not.toHaveProperty('input');
    expect(trigger.inputFromEvent).toBe(true);
    expect(trigger.outputRefs).toEqual([
      ['product', expect.stringMatching(/^product#/)],
      ['customer', expect.stringMatching(/^customer#/)],
    ]);
    expect(refsOf(split.record)).toEqual({ workflow: split.workflow!.key, objects: split.objects.map((o) => o.key) });
    const joined = join(split.record, [split.workflow!, ...split.objects]);
    expect(joined).toEqual({ record: original });
    // The objects keep their order in the trigger's output.
    expect(Object.keys((joined as { record: typeof original }).record.steps[0]!.output)).toEqual(['product', 'customer']);
    expect(JSON.stringify(split.record).length).toBeLessThan(JSON.stringify(original).length);
  });

  it('give the same content the same key and different content a different one', () => {
    const a = splitRun(run('r1'));
    const b = splitRun(run('r2'));
    expect(b.workflow!.key).toBe(a.workflow!.key);
    expect(b.objects.map((o) => o.key)).toEqual(a.objects.map((o) => o.key));
    const edited = splitRun(run('r3', { workflow: { ...workflow, name: 'Reviews 2' } }));
    expect(edited.workflow!.key).not.toBe(a.workflow!.key);
    expect(contentKey('product', JSON.stringify(product))).not.toBe(contentKey('customer', JSON.stringify(product)));
    expect(contentKey('product', '{"id":"8"}')).not.toBe(contentKey('product', '{"id":"9"}'));
  });

  it('keep inline what is not the shared shape: a trigger input that is not the payload, an output that is not objects', () => {
    const original = run('r1', {
      steps: [{ stepId: 't', kind: 'trigger', status: 'succeeded', input: { other: 1 }, output: { count: 3 }, attempts: [] }],
    });
    const split = splitRun(original);
    expect((split.record.steps as unknown[])[0]).toMatchObject({ input: { other: 1 }, output: { count: 3 } });
    expect(split.objects).toEqual([]);
    expect(join(split.record, [split.workflow!])).toEqual({ record: original });
  });

  it('key a part that cannot change once, by identity, and one that can by its content every time', () => {
    const frozen = Object.freeze({ id: '8', tags: Object.freeze(['a']) });
    const key = partKey('product', frozen);
    expect(key).toBe(contentKey('product', JSON.stringify(frozen)));
    expect(partKey('customer', frozen)).not.toBe(key);
    const shallow = Object.freeze({ id: '8', tags: ['a'] });
    const shallowKey = partKey('product', shallow);
    shallow.tags.push('b');
    expect(partKey('product', shallow)).not.toBe(shallowKey);
    // A part received with its key is frozen and keyed by it, not hashed again.
    const received = rememberPartKey({ id: '9', tags: ['x'] }, 'product#sent');
    expect(Object.isFrozen(received.tags)).toBe(true);
    expect(partKey('product', received)).toBe('product#sent');
    expect(splitRun(run('r1', { steps: [{ stepId: 't', kind: 'trigger', status: 'succeeded', output: { product: received }, attempts: [] }] })).objects).toEqual([
      { key: 'product#sent', value: received },
    ]);
  });

  it('read a record stored whole (before v7) as it is', () => {
    const whole = run('old');
    expect(refsOf(whole)).toEqual({ objects: [] });
    expect(joinRun(whole, new Map(), new Map())).toEqual({ record: whole });
    expect(joinRun('not a record', new Map(), new Map())).toEqual({ record: 'not a record' });
  });

  it('say which part is missing instead of making up a record', () => {
    const split = splitRun(run('r1'));
    expect(join(split.record, split.objects)).toEqual({ problem: expect.stringContaining('workflow version') });
    expect(join(split.record, [split.workflow!, split.objects[0]!])).toEqual({ problem: expect.stringContaining('customer#') });
  });
});
