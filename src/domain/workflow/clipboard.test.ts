import { describe, expect, it } from 'vitest';
import { copySteps, parseClipboard } from './clipboard';
import { actionStep, conditionStep } from './factory';
import { createStickyNote } from './stickyNotes';

describe('step clipboard', () => {
  it('round-trips steps with the links among them only', () => {
    const a = actionStep('slack', 'send-message', { x: 0, y: 0 }, 'a');
    const c = conditionStep({ x: 0, y: 100 }, 'c');
    const text = copySteps([a, c], [
      { from: 'c', port: 'then', to: 'a' },
      { from: 'c', port: 'otherwise', to: 'elsewhere' },
    ]);
    const parsed = parseClipboard(text);
    expect(parsed).toEqual({ ok: true, value: expect.objectContaining({ steps: [a, c], links: [{ from: 'c', port: 'then', to: 'a' }] }) });
  });

  it('explains non-JSON and foreign JSON without throwing', () => {
    expect(parseClipboard('hello')).toMatchObject({
      ok: false,
      error: 'The clipboard does not hold Flowbench steps (it is not JSON).',
      refusal: { code: 'clipboard-not-json' },
    });
    expect(parseClipboard('{"a":1}')).toMatchObject({ ok: false, error: 'The clipboard does not hold Flowbench steps.', refusal: { code: 'clipboard-not-steps' } });
  });

  it('names the place of a bad step, e.g. a connector used as a condition', () => {
    const text = JSON.stringify({
      format: 'flowbench-steps',
      version: 1,
      steps: [{ id: 'x', kind: 'condition', app: 'slack', position: { x: 0, y: 0 }, note: '', criteria: { kind: 'group', join: 'and', items: [] } }],
      links: [],
    });
    const parsed = parseClipboard(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/\$\.steps\[0\]\.app: connectors can't be used as conditions/);
  });

  it('carries sticky notes, with steps or alone; older clipboard text without notes still pastes', () => {
    const note = createStickyNote({ x: 0, y: 0 }, 'n1');
    const alone = parseClipboard(copySteps([], [], [note]));
    expect(alone.ok && alone.value.notes).toEqual([note]);
    const a = actionStep('slack', 'send-message', { x: 0, y: 0 }, 'a');
    const old = parseClipboard(JSON.stringify({ format: 'flowbench-steps', version: 1, steps: [a], links: [] }));
    expect(old.ok && old.value.notes).toEqual([]);
    const empty = parseClipboard(copySteps([], []));
    expect(!empty.ok && empty.error).toMatch(/nothing was copied/);
    const bad = parseClipboard(copySteps([], [], [{ ...note, color: 'purple' as never }]));
    expect(!bad.ok && bad.error).toMatch(/\$\.notes\[0\]\.color/);
  });
});
