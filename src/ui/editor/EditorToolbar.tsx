/** The editor's toolbar: workflow name, undo/redo, auto-layout, version history, test with sample data. */
import { autoLayout } from '../../domain/workflow/layout';
import { useDocumentStore } from '../../state/editor/documentStore';
import { useEditorUi } from '../../state/editor/uiStore';
import { useT } from '../i18n';
import { TestRunControl } from './TestRunControl';

/** Auto-layout: one moveSteps for the whole document (dagre is loaded on first use). */
async function tidy(): Promise<void> {
  const doc = useDocumentStore.getState().doc;
  if (!doc || doc.steps.length === 0) return;
  const moves = await autoLayout(doc);
  const store = useDocumentStore.getState();
  if (store.doc !== doc) return tidy(); // edited while dagre loaded: lay out what is there now
  const result = store.dispatch({ type: 'moveSteps', moves });
  if (!result.ok) useEditorUi.getState().showMessage(result.reason, 'error');
}

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
      <button type="button" onClick={() => void tidy()}>
        {t('editor.autoLayout')}
      </button>
      <button type="button" aria-pressed={historyOpen} onClick={onToggleHistory}>
        {t('editor.history')}
      </button>
      <TestRunControl />
    </div>
  );
}
