import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../catalog/builtIn';
import { diffWorkflows, noteExcerpt, summarizeDiff } from './diff';
import { createStickyNote } from './stickyNotes';
import { actionStep, createWorkflow, triggerStep } from './factory';

const base = () => {
  const wf = createWorkflow('Reviews', 'wf');
  wf.steps = [triggerStep('loox', 'new-review', { x: 0, y: 0 }, 't'), actionStep('slack', 'send-message', { x: 0, y: 100 }, 'a')];
  wf.links = [{ from: 't', port: 'next', to: 'a' }];
  return wf;
};

describe('diffWorkflows', () => {
  it('lists added, removed and changed steps with fields before and after', () => {
    const before = base();
    const after = base();
    after.steps = [after.steps[0]!, { ...(after.steps[1] as ReturnType<typeof actionStep>), fields: { text: 'Hi' } }, actionStep('asana', 'create-task', { x: 0, y: 200 }, 'b')];
    after.links = [...after.links, { from: 'a', port: 'next', to: 'b' }];
    after.name = 'Bad reviews';
    const diff = diffWorkflows(catalog, before, after);
    expect(diff.added).toEqual([{ stepId: 'b', name: 'Asana · Create Asana task' }]);
    expect(diff.changed).toEqual([{ stepId: 'a', name: 'Slack · Send Slack message', changes: [{ field: 'fields.text', before: '—', after: 'Hi' }] }]);
    expect(diff.linksAdded).toEqual(['Slack · Send Slack message → Asana · Create Asana task']);
    expect(summarizeDiff(diff)).toBe('1 step added, 1 step changed, 1 link changed, renamed to “Bad reviews”');
  });

  it('does not count a move as a change', () => {
    const after = base();
    after.steps[0] = { ...after.steps[0]!, position: { x: 500, y: 500 } };
    const diff = diffWorkflows(catalog, base(), after);
    expect(diff.changed).toEqual([]);
    expect(summarizeDiff(diff)).toBe('Layout changed');
  });

  it('reports a removed step and its link', () => {
    const after = base();
    after.steps = [after.steps[0]!];
    after.links = [];
    const diff = diffWorkflows(catalog, base(), after);
    expect(diff.removed.map((r) => r.stepId)).toEqual(['a']);
    expect(diff.linksRemoved).toHaveLength(1);
  });

  it('lists sticky notes added, removed and changed (text, colour), not moved or resized', () => {
    const note = (id: string, text: string) => ({ ...createStickyNote({ x: 0, y: 0 }, id), text });
    const before = { ...base(), notes: [note('n1', 'Keep\nthis'), note('n2', 'Old'), note('n3', 'Gone')] };
    const after = {
      ...base(),
      notes: [
        { ...note('n1', 'Keep\nthis'), position: { x: 300, y: 300 }, size: { width: 400, height: 300 } },
        { ...note('n2', '**New** text'), color: 'blue' as const },
        note('n4', ''),
      ],
    };
    const diff = diffWorkflows(catalog, before, after);
    expect(diff.notes).toEqual([
      {
        noteId: 'n2',
        change: 'changed',
        excerpt: '**New** text',
        changes: [
          { field: 'text', before: 'Old', after: '**New** text' },
          { field: 'color', before: 'yellow', after: 'blue' },
        ],
      },
      { noteId: 'n4', change: 'added', excerpt: '', changes: [] },
      { noteId: 'n3', change: 'removed', excerpt: 'Gone', changes: [] },
    ]);
    expect(summarizeDiff(diff)).toBe('1 note added, 1 note removed, 1 note changed');
    expect(noteExcerpt(`\n  ${'x'.repeat(80)}\nsecond`)).toBe(`${'x'.repeat(59)}…`);
  });
});
