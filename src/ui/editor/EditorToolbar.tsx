/** The editor's toolbar: workflow name, undo/redo, auto-layout, version history. */
import { useCallback } from 'react';
import { autoLayout } from '../../domain/workflow/layout';
import { useDocumentStore } from '../../state/editor/documentStore';
import { useEditorUi } from '../../state/editor/uiStore';

export function EditorToolbar({ historyOpen, onToggleHistory }: { historyOpen: boolean; onToggleHistory: () => void }) {
  const name = useDocumentStore((s) => s.doc?.name);
  const canUndo = useDocumentStore((s) => s.past.length > 0);
  const canRedo = useDocumentStore((s) => s.future.length > 0);

  const tidy = useCallback(() => {
    const store = useDocumentStore.getState();
    if (!store.doc || store.doc.steps.length === 0) return;
    const result = store.dispatch({ type: 'moveSteps', moves: autoLayout(store.doc) });
    if (!result.ok) useEditorUi.getState().showMessage(result.reason, 'error');
  }, []);

  return (
    <div className="editor__toolbar" role="toolbar" aria-label="Editor">
      <strong className="editor__name">{name}</strong>
      <button type="button" onClick={() => useDocumentStore.getState().undo()} disabled={!canUndo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" onClick={() => useDocumentStore.getState().redo()} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
      <button type="button" onClick={tidy}>
        Auto-layout
      </button>
      <button type="button" aria-pressed={historyOpen} onClick={onToggleHistory}>
        History
      </button>
    </div>
  );
}
