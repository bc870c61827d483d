/**
 * The inspector: the editor's right column. With nothing selected it shows
 * the workflow's settings; with one step, that step's settings (one sticky
 * note: its text and colour); with
 * several, how many and a Delete button. Every edit is an operation on the
 * document store, so it shares the canvas's undo history; keyboard
 * shortcuts are left to the editor page (nothing here stops keydown).
 */
import { useShallow } from 'zustand/react/shallow';
import { useDocument, useEditorSession, useEditorUi } from '../../state/editor/context';
import { runCommand } from '../editor/commands';
import { NoteInspector } from './NoteInspector';
import { StepInspector } from './StepInspector';
import { WorkflowSettings } from './WorkflowSettings';
import './inspector.css';
import { useT } from '../i18n';

export function Inspector() {
  const hasDoc = useDocument((s) => s.doc !== undefined);
  const selection = useEditorUi((s) => s.selection);
  // Only ids of steps that exist: a selection can outlive its steps for a moment (undo of an add).
  const selected = useDocument(
    useShallow((s) => {
      if (selection.length === 0 || !s.doc) return [];
      const wanted = new Set(selection);
      return [...s.doc.steps, ...s.doc.notes].filter((item) => wanted.has(item.id)).map((item) => item.id);
    }),
  );
  const notes = useDocument(useShallow((s) => s.doc?.notes.map((n) => n.id) ?? []));

  const t = useT();
  let content;
  if (!hasDoc) content = <p className="muted inspector__body">{t('inspector.noWorkflow')}</p>;
  else if (selected.length === 0) content = <WorkflowSettings />;
  else if (selected.length === 1 && notes.includes(selected[0]!)) content = <NoteInspector key={selected[0]} noteId={selected[0]!} />;
  else if (selected.length === 1) content = <StepInspector key={selected[0]} stepId={selected[0]!} />;
  else content = <MultiSelection ids={selected} />;

  return (
    <aside aria-label={t('inspector.label')} className="inspector">
      {content}
    </aside>
  );
}

function MultiSelection({ ids }: { ids: readonly string[] }) {
  const session = useEditorSession();
  const count = ids.length;
  const t = useT();
  return (
    <div className="inspector__body">
      <h2 className="inspector__title">{t('inspector.selected', { count })}</h2>
      <p className="muted">{t('inspector.selectOne')}</p>
      <button type="button" className="danger" onClick={() => runCommand(session, 'delete')}>
        {t('inspector.deleteSteps', { count })}
      </button>
    </div>
  );
}
