/**
 * Loop membership (loops.ts): which For each loops a step runs in, as the
 * canvas draws it and validation reads it.
 */
import { describe, expect, it } from 'vitest';
import { workflow } from '../../../test/fixtures/workflowSpec';
import { linkOrder, loopsOf } from './loops';

const loop = (id: string, list = 'order.line_items') => ({ id, body: { kind: 'forEach', list } });
const log = (id: string) => ({ id, body: { kind: 'log', message: 'x' } });
const asObject = (map: ReadonlyMap<string, readonly string[]>) => Object.fromEntries(map);

describe('loopsOf', () => {
  it('puts the steps on "For each item" and after them in the loop, and the steps after the loop outside it', () => {
    const wf = workflow({
      trigger: ['shopify', 'order-created'],
      steps: [loop('f'), log('a'), log('b'), log('c')],
      links: [['t', 'next', 'f'], ['f', 'loop_body', 'a'], ['a', 'next', 'b'], ['f', 'after', 'c']],
    });
    expect(asObject(loopsOf(wf))).toEqual({ a: ['f'], b: ['f'] });
  });

  it('nests loops outermost first, and a step after an inner loop stays in the outer one', () => {
    const wf = workflow({
      trigger: ['shopify', 'order-created'],
      steps: [loop('outer', 'order.line_items'), log('a'), loop('inner', 'lineItemsForeachitem.product.tags'), log('b'), log('c')],
      links: [['t', 'next', 'outer'], ['outer', 'loop_body', 'a'], ['a', 'next', 'inner'], ['inner', 'loop_body', 'b'], ['inner', 'after', 'c']],
    });
    expect(asObject(loopsOf(wf))).toEqual({ a: ['outer'], inner: ['outer'], b: ['outer', 'inner'], c: ['outer'] });
  });

  it('takes a step where the loop body and "After the loop" meet as after the loop', () => {
    const wf = workflow({
      trigger: ['shopify', 'order-created'],
      steps: [loop('f'), log('a'), log('m')],
      links: [['t', 'next', 'f'], ['f', 'loop_body', 'a'], ['a', 'next', 'm'], ['f', 'after', 'm']],
    });
    expect(asObject(loopsOf(wf))).toEqual({ a: ['f'] });
  });

  it('knows loops without a trigger to start from (a step no link reaches is in none)', () => {
    const wf = workflow({
      trigger: ['shopify', 'order-created'],
      steps: [loop('f'), log('a'), log('stray')],
      links: [['f', 'loop_body', 'a']],
    });
    expect(asObject(loopsOf(wf))).toEqual({ a: ['f'] });
  });

  it('orders every step after the steps linking into it', () => {
    const wf = workflow({
      trigger: ['shopify', 'order-created'],
      steps: [loop('f'), log('a'), log('b'), log('m')],
      links: [['t', 'next', 'f'], ['f', 'loop_body', 'a'], ['a', 'next', 'b'], ['b', 'next', 'm'], ['f', 'after', 'm']],
    });
    const { order } = linkOrder(wf);
    expect([...order].sort()).toEqual(['a', 'b', 'f', 'm', 't']);
    for (const link of wf.links) expect(order.indexOf(link.from)).toBeLessThan(order.indexOf(link.to));
  });
});
