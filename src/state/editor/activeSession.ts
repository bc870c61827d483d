/**
 * The session open in the editor, for the app's frame outside the editor's
 * provider (context.tsx): the header's save indicator and the storage banner
 * follow it. Apart from the editor's hooks, so the first page has only this.
 */
import { create, useStore } from 'zustand';
import type { SaveState } from './autosave';
import type { EditorSession } from './session';

/** The session open in the editor, if any; set by the editor page while a session is open. */
export const useActiveSession = create<{ session: EditorSession | undefined }>()(() => ({ session: undefined }));

const IDLE = create<SaveState>()(() => ({ status: 'idle', error: undefined, conflict: undefined }));

/** A slice of the active session's save state (idle when no workflow is open). */
export function useActiveSaveState<T>(selector: (state: SaveState) => T): T {
  const session = useActiveSession((s) => s.session);
  return useStore(session?.save ?? IDLE, selector);
}
