import { describe, expect, it } from 'vitest';
import { actionStep, conditionStep, triggerStep } from './factory';
import { autoLayout } from './layout';

describe('autoLayout', () => {
  it('places each step below the one it follows, and Then left of Otherwise', async () => {
    const steps = [
      actionStep('slack', 'send-message', { x: 999, y: -50 }, 'then'),
      triggerStep('loox', 'new-review', { x: 500, y: 500 }, 't'),
      conditionStep({ x: 0, y: 0 }, 'c'),
      actionStep('asana', 'create-task', { x: -300, y: 40 }, 'otherwise'),
    ];
    const links = [
      { from: 't', port: 'next' as const, to: 'c' },
      { from: 'c', port: 'otherwise' as const, to: 'otherwise' },
      { from: 'c', port: 'then' as const, to: 'then' },
    ];
    const at = Object.fromEntries((await autoLayout({ steps, links })).map((m) => [m.id, m.position]));
    expect(at.t!.y).toBeLessThan(at.c!.y);
    expect(at.c!.y).toBeLessThan(at.then!.y);
    expect(at.then!.y).toBe(at.otherwise!.y);
    expect(at.then!.x).toBeLessThan(at.otherwise!.x);
    for (const p of Object.values(at)) expect(p.x % 20 === 0 && p.y % 20 === 0).toBe(true);
  });
});
