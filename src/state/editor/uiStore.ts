/**
 * Editor UI state: selection, the message shown to the user, the last
 * viewport. Never part of the document or its history.
 */
import { create } from 'zustand';

export interface EditorMessage {
  id: number;
  kind: 'info' | 'error';
  text: string;
  /** An optional action offered with the message (e.g. "Undo"). */
  action?: { label: string; run: () => void };
}

interface EditorUiState {
  selection: readonly string[];
  message: EditorMessage | undefined;
  setSelection: (ids: readonly string[]) => void;
  showMessage: (text: string, kind?: EditorMessage['kind'], action?: EditorMessage['action']) => void;
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
  showMessage: (text, kind = 'info', action) => set({ message: { id: nextMessageId++, kind, text, action } }),
  dismissMessage: () => set({ message: undefined }),
}));
