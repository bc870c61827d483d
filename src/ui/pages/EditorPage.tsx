/**
 * The workflow editor: palettes on the left, the canvas in the middle, the
 * inspector on the right, one undo history across all of them.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useDocumentStore } from '../../state/editor/documentStore';
import { useValidationSync } from '../../state/editor/problems';
import { closeWorkflow, installAutosave, openWorkflow } from '../../state/editor/session';
import { WorkflowCanvas } from '../canvas/WorkflowCanvas';
import { useEditorShortcuts } from '../canvas/useEditorShortcuts';
import { EditorMessage } from '../editor/EditorMessage';
import { ConflictDialog } from '../editor/ConflictDialog';
import { EditorToolbar } from '../editor/EditorToolbar';
import { HistoryPanel } from '../editor/HistoryPanel';
import { Inspector } from '../inspector/Inspector';
import { ActionPalette, TriggerPalette } from '../palette';
import { useT } from '../i18n';
import { useTitle } from '../useTitle';
import '../editor/editor.css';

installAutosave();

/** /editor without a workflow: say how to open one. */
export function EditorPage() {
  const t = useT();
  useTitle(t('editor.title'));
  return (
    <section aria-labelledby="editor-title" className="page">
      <h1 id="editor-title">{t('editor.title')}</h1>
      <div className="empty-state">
        <p>{t('editor.none')}</p>
        <p className="muted">
          {t('editor.noneHintBefore')}
          <Link href="/workflows">{t('shell.nav.workflows')}</Link>
          {t('editor.noneHintAfter')}
        </p>
      </div>
    </section>
  );
}

type LoadState = 'loading' | 'open' | 'missing';

/** /editor/:id */
export function WorkflowEditorPage({ id }: { id: string }) {
  const [state, setState] = useState<{ id: string; load: LoadState }>({ id, load: 'loading' });
  const [historyOpen, setHistoryOpen] = useState(false);
  const name = useDocumentStore((s) => s.doc?.name);
  const t = useT();
  useTitle(name ? t('editor.documentTitle', { name }) : t('editor.title'));
  useValidationSync();
  useEditorShortcuts();

  useEffect(() => {
    let cancelled = false;
    void openWorkflow(id).then((found) => {
      if (!cancelled) setState({ id, load: found ? 'open' : 'missing' });
    });
    return () => {
      cancelled = true;
      void closeWorkflow();
    };
  }, [id]);

  const load = state.id === id ? state.load : 'loading';
  if (load === 'loading') return <p aria-busy="true" className="page">{t('editor.opening')}</p>;
  if (load === 'missing') {
    return (
      <section className="page" aria-labelledby="editor-title">
        <h1 id="editor-title">{t('editor.missing')}</h1>
        <p>
          {t('editor.missingBefore')}
          <Link href="/workflows">{t('shell.nav.workflows')}</Link>
          {t('editor.missingAfter')}
        </p>
      </section>
    );
  }
  return (
    <ReactFlowProvider>
      <div className="editor">
        <h1 className="visually-hidden">{t('editor.editing', { name: name ?? '' })}</h1>
        <EditorToolbar historyOpen={historyOpen} onToggleHistory={() => setHistoryOpen(!historyOpen)} />
        <ConflictDialog />
        <div className="editor__body">
          <div className="editor__palettes">
            <TriggerPalette />
            <ActionPalette />
          </div>
          <main className="editor__canvas" aria-label={t('editor.canvas')}>
            <WorkflowCanvas />
          </main>
          {historyOpen ? <HistoryPanel onClose={() => setHistoryOpen(false)} /> : <Inspector />}
        </div>
        <EditorMessage />
      </div>
    </ReactFlowProvider>
  );
}
