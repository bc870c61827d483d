/**
 * The gestures of the editor that need more than one operation's worth of
 * thought, on an editor session: adding a palette item (by click, Enter or
 * drop, linked below the selection), refusing connectors dropped on a
 * condition, removing the selection, copying steps with fresh ids. Each goes
 * through `session.apply`, which reports a refusal to the user. The named
 * commands with their shortcuts are registered in ui/editor/commands.ts.
 */
import { currentCatalog } from '../catalog';
import type { Link, Position, Step, StickyNote } from '../../domain/workflow/document';
import { newId } from '../../domain/workflow/factory';
import { NODE_HEIGHT, NODE_WIDTH } from '../../domain/workflow/layout';
import { DEFAULT_NOTE_SIZE, createStickyNote, freeNoteSpot } from '../../domain/workflow/stickyNotes';
import { firstFreePort } from '../../domain/workflow/navigation';
import { type NewStep, appsOfStep, createStep, kindOf, parseNewStep } from '../../domain/workflow/kinds/registry';
import { isTrigger } from '../../domain/workflow/kinds/trigger';
import { endAddAfter } from './keyboardEditing';
import type { EditorSession } from './session';

/** What a palette offers: a step of some kind, with what that kind needs (a trigger or action of an app; nothing for logic). */
export type PaletteItem = NewStep;

export const CONNECTOR_CONDITION_MESSAGE =
  "Connectors can't be used in conditions. A condition checks the workflow's data; add the app's action after the condition instead.";

const GAP_Y = 140;

/** True for items that belong to a connector app (anything but the built-in Shopify app and logic steps). */
export function isConnectorItem(item: PaletteItem): boolean {
  return appsOfStep(createStep(item, { x: 0, y: 0 }, 'probe')).some((app) => !currentCatalog().byId.get(app)?.builtIn);
}

/**
 * Adds a palette item. With a position (a drop), it goes there unlinked.
 * Without one (click or Enter) it goes below the selected step and is linked
 * to it when that is unambiguous: one step selected whose output port is free
 * (a condition's Then first, then Otherwise). A trigger replaces the
 * existing trigger's event rather than adding a second trigger.
 */
export function addPaletteItem(session: EditorSession, item: PaletteItem, position?: Position): boolean {
  const ui = session.ui.getState();
  const doc = session.document.getState().doc;
  if (!doc) return false;

  const existingTrigger = doc.steps.find(isTrigger);
  if (item.kind === 'trigger' && existingTrigger) {
    const ok = session.apply({ type: 'setTrigger', app: item.app, trigger: item.trigger });
    if (ok) {
      ui.setSelection([existingTrigger.id]);
      ui.showMessage('The workflow has one trigger: its event was replaced.', 'info', undefined, 'trigger-replaced');
    }
    return ok;
  }

  const selected = ui.selection.length === 1 ? doc.steps.find((s) => s.id === ui.selection[0]) : undefined;
  const linkable = kindOf(item.kind).acceptsLinks;
  const anchor = selected ?? (linkable && doc.steps.length > 0 ? lastStep(doc.steps) : undefined);
  const freePort = anchor ? firstFreePort(anchor, doc.links) : undefined;
  const at = position ?? nextPosition(anchor, freePort, doc.steps);
  const step = createStep(item, at);
  const links = position === undefined && anchor && freePort && linkable ? [{ from: anchor.id, port: freePort, to: step.id }] : [];
  const ok = session.apply({ type: 'addSteps', steps: [step], links });
  if (ok) ui.setSelection([step.id]);
  if (ok && ui.addingAfter) endAddAfter(session, step.id); // keyboard "add step after": focus goes to the new step
  return ok;
}

/** A palette item dropped onto a step: connectors onto a condition (a kind that sets one) are refused with the seed's rule. */
export function dropOnStep(session: EditorSession, targetId: string, item: PaletteItem, position: Position): boolean {
  const target = session.document.getState().doc?.steps.find((s) => s.id === targetId);
  if (target && kindOf(target.kind).setsCondition && isConnectorItem(item)) {
    session.ui.getState().showMessage(CONNECTOR_CONDITION_MESSAGE, 'error', undefined, 'connector-condition');
    return false;
  }
  return addPaletteItem(session, item, position);
}

/** Removes the selected steps and sticky notes (one undo entry). */
export function removeSelected(session: EditorSession): void {
  const { selection, setSelection } = session.ui.getState();
  if (selection.length === 0) return;
  if (session.apply({ type: 'removeSteps', ids: [...selection] })) setSelection([]);
}

function lastStep(steps: readonly Step[]): Step {
  return steps.reduce((a, b) => (b.position.y > a.position.y ? b : a));
}

/** Below the anchor; a kind with several ports spreads them side by side (a condition's Then left, Otherwise right). */
function nextPosition(anchor: Step | undefined, port: Link['port'] | undefined, steps: readonly Step[]): Position {
  if (!anchor) {
    const maxY = steps.reduce((m, s) => Math.max(m, s.position.y), -GAP_Y);
    return { x: 0, y: maxY + GAP_Y };
  }
  const ports = kindOf(anchor.kind).ports;
  const index = port === undefined ? -1 : ports.indexOf(port);
  const dx = ports.length > 1 && index >= 0 ? (index - (ports.length - 1) / 2) * 520 / (ports.length - 1) : 0;
  return { x: anchor.position.x + dx, y: anchor.position.y + GAP_Y };
}

/** Fresh ids for copied steps and sticky notes, with links between the steps remapped; links to outside steps are dropped. */
export function cloneSteps(steps: readonly Step[], links: readonly Link[], offset: Position, notes: readonly StickyNote[] = []) {
  const ids = new Map(steps.map((s) => [s.id, newId(s.kind)]));
  const moved = (p: Position) => ({ x: p.x + offset.x, y: p.y + offset.y });
  return {
    steps: steps.map((s) => ({ ...s, id: ids.get(s.id)!, position: moved(s.position) })),
    links: links
      .filter((l) => ids.has(l.from) && ids.has(l.to))
      .map((l) => ({ from: ids.get(l.from)!, port: l.port, to: ids.get(l.to)! })),
    notes: notes.map((n) => ({ ...n, id: newId('note'), position: moved(n.position), size: { ...n.size } })),
  };
}

/** The drag-and-drop type of palette items; the payload is a PaletteItem as JSON. */
export const PALETTE_ITEM_MIME = 'application/x-flowbench-item';

/** Parses a dropped palette item; undefined when the data is not one (or names what the catalog no longer offers). */
export function parsePaletteItem(text: string): PaletteItem | undefined {
  try {
    return parseNewStep(JSON.parse(text), currentCatalog());
  } catch {
    return undefined; // not JSON: not a palette item
  }
}

/**
 * Adds an empty sticky note in the middle of the visible canvas (or right of
 * the steps when no canvas is shown), moved off any step or note it would
 * cover, selects it and opens it for typing.
 */
export function addStickyNote(session: EditorSession, position?: Position): boolean {
  const doc = session.document.getState().doc;
  if (!doc) return false;
  const ui = session.ui.getState();
  const wanted = position ?? centredNote(ui.canvasCentre?.()) ?? besideSteps(doc.steps);
  const snapped = { x: Math.round(wanted.x / 20) * 20, y: Math.round(wanted.y / 20) * 20 };
  // Steps drawn with their ports' row are taller than the layout's box: allow half as much again.
  const taken = [
    ...doc.steps.map((s) => ({ ...s.position, width: NODE_WIDTH, height: NODE_HEIGHT * 1.5 })),
    ...doc.notes.map((n) => ({ ...n.position, ...n.size })),
  ];
  const note = createStickyNote(position ? snapped : freeNoteSpot(snapped, taken));
  const ok = session.apply({ type: 'addStickyNote', note });
  if (ok) {
    ui.setSelection([note.id]);
    ui.setFocusedStep(note.id);
    ui.setEditingNote(note.id);
  }
  return ok;
}

/** The top-left corner that puts a new note's middle on `centre`. */
function centredNote(centre: Position | undefined): Position | undefined {
  return centre && { x: centre.x - DEFAULT_NOTE_SIZE.width / 2, y: centre.y - DEFAULT_NOTE_SIZE.height / 2 };
}

function besideSteps(steps: readonly Step[]): Position {
  if (steps.length === 0) return { x: 0, y: 0 };
  return { x: Math.max(...steps.map((s) => s.position.x)) + 360, y: Math.min(...steps.map((s) => s.position.y)) };
}
