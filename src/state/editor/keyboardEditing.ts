/**
 * Keyboard editing on an editor session: moving the focused step with the
 * arrow keys and moving focus along links. A keyboard move is the same
 * moveSteps operation a drag dispatches, through `session.apply`, so it is
 * undoable and autosaved exactly like a drag; consecutive presses on the same
 * steps share a coalesce key and so become one undo entry (as one drag is
 * one entry). Linking from the port picker is the same connect a dragged
 * connection dispatches. What happened is announced through the UI store's live-region
 * announcement, as a code the UI words.
 */
import type { Port } from '../../domain/workflow/document';
import { type Direction, firstFreePort, nudgedMoves, outgoingLinks, stepAlong } from '../../domain/workflow/navigation';
import type { EditorSession } from './session';

/** One arrow press moves a step by one grid cell; with Shift, by four (React Flow's own factor). */
export const GRID = 20;
export const BIG_FACTOR = 4;

/** The steps a keyboard move acts on: the selection when the focused step is in it (as a drag moves it), else the focused step. */
function movingIds(session: EditorSession): string[] {
  const { focusedStep, selection } = session.ui.getState();
  if (!focusedStep) return [];
  return selection.includes(focusedStep) ? [...selection] : [focusedStep];
}

/** True when a step (or a sticky note: arrows move it too) has keyboard focus in the canvas. */
export function hasFocusedStep(session: EditorSession): boolean {
  const id = session.ui.getState().focusedStep;
  const doc = session.document.getState().doc;
  return !!id && !!doc && (doc.steps.some((s) => s.id === id) || doc.notes.some((n) => n.id === id));
}

/** True when a sticky note has keyboard focus in the canvas. */
export function hasFocusedNote(session: EditorSession): boolean {
  const id = session.ui.getState().focusedStep;
  return !!id && !!session.document.getState().doc?.notes.some((n) => n.id === id);
}

/** Opens the focused sticky note's text for editing. */
export function editFocusedNote(session: EditorSession): void {
  if (hasFocusedNote(session)) session.ui.getState().setEditingNote(session.ui.getState().focusedStep);
}

/** Moves the focused step (or the selection it is in) by `cells` grid cells; one undo entry per run of presses. */
export function nudgeFocused(session: EditorSession, cells: { x: number; y: number }): boolean {
  const doc = session.document.getState().doc;
  const ids = movingIds(session);
  if (!doc || ids.length === 0) return false;
  const moves = nudgedMoves([...doc.steps, ...doc.notes], ids, { x: cells.x * GRID, y: cells.y * GRID });
  if (moves.length === 0) return false;
  const ok = session.apply({ type: 'moveSteps', moves }, { coalesceKey: `keyboard-move:${ids.join(',')}` });
  const focused = session.ui.getState().focusedStep!;
  const after = session.document.getState().doc;
  const moved = after?.steps.find((s) => s.id === focused);
  const note = after?.notes.find((n) => n.id === focused);
  if (ok && moved) session.ui.getState().announce({ code: 'step-moved', stepId: focused, params: { x: moved.position.x, y: moved.position.y } });
  if (ok && note) session.ui.getState().announce({ code: 'note-moved', params: { x: note.position.x, y: note.position.y } });
  return ok;
}

/** Moves keyboard focus (and the selection) along a link; says so, or says there is no step that way. */
export function focusAlong(session: EditorSession, direction: Direction): boolean {
  const doc = session.document.getState().doc;
  const from = session.ui.getState().focusedStep;
  if (!doc || !from) return false;
  const to = stepAlong(doc, from, direction);
  const ui = session.ui.getState();
  if (!to) {
    ui.announce({ code: 'no-step-there', params: { direction } });
    return false;
  }
  ui.setSelection([to]);
  ui.setFocusedStep(to);
  ui.requestFocus(to);
  ui.announce({ code: 'step-focused', stepId: to, params: { out: outgoingLinks(doc, to).length } });
  return true;
}

/** Opens the port picker on the focused step. */
export function openPortPicker(session: EditorSession): void {
  const stepId = session.ui.getState().focusedStep;
  if (stepId) session.ui.getState().openKeyboardDialog({ kind: 'connect', stepId });
}

/** Links `from`'s `port` to `to` (the connect a dragged connection dispatches); says so when it is done. */
export function linkFromPicker(session: EditorSession, from: string, port: Port, to: string): boolean {
  const ok = session.apply({ type: 'connect', from, port, to });
  if (ok) session.ui.getState().announce({ code: 'linked', stepId: to, params: { port } });
  return ok;
}

/**
 * "Add step after" the focused step: selects it (palette items are added
 * below the selected step, linked from its first free output) and asks the
 * Actions palette to offer what fits there. A step with every output linked
 * has no room after it: that is said instead.
 */
export function startAddAfter(session: EditorSession): boolean {
  const doc = session.document.getState().doc;
  const ui = session.ui.getState();
  const step = doc?.steps.find((s) => s.id === ui.focusedStep);
  if (!doc || !step) return false;
  const port = firstFreePort(step, doc.links);
  if (!port) {
    ui.announce({ code: 'no-free-port', stepId: step.id });
    return false;
  }
  ui.setSelection([step.id]);
  ui.setAddingAfter({ stepId: step.id, port });
  return true;
}

/** Leaves "add step after", giving focus back to `focusOn` (the new step, or the step it started from). */
export function endAddAfter(session: EditorSession, focusOn: string): void {
  session.ui.getState().setAddingAfter(undefined);
  session.ui.getState().requestFocus(focusOn);
}
