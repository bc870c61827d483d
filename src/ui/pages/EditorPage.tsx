/**
 * The workflow editor: palettes on the left, the canvas in the middle, the
 * inspector on the right, one undo history across all of them.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useStore } from 'zustand';
import { claimEarlySession, closeBrowserSession, earlySessionOf, openBrowserSession } from '../../state/editor/browserSession';
import { EditorSessionProvider, useActiveSession } from '../../state/editor/context';
import type { EditorSession } from '../../state/editor/session';
import { canvasViewOf } from '../canvas/flowStore';
import { WorkflowCanvas } from '../canvas/WorkflowCanvas';
import { CanvasSearch } from '../editor/CanvasSearch';
import { useCommandShortcuts } from '../editor/useCommandShortcuts';
import { EditorMessage } from '../editor/EditorMessage';
import { ConflictDialog } from '../editor/ConflictDialog';
import { ShortcutsDialog } from '../editor/ShortcutsDialog';
import { EditorToolbar } from '../editor/EditorToolbar';
import { HistoryPanel } from '../editor/HistoryPanel';
import { Inspector } from '../inspector/Inspector';
import { ActionPalette, TriggerPalette } from '../palette';
import { useT } from '../i18n';
import { useTitle } from '../useTitle';
import '../editor/editor.css';

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

type Opened = { id: string; session: EditorSession; found: boolean };

/**
 * /editor/:id — opens the workflow in an editor session for as long as the
 * page shows it (a new one when the id changes) and disposes it on leaving,
 * which saves what is pending. A session the boot already opened for this
 * workflow (an editor's address at start: browserSession.ts) is shown by the
 * first render and taken over by the effect, rather than opened there.
 */
export function WorkflowEditorPage({ id }: { id: string }) {
  const [opened, setOpened] = useState<Opened | undefined>(() => {
    const early = earlySessionOf(id);
    return early && { id, ...early };
  });
  const t = useT();

  useEffect(() => {
    let cancelled = false;
    let mine: EditorSession | undefined;
    const early = claimEarlySession(id);
    if (early) {
      mine = early.session;
      useActiveSession.setState({ session: mine });
      // Already shown when the first render found it; a later claim (the page mounted again) shows it now.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- taking over a session opened outside React, once
      setOpened((shown) => (shown?.session === early.session ? shown : { id, ...early }));
    } else void openBrowserSession(id).then(({ session, found }) => {
      mine = session;
      if (cancelled) return void closeBrowserSession(session);
      useActiveSession.setState({ session });
      setOpened({ id, session, found });
    });
    return () => {
      cancelled = true;
      if (!mine) return;
      if (useActiveSession.getState().session === mine) useActiveSession.setState({ session: undefined });
      void closeBrowserSession(mine);
    };
  }, [id]);

  const current = opened?.id === id && !opened.session.disposed ? opened : undefined;
  if (!current) return <p aria-busy="true" className="page">{t('editor.opening')}</p>;
  if (!current.found) {
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
    <EditorSessionProvider session={current.session}>
      <Editor session={current.session} />
    </EditorSessionProvider>
  );
}

/** The editor of an open session. */
function Editor({ session }: { session: EditorSession }) {
  const [historyOpen, setHistoryOpen] = useState(false);
  const name = useStore(session.document, (s) => s.doc?.name);
  const t = useT();
  useTitle(name ? t('editor.documentTitle', { name }) : t('editor.title'));
  useCommandShortcuts(session);
  // React Flow's store starts with the workflow's nodes and links (read on the first render only), as a bare
  // <ReactFlow> starts: the canvas's first render draws them, rather than an empty canvas that its props then
  // fill from an effect, one render and one frame later (docs/benchmarks.md, "Canvas mount, sixth pass").
  const { nodes, edges } = canvasViewOf(session).flow.getState();
  return (
    <ReactFlowProvider initialNodes={nodes} initialEdges={edges}>
      <div className="editor">
        <h1 className="visually-hidden">{t('editor.editing', { name: name ?? '' })}</h1>
        <EditorToolbar historyOpen={historyOpen} onToggleHistory={() => setHistoryOpen(!historyOpen)} />
        <ConflictDialog />
        <ShortcutsDialog />
        <div className="editor__body">
          <div className="editor__palettes">
            <TriggerPalette />
            <ActionPalette />
          </div>
          <main className="editor__canvas" aria-label={t('editor.canvas')}>
            <WorkflowCanvas />
            <CanvasSearch />
          </main>
          {historyOpen ? <HistoryPanel onClose={() => setHistoryOpen(false)} /> : <Inspector />}
        </div>
        <EditorMessage />
      </div>
    </ReactFlowProvider>
  );
}
