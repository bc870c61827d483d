import { describe, expect, it } from 'vitest';
import { interned } from './interned';

describe('interned', () => {
  it('hands out the first of equal texts, whatever else is asked meanwhile', () => {
    const first = interned(['step-node', 'step-node--action'].join(' '));
    interned('something else');
    expect(interned(['step-node', 'step-node--action'].join(' '))).toBe(first);
    expect(interned('a')).toBe('a');
  });

  it('keeps giving equal texts once the table has started again', () => {
    for (let i = 0; i < 20_001; i++) interned(`text ${i}`);
    expect(interned('text 5')).toBe('text 5');
  });
});
