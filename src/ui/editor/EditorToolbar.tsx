/** The editor's toolbar: workflow name, undo/redo, auto-layout, version history, test with sample data. */
import { autoLayoutDocument } from '../../state/editor/commands';
import { useDocumentStore } from '../../state/editor/documentStore';
import { useT } from '../i18n';
import { TestRunControl } from './TestRunControl';

export function EditorToolbar({ historyOpen, onToggleHistory }: { historyOpen: boolean; onToggleHistory: () => void }) {
  const name = useDocumentStore((s) => s.doc?.name);
  const canUndo = useDocumentStore((s) => s.past.length > 0);
  const canRedo = useDocumentStore((s) => s.future.length > 0);
  const t = useT();

  return (
    <div className="editor__toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      <strong className="editor__name">{name}</strong>
      <button type="button" onClick={() => useDocumentStore.getState().undo()} disabled={!canUndo} title={t('editor.undoTitle')}>
        {t('editor.undo')}
      </button>
      <button type="button" onClick={() => useDocumentStore.getState().redo()} disabled={!canRedo} title={t('editor.redoTitle')}>
        {t('editor.redo')}
      </button>
      <button type="button" onClick={() => void autoLayoutDocument()}>
        {t('editor.autoLayout')}
      </button>
      <button type="button" aria-pressed={historyOpen} onClick={onToggleHistory}>
        {t('editor.history')}
      </button>
      <TestRunControl />
    </div>
  );
}
