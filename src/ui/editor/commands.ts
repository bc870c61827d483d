/**
 * The editor's commands, registered once: each has an id, a label (a
 * message key), its keyboard shortcuts, when it is enabled, and what it
 * does to the open session. The toolbar's buttons, the keyboard shortcuts
 * (useCommandShortcuts.ts) and any menu call the same command through
 * `runCommand`; a refused change is reported by the session itself
 * (`session.apply`), in one place. Palette items are added through
 * state/editor/commands.ts's `addPaletteItem`, which reports the same way.
 */
import { copySteps, parseClipboard } from '../../domain/workflow/clipboard';
import { autoLayout } from '../../domain/workflow/layout';
import { addStickyNote, cloneSteps, removeSelected } from '../../state/editor/commands';
import { BIG_FACTOR, editFocusedNote, focusAlong, hasFocusedNote, hasFocusedStep, nudgeFocused, openPortPicker, startAddAfter } from '../../state/editor/keyboardEditing';
import type { EditorSession } from '../../state/editor/session';
import { type MessageKey, translate } from '../i18n';

/** A key with modifiers; `mod` is Ctrl, or ⌘ on a Mac. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
  /** Ctrl itself (not ⌘): Ctrl+Y redoes on every system. */
  ctrl?: boolean;
  /** Alt (⌥): moving focus along links. */
  alt?: boolean;
}

export interface EditorCommand {
  readonly id: CommandId;
  readonly label: MessageKey;
  /** A longer hint (the toolbar's tooltip), naming the shortcut. */
  readonly hint?: MessageKey;
  readonly shortcuts: readonly Shortcut[];
  /** Shortcuts that also act while typing in a field (undo and redo: one history for canvas and inspector). */
  readonly inTextFields?: boolean;
  /** Listed with its shortcut, but the key is handled by the canvas itself (React Flow's Delete). */
  readonly keyHandledByCanvas?: boolean;
  /** 'step': the shortcut acts only while a step of the canvas has keyboard focus (handled by the canvas, before React Flow's own keys). */
  readonly scope?: 'step';
  enabled(session: EditorSession): boolean;
  perform(session: EditorSession): void | Promise<void>;
}

const PASTE_OFFSET = { x: 40, y: 40 };

/** The selected steps and sticky notes. */
function selectedSteps(session: EditorSession) {
  const doc = session.document.getState().doc;
  const ids = new Set(session.ui.getState().selection);
  return { doc, steps: doc?.steps.filter((s) => ids.has(s.id)) ?? [], notes: doc?.notes.filter((n) => ids.has(n.id)) ?? [] };
}

const hasSelection = (session: EditorSession) => session.ui.getState().selection.length > 0;
const hasSteps = (session: EditorSession) => (session.document.getState().doc?.steps.length ?? 0) > 0;
const hasItems = (session: EditorSession) => hasSteps(session) || (session.document.getState().doc?.notes.length ?? 0) > 0;

function addCopies(session: EditorSession, text: string): void {
  const parsed = parseClipboard(text);
  if (!parsed.ok) return session.ui.getState().showRefusal(parsed.refusal);
  const copies = cloneSteps(parsed.value.steps, parsed.value.links, PASTE_OFFSET, parsed.value.notes);
  if (session.apply({ type: 'addSteps', steps: copies.steps, links: copies.links, notes: copies.notes })) {
    session.ui.getState().setSelection([...copies.steps.map((s) => s.id), ...copies.notes.map((n) => n.id)]);
  }
}

async function copySelection(session: EditorSession, cut: boolean): Promise<void> {
  const { doc, steps, notes } = selectedSteps(session);
  if (!doc || steps.length + notes.length === 0) return;
  try {
    await navigator.clipboard.writeText(copySteps(steps, doc.links, notes));
  } catch {
    session.ui.getState().showMessage(translate('canvas.clipboard.writeDenied'), 'error');
    return;
  }
  if (cut) removeSelected(session);
}

/** Auto-layout: one moveSteps for the whole document (dagre is loaded on first use). */
async function tidy(session: EditorSession): Promise<void> {
  const doc = session.document.getState().doc;
  if (!doc || doc.steps.length === 0) return;
  const moves = await autoLayout(doc);
  if (session.disposed) return;
  if (session.document.getState().doc !== doc) return tidy(session); // edited while dagre loaded: lay out what is there now
  session.apply({ type: 'moveSteps', moves });
}

/** The arrow-key moves of the focused step: one grid cell, or four with Shift. */
function arrowMoves() {
  const arrows = [
    ['Left', -1, 0],
    ['Right', 1, 0],
    ['Up', 0, -1],
    ['Down', 0, 1],
  ] as const;
  return arrows.flatMap(([name, x, y]) =>
    ([false, true] as const).map((far) => ({
      id: `move${name}${far ? 'Far' : ''}` as const,
      label: `editor.keys.move${name}${far ? 'Far' : ''}` as const,
      shortcuts: [{ key: `Arrow${name}`, ...(far ? { shift: true } : {}) }],
      scope: 'step' as const,
      enabled: hasFocusedStep,
      perform: (s: EditorSession) => void nudgeFocused(s, far ? { x: x * BIG_FACTOR, y: y * BIG_FACTOR } : { x, y }),
    })),
  );
}

export const EDITOR_COMMANDS = [
  {
    id: 'undo',
    label: 'editor.undo',
    hint: 'editor.undoTitle',
    shortcuts: [{ key: 'z', mod: true }],
    inTextFields: true,
    enabled: (s) => s.document.getState().past.length > 0,
    perform: (s) => void s.document.getState().undo(),
  },
  {
    id: 'redo',
    label: 'editor.redo',
    hint: 'editor.redoTitle',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', ctrl: true },
    ],
    inTextFields: true,
    enabled: (s) => s.document.getState().future.length > 0,
    perform: (s) => void s.document.getState().redo(),
  },
  {
    id: 'copy',
    label: 'editor.command.copy',
    shortcuts: [{ key: 'c', mod: true }],
    enabled: hasSelection,
    perform: (s) => copySelection(s, false),
  },
  {
    id: 'cut',
    label: 'editor.command.cut',
    shortcuts: [{ key: 'x', mod: true }],
    enabled: hasSelection,
    perform: (s) => copySelection(s, true),
  },
  {
    id: 'paste',
    label: 'editor.command.paste',
    shortcuts: [{ key: 'v', mod: true }],
    enabled: (s) => s.document.getState().doc !== undefined,
    async perform(s) {
      let text: string;
      try {
        text = await navigator.clipboard.readText();
      } catch {
        s.ui.getState().showMessage(translate('canvas.clipboard.readDenied'), 'error');
        return;
      }
      addCopies(s, text);
    },
  },
  {
    id: 'duplicate',
    label: 'editor.command.duplicate',
    shortcuts: [{ key: 'd', mod: true }],
    enabled: hasSelection,
    perform(s) {
      const { doc, steps, notes } = selectedSteps(s);
      if (doc && steps.length + notes.length > 0) addCopies(s, copySteps(steps, doc.links, notes));
    },
  },
  {
    id: 'selectAll',
    label: 'editor.command.selectAll',
    shortcuts: [{ key: 'a', mod: true }],
    enabled: hasItems,
    perform: (s) => {
      const doc = s.document.getState().doc;
      s.ui.getState().setSelection([...(doc?.steps.map((st) => st.id) ?? []), ...(doc?.notes.map((n) => n.id) ?? [])]);
    },
  },
  {
    id: 'delete',
    label: 'editor.command.delete',
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    keyHandledByCanvas: true,
    enabled: hasSelection,
    perform: removeSelected,
  },
  {
    id: 'autoLayout',
    label: 'editor.autoLayout',
    shortcuts: [],
    enabled: hasSteps,
    perform: tidy,
  },
  {
    // Ctrl/⌘+F opens the canvas search (ui/editor/CanvasSearch.tsx) instead of the browser's find, only while the editor is open.
    id: 'find',
    label: 'editor.command.find',
    hint: 'editor.command.findTitle',
    shortcuts: [{ key: 'f', mod: true }],
    inTextFields: true,
    enabled: (s) => s.document.getState().doc !== undefined,
    perform: (s) => s.ui.getState().openSearch(),
  },
  // Keyboard editing (issue 16, part 4): acting on the step that has keyboard focus in the canvas.
  ...arrowMoves(),
  {
    id: 'focusNext',
    label: 'editor.keys.focusNext',
    shortcuts: [{ key: 'ArrowDown', alt: true }],
    scope: 'step',
    enabled: hasFocusedStep,
    perform: (s) => void focusAlong(s, 'next'),
  },
  {
    id: 'focusPrevious',
    label: 'editor.keys.focusPrevious',
    shortcuts: [{ key: 'ArrowUp', alt: true }],
    scope: 'step',
    enabled: hasFocusedStep,
    perform: (s) => void focusAlong(s, 'previous'),
  },
  {
    id: 'focusNextSibling',
    label: 'editor.keys.focusNextSibling',
    shortcuts: [{ key: 'ArrowRight', alt: true }],
    scope: 'step',
    enabled: hasFocusedStep,
    perform: (s) => void focusAlong(s, 'nextSibling'),
  },
  {
    id: 'focusPreviousSibling',
    label: 'editor.keys.focusPreviousSibling',
    shortcuts: [{ key: 'ArrowLeft', alt: true }],
    scope: 'step',
    enabled: hasFocusedStep,
    perform: (s) => void focusAlong(s, 'previousSibling'),
  },
  {
    id: 'linkFrom',
    label: 'editor.keys.linkFrom',
    shortcuts: [{ key: 'l' }],
    scope: 'step',
    enabled: hasFocusedStep,
    perform: openPortPicker,
  },
  {
    id: 'addAfter',
    label: 'editor.keys.addAfter',
    shortcuts: [{ key: 'a' }],
    scope: 'step',
    enabled: hasFocusedStep,
    perform: (s) => void startAddAfter(s),
  },
  // Sticky notes (issue 16, part 3).
  {
    id: 'addNote',
    label: 'editor.command.addNote',
    hint: 'editor.command.addNoteTitle',
    shortcuts: [{ key: 'n' }],
    enabled: (s) => s.document.getState().doc !== undefined,
    perform: (s) => void addStickyNote(s),
  },
  {
    id: 'editNote',
    label: 'editor.keys.editNote',
    shortcuts: [{ key: 'Enter' }],
    scope: 'step',
    enabled: hasFocusedNote,
    perform: editFocusedNote,
  },
  {
    id: 'showShortcuts',
    label: 'editor.keys.showShortcuts',
    shortcuts: [{ key: '?', shift: true }, { key: '?' }],
    enabled: () => true,
    perform: (s) => s.ui.getState().openKeyboardDialog({ kind: 'shortcuts' }),
  },
] as const satisfies readonly (Omit<EditorCommand, 'id'> & { id: string })[];

export type CommandId = (typeof EDITOR_COMMANDS)[number]['id'];

const BY_ID = new Map<string, EditorCommand>(EDITOR_COMMANDS.map((c) => [c.id, c as EditorCommand]));

/** The command `id`. */
export function command(id: CommandId): EditorCommand {
  return BY_ID.get(id)!;
}

/** Runs a command when it is enabled; true when it ran. */
export function runCommand(session: EditorSession, id: CommandId): boolean {
  const cmd = command(id);
  if (!cmd.enabled(session)) return false;
  void cmd.perform(session);
  return true;
}

/** True when the event's key and modifiers are the shortcut's. */
export function matches(shortcut: Shortcut, e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  if (e.altKey !== !!shortcut.alt) return false;
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key !== shortcut.key) return false;
  if (shortcut.ctrl) return e.ctrlKey && !e.shiftKey;
  return mod === !!shortcut.mod && e.shiftKey === !!shortcut.shift;
}

/**
 * The command a key press asks for, if any (commands whose key the canvas
 * handles are left to it). Without `scope`, the page-wide commands; with
 * 'step', those that act on the focused step.
 */
export function commandForKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  scope?: 'step',
): EditorCommand | undefined {
  return (EDITOR_COMMANDS as readonly EditorCommand[]).find(
    (c) => !c.keyHandledByCanvas && c.scope === scope && c.shortcuts.some((s) => matches(s, e)),
  );
}
