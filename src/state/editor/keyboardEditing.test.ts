import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { conditionStep, createWorkflow, triggerStep, waitStep } from '../../domain/workflow/factory';
import type { Workflow } from '../../domain/workflow/document';
import { testSession } from '../../../test/fixtures/editorSession';
import { focusAlong, nudgeFocused } from './keyboardEditing';

function workflow(): Workflow {
  return {
    ...createWorkflow('Keys', 'wf-keys'),
    steps: [
      triggerStep('shopify', 'order-created', { x: 0, y: 0 }, 't'),
      conditionStep({ x: 0, y: 140 }, 'cond'),
      waitStep({ x: -260, y: 280 }, 'a'),
      waitStep({ x: 260, y: 280 }, 'b'),
    ],
    links: [
      { from: 't', port: 'next', to: 'cond' },
      { from: 'cond', port: 'then', to: 'a' },
      { from: 'cond', port: 'otherwise', to: 'b' },
    ],
  };
}

type Session = Awaited<ReturnType<typeof testSession>>;
let session: Session;
beforeEach(async () => {
  session = await testSession(workflow());
});
afterEach(async () => {
  vi.restoreAllMocks();
  await session.close();
});

const positionOf = (id: string) => session.document.getState().doc!.steps.find((s) => s.id === id)!.position;

describe('moving a step with the keyboard', () => {
  it('is an undoable moveSteps that autosave writes, like a drag', async () => {
    session.ui.getState().setFocusedStep('a');
    expect(nudgeFocused(session, { x: 1, y: 0 })).toBe(true);
    expect(positionOf('a')).toEqual({ x: -240, y: 280 });
    expect(session.document.getState().lastOp).toBe('moveSteps');
    expect(session.hasUnsavedChanges()).toBe(true);
    await session.flush();
    expect(session.hasUnsavedChanges()).toBe(false);
    session.document.getState().undo();
    expect(positionOf('a')).toEqual({ x: -260, y: 280 });
  });

  it('merges a run of presses on the same step into one undo entry, and announces where the step is', () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_000_000); // presses in quick succession
    session.ui.getState().setFocusedStep('a');
    nudgeFocused(session, { x: 0, y: 1 });
    nudgeFocused(session, { x: 0, y: 4 });
    expect(positionOf('a')).toEqual({ x: -260, y: 380 });
    expect(session.document.getState().past).toHaveLength(1);
    expect(session.ui.getState().announcement).toMatchObject({ code: 'step-moved', stepId: 'a', params: { x: -260, y: 380 } });
    session.document.getState().undo();
    expect(positionOf('a')).toEqual({ x: -260, y: 280 });
  });

  it('moves the whole selection when the focused step is in it, and only the focused step otherwise', () => {
    session.ui.getState().setSelection(['a', 'b']);
    session.ui.getState().setFocusedStep('b');
    nudgeFocused(session, { x: -1, y: 0 });
    expect([positionOf('a').x, positionOf('b').x]).toEqual([-280, 240]);
    session.ui.getState().setFocusedStep('cond');
    nudgeFocused(session, { x: 0, y: 1 });
    expect([positionOf('cond').y, positionOf('a').y]).toEqual([160, 280]);
  });

  it('does nothing without a focused step', () => {
    expect(nudgeFocused(session, { x: 1, y: 0 })).toBe(false);
    expect(session.document.getState().past).toHaveLength(0);
  });
});

describe('moving focus along links with the keyboard', () => {
  it('focuses and selects the next step, saying how many links leave it', () => {
    session.ui.getState().setFocusedStep('t');
    expect(focusAlong(session, 'next')).toBe(true);
    const ui = session.ui.getState();
    expect([ui.focusedStep, ui.selection, ui.focusRequest?.stepId]).toEqual(['cond', ['cond'], 'cond']);
    expect(ui.announcement).toMatchObject({ code: 'step-focused', stepId: 'cond', params: { out: 2 } });
  });

  it('says there is no step that way and keeps focus where it was', () => {
    session.ui.getState().setFocusedStep('b');
    expect(focusAlong(session, 'nextSibling')).toBe(false);
    expect(session.ui.getState().focusedStep).toBe('b');
    expect(session.ui.getState().announcement).toMatchObject({ code: 'no-step-there', params: { direction: 'nextSibling' } });
  });
});
