/**
 * The inspector: the editor's right column. With nothing selected it shows
 * the workflow's settings; with one step, that step's settings; with
 * several, how many and a Delete button. Every edit is an operation on the
 * document store, so it shares the canvas's undo history; keyboard
 * shortcuts are left to the editor page (nothing here stops keydown).
 */
import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore } from '../../state/editor/documentStore';
import { useEditorUi } from '../../state/editor/uiStore';
import { StepInspector } from './StepInspector';
import { WorkflowSettings } from './WorkflowSettings';
import './inspector.css';
import { useT } from '../i18n';

export function Inspector() {
  const hasDoc = useDocumentStore((s) => s.doc !== undefined);
  const selection = useEditorUi((s) => s.selection);
  // Only ids of steps that exist: a selection can outlive its steps for a moment (undo of an add).
  const selected = useDocumentStore(
    useShallow((s) => {
      if (selection.length === 0 || !s.doc) return [];
      const wanted = new Set(selection);
      return s.doc.steps.filter((step) => wanted.has(step.id)).map((step) => step.id);
    }),
  );

  const t = useT();
  let content;
  if (!hasDoc) content = <p className="muted inspector__body">{t('inspector.noWorkflow')}</p>;
  else if (selected.length === 0) content = <WorkflowSettings />;
  else if (selected.length === 1) content = <StepInspector key={selected[0]} stepId={selected[0]!} />;
  else content = <MultiSelection ids={selected} />;

  return (
    <aside aria-label={t('inspector.label')} className="inspector">
      {content}
    </aside>
  );
}

/** Removes the selected steps that exist (one undo entry) and clears the selection. */
function removeSteps(ids: readonly string[]) {
  const result = useDocumentStore.getState().dispatch({ type: 'removeSteps', ids: [...ids] });
  const ui = useEditorUi.getState();
  if (result.ok) ui.setSelection([]);
  else ui.showMessage(result.reason, 'error');
}

function MultiSelection({ ids }: { ids: readonly string[] }) {
  const count = ids.length;
  const t = useT();
  return (
    <div className="inspector__body">
      <h2 className="inspector__title">{t('inspector.selected', { count })}</h2>
      <p className="muted">{t('inspector.selectOne')}</p>
      <button type="button" className="danger" onClick={() => removeSteps(ids)}>
        {t('inspector.deleteSteps', { count })}
      </button>
    </div>
  );
}
