/**
 * Editor UI state: selection, the message shown to the user, the last
 * viewport. Never part of the document or its history.
 */
import { create } from 'zustand';

/** Notices raised below the UI layer that the UI words in the user's language. */
export type EditorNoticeCode = 'connector-condition' | 'trigger-replaced' | 'steps-far-apart';

export interface EditorMessage {
  id: number;
  kind: 'info' | 'error';
  /** The words in English (logs, tests); the UI words a message with a `code` in the user's language. */
  text: string;
  /** A notice the UI knows by name and translates. */
  code?: EditorNoticeCode;
  /** An optional action offered with the message (e.g. "Undo"). */
  action?: { label: string; run: () => void };
}

interface EditorUiState {
  selection: readonly string[];
  message: EditorMessage | undefined;
  setSelection: (ids: readonly string[]) => void;
  showMessage: (text: string, kind?: EditorMessage['kind'], action?: EditorMessage['action'], code?: EditorNoticeCode) => void;
  dismissMessage: () => void;
}

let nextMessageId = 1;

export const useEditorUi = create<EditorUiState>()((set, get) => ({
  selection: [],
  message: undefined,
  setSelection: (ids) => {
    const current = get().selection;
    if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
    set({ selection: [...ids] });
  },
  showMessage: (text, kind = 'info', action, code) => set({ message: { id: nextMessageId++, kind, text, action, code } }),
  dismissMessage: () => set({ message: undefined }),
}));
