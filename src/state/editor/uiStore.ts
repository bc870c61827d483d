/**
 * Editor UI state: selection, the message shown to the user and whether the
 * canvas search is open. Never part
 * of the document or its history. One store per editor session.
 */
import { type StoreApi, createStore } from 'zustand/vanilla';
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
}));
}
