/**
 * The editor's keyboard shortcuts, from the command registry (commands.ts).
 * Undo and redo work wherever focus is on the editor page (canvas or
 * inspector), because canvas and inspector share one history. The other
 * commands (copy, cut, paste, duplicate, select all) act on steps only when
 * focus is not in a text field, where those keys keep their usual meaning.
 * Delete and Backspace are handled by React Flow on the canvas.
 */
import { useEffect } from 'react';
import type { EditorSession } from '../../state/editor/session';
import { commandForKey } from './commands';

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** Handles one key press for the session; exported for tests. */
export function handleCommandKey(session: EditorSession, e: KeyboardEvent): void {
  const cmd = commandForKey(e);
  if (!cmd) return;
  if (!cmd.inTextFields && isEditable(e.target)) return;
  e.preventDefault();
  if (cmd.enabled(session)) void cmd.perform(session);
}

/** Installs the shortcuts while the editor is mounted. */
export function useCommandShortcuts(session: EditorSession): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => handleCommandKey(session, e);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session]);
}
