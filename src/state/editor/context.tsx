/**
 * How React reaches the open editor session: a context provided by the
 * editor page around everything that edits the workflow, and hooks that
 * subscribe to one slice of one of the session's stores. Outside the
 * provider, `useEditorSession()` throws: nothing may edit a document
 * without the session that saves it.
 *
 * The app's frame (the header's save indicator, the storage banner) lives
 * outside the provider; it follows whichever session is active
 * (`useActiveSession`, activeSession.ts: the first page has only that),
 * set by the editor page while a session is open.
 */
import { type ReactNode, createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Problem } from '../../domain/workflow/problems';
import type { DocumentState } from './documentStore';
import type { ProblemIndex } from './problems';
import type { EditorSession } from './session';
import type { EditorUiState } from './uiStore';

const SessionContext = createContext<EditorSession | undefined>(undefined);

export function EditorSessionProvider({ session, children }: { session: EditorSession; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The open editor session; throws outside its provider. */
export function useEditorSession(): EditorSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useEditorSession() is only available inside the editor (an EditorSessionProvider).');
  return session;
}

/** A slice of the open document's state (the document, its history...). */
export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useStore(useEditorSession().document, selector);
}

/** A slice of the editor's UI state (selection, message). */
export function useEditorUi<T>(selector: (state: EditorUiState) => T): T {
  return useStore(useEditorSession().ui, selector);
}

/** A slice of the document's problems. */
export function useProblems<T>(selector: (state: ProblemIndex) => T): T {
  return useStore(useEditorSession().problems, selector);
}

const NONE: readonly Problem[] = [];

/** Problems of one step (stable empty list when it has none). */
export function useStepProblems(stepId: string): readonly Problem[] {
  return useProblems((s) => s.byStep.get(stepId) ?? NONE);
}

export { useActiveSaveState, useActiveSession } from './activeSession';
