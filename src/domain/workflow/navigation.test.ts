import { describe, expect, it } from 'vitest';
import { conditionStep, triggerStep, waitStep } from './factory';
import type { Link } from './document';
import { firstFreePort, fitsAfter, linkTargets, nudgedMoves, outgoingLinks, stepAlong } from './navigation';
import { forEachStep } from './kinds/forEach';

// trigger → condition; Then → a, Otherwise → b; a → c. Links listed out of port order on purpose.
const steps = [
  triggerStep('shopify', 'order-created', { x: 0, y: 0 }, 't'),
  conditionStep({ x: 0, y: 140 }, 'cond'),
  waitStep({ x: -260, y: 280 }, 'a'),
  waitStep({ x: 260, y: 280 }, 'b'),
  waitStep({ x: -260, y: 420 }, 'c'),
];
const links: Link[] = [
  { from: 't', port: 'next', to: 'cond' },
  { from: 'cond', port: 'otherwise', to: 'b' },
  { from: 'cond', port: 'then', to: 'a' },
  { from: 'a', port: 'next', to: 'c' },
];
const graph = { steps, links };

describe('moving along links', () => {
  it('goes next along the first outgoing port in the kind’s order (Then before Otherwise)', () => {
    expect(stepAlong(graph, 't', 'next')).toBe('cond');
    expect(stepAlong(graph, 'cond', 'next')).toBe('a');
    expect(outgoingLinks(graph, 'cond').map((l) => l.port)).toEqual(['then', 'otherwise']);
  });

  it('goes back along the incoming link, and has nowhere to go before the trigger or after the last step', () => {
    expect(stepAlong(graph, 'c', 'previous')).toBe('a');
    expect(stepAlong(graph, 'b', 'previous')).toBe('cond');
    expect(stepAlong(graph, 't', 'previous')).toBeUndefined();
    expect(stepAlong(graph, 'c', 'next')).toBeUndefined();
  });

  it('crosses branch ports between siblings, without wrapping around', () => {
    expect(stepAlong(graph, 'a', 'nextSibling')).toBe('b');
    expect(stepAlong(graph, 'b', 'previousSibling')).toBe('a');
    expect(stepAlong(graph, 'b', 'nextSibling')).toBeUndefined();
    expect(stepAlong(graph, 'a', 'previousSibling')).toBeUndefined();
    expect(stepAlong(graph, 'cond', 'nextSibling')).toBeUndefined(); // an only child
  });

  it('goes back to the highest parent when a step has several', () => {
    const merged = { steps, links: [...links, { from: 'b', port: 'next' as const, to: 'c' }] };
    expect(stepAlong(merged, 'c', 'previous')).toBe('a');
  });

  it('knows nothing of a step that is not there', () => {
    expect(stepAlong(graph, 'gone', 'next')).toBeUndefined();
    expect(stepAlong(graph, 'gone', 'previous')).toBeUndefined();
  });
});

describe('nudging steps', () => {
  it('moves only the named steps, by the delta', () => {
    expect(nudgedMoves(steps, ['a', 'b'], { x: 20, y: -80 })).toEqual([
      { id: 'a', position: { x: -240, y: 200 } },
      { id: 'b', position: { x: 280, y: 200 } },
    ]);
    expect(nudgedMoves(steps, ['gone'], { x: 20, y: 0 })).toEqual([]);
  });
});

describe('what a port may link to', () => {
  it('lists the other steps in reading order, refusing the trigger and links that would loop back', () => {
    const targets = linkTargets(graph, 'a', 'next');
    expect(targets.map((t) => [t.step.id, t.refusal?.code])).toEqual([
      ['t', 'link-into-trigger'],
      ['cond', 'cycle'],
      ['b', undefined],
      ['c', undefined],
    ]);
  });
});

describe('what fits after a step', () => {
  it('links after the first free output, and nothing after a step whose outputs are all linked', () => {
    expect(firstFreePort(steps[1]!, [{ from: 'cond', port: 'then', to: 'a' }])).toBe('otherwise');
    expect(firstFreePort(steps[1]!, links)).toBeUndefined();
  });

  it('refuses what the step’s kind refuses on that port (no Wait straight inside a For each) and the trigger anywhere', () => {
    const loop = forEachStep({ x: 0, y: 0 }, '', 'loop');
    expect(fitsAfter(loop, 'loop_body', 'wait')).toBe(false);
    expect(fitsAfter(loop, 'loop_body', 'action')).toBe(true);
    expect(fitsAfter(loop, 'after', 'wait')).toBe(true);
    expect(fitsAfter(steps[2]!, 'next', 'trigger')).toBe(false);
  });
});
