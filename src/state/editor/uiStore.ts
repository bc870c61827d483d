/**
 * Editor UI state: selection, the message shown to the user and whether the
 * canvas search is open. Never part
 * of the document or its history. One store per editor session.
 */
import { type StoreApi, createStore } from 'zustand/vanilla';
import type { Port, Position } from '../../domain/workflow/document';
import type { Refusal } from '../../domain/workflow/operations';

/** Notices raised below the UI layer that the UI words in the user's language. */
export type EditorNoticeCode = 'connector-condition' | 'trigger-replaced' | 'steps-far-apart';

export interface EditorMessage {
  id: number;
  kind: 'info' | 'error';
  /** The words in English (logs, tests); the UI words a message with a `code` in the user's language. */
  text: string;
  /** A notice the UI knows by name and translates. */
  code?: EditorNoticeCode;
  /** A refused change: the UI words it from its code and params. */
  refusal?: Refusal;
  /** An optional action offered with the message (e.g. "Undo"). */
  action?: { label: string; run: () => void };
}

export interface EditorUiState {
  selection: readonly string[];
  message: EditorMessage | undefined;
  setSelection: (ids: readonly string[]) => void;
  showMessage: (text: string, kind?: EditorMessage['kind'], action?: EditorMessage['action'], code?: EditorNoticeCode) => void;
  /** Shows why a change was refused (the one place refusals reach the user). */
  showRefusal: (refusal: Refusal) => void;
  dismissMessage: () => void;
  /** The canvas search box: whether it shows, and a count bumped by each request to open it (which focuses it again). */
  search: { readonly open: boolean; readonly requests: number };
  openSearch: () => void;
  closeSearch: () => void;
  /** The step keyboard focus is on in the canvas (keyboard editing acts on it). */
  focusedStep: string | undefined;
  setFocusedStep: (id: string | undefined) => void;
  /** What the canvas's live region last said, as a code the UI words (keyboard editing). */
  announcement: Announcement | undefined;
  announce: (announcement: Omit<Announcement, 'id'>) => void;
  /** A step the canvas should bring into view and give keyboard focus (navigation along links). */
  focusRequest: { id: number; stepId: string } | undefined;
  requestFocus: (stepId: string) => void;
  /** The keyboard dialog open on a step (the port picker), if any. */
  keyboardDialog: KeyboardDialog | undefined;
  openKeyboardDialog: (dialog: KeyboardDialog | undefined) => void;
  /** "Add step after" from the keyboard: the Actions palette offers what fits after this step's free output. */
  addingAfter: { stepId: string; port: Port } | undefined;
  setAddingAfter: (adding: { stepId: string; port: Port } | undefined) => void;
  /** The sticky note whose text is being edited on the canvas, if any. */
  editingNote: string | undefined;
  setEditingNote: (id: string | undefined) => void;
  /** Where the middle of the visible canvas is, in canvas coordinates (set by the canvas while it is shown): where a new note goes. */
  canvasCentre: (() => Position) | undefined;
  setCanvasCentre: (centre: (() => Position) | undefined) => void;
}

/** A dialog of keyboard editing: the port picker on the focused step, or the list of shortcuts. */
export type KeyboardDialog = { kind: 'connect'; stepId: string } | { kind: 'shortcuts' };

/** A live-region announcement: `stepId` is worded by the UI (its kind and title), `code` says what happened. */
export interface Announcement {
  id: number;
  code: 'step-moved' | 'step-focused' | 'no-step-there' | 'linked' | 'no-free-port' | 'note-moved';
  stepId?: string;
  params?: Readonly<Record<string, string | number>>;
}

export type EditorUiStore = StoreApi<EditorUiState>;

let nextMessageId = 1;

export function createEditorUiStore(): EditorUiStore {
  return createStore<EditorUiState>()((set, get) => ({
  selection: [],
  message: undefined,
  setSelection: (ids) => {
    const current = get().selection;
    if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
    set({ selection: [...ids] });
  },
  showMessage: (text, kind = 'info', action, code) => set({ message: { id: nextMessageId++, kind, text, action, code } }),
  showRefusal: (refusal) => set({ message: { id: nextMessageId++, kind: 'error', text: refusal.message, refusal } }),
  dismissMessage: () => set({ message: undefined }),
  search: { open: false, requests: 0 },
  openSearch: () => set({ search: { open: true, requests: get().search.requests + 1 } }),
  closeSearch: () => set({ search: { open: false, requests: get().search.requests } }),
  focusedStep: undefined,
  setFocusedStep: (id) => {
    if (get().focusedStep !== id) set({ focusedStep: id });
  },
  announcement: undefined,
  announce: (announcement) => set({ announcement: { ...announcement, id: nextMessageId++ } }),
  focusRequest: undefined,
  requestFocus: (stepId) => set({ focusRequest: { id: nextMessageId++, stepId } }),
  keyboardDialog: undefined,
  openKeyboardDialog: (dialog) => set({ keyboardDialog: dialog }),
  addingAfter: undefined,
  setAddingAfter: (adding) => set({ addingAfter: adding }),
  editingNote: undefined,
  setEditingNote: (id) => {
    if (get().editingNote !== id) set({ editingNote: id });
  },
  canvasCentre: undefined,
  setCanvasCentre: (centre) => set({ canvasCentre: centre }),
}));
}
