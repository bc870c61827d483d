import { describe, expect, it } from 'vitest';
import { MAX_COORDINATE, type StepKind } from '../../domain/workflow/document';
import { NODE_HEIGHT, NODE_WIDTH } from '../../domain/workflow/layout';
import { openingView } from './openingView';

const step = (id: string, x: number, y: number, kind: StepKind = 'action') => ({ id, kind, position: { x, y } });
const far = MAX_COORDINATE;

describe('the view a workflow opens with', () => {
  it('keeps the 1:1 view for a workflow without steps', () => {
    expect(openingView([])).toEqual({ kind: 'empty' });
  });

  it('fits every step when they fit at the smallest zoom', () => {
    expect(openingView([step('t', 0, 0, 'trigger'), step('a', 300, 2000), step('b', -4000, 6000)])).toEqual({ kind: 'all' });
  });

  it('fits every step of a large workflow whose fitted view still shows steps (a dense grid of thousands)', () => {
    const grid = Array.from({ length: 5000 }, (_, i) => step(`s${i}`, (i % 20) * 280, Math.floor(i / 20) * 160, i === 0 ? 'trigger' : 'action'));
    expect(openingView(grid)).toEqual({ kind: 'all' });
  });

  it('shows the steps near the trigger when the fitted view would show none', () => {
    const steps = [step('a', -far, -far), step('t', far, far, 'trigger'), step('b', far - 500, far - 300), step('c', -far, far), step('d', far, -far)];
    expect(openingView(steps)).toEqual({ kind: 'around', bounds: { x: far - 500, y: far - 300, width: 500 + NODE_WIDTH, height: 300 + NODE_HEIGHT } });
  });

  it('starts from the first step when there is no trigger, so at least one step always shows', () => {
    const steps = [step('x', -far, -far), step('y', far, far)];
    expect(openingView(steps)).toEqual({ kind: 'around', bounds: { x: -far, y: -far, width: NODE_WIDTH, height: NODE_HEIGHT } });
  });
});
