/**
 * A condition step's criteria: a group joined by AND or OR, holding
 * criteria, nested groups and list conditions ("at least one of" the line
 * items...), over what the step can read (its scope: the trigger's data,
 * earlier steps' outputs, a loop's item). Each edit dispatches
 * `updateCondition` with the whole new tree (text typed into a value merges
 * under the coalesce key `<step id>.criteria`).
 *
 * The builder is also a drop target for palette items, only to refuse
 * them: connectors can't be used to set conditions (the seed's rule), and
 * no other step goes inside a condition either.
 */
import { type DragEvent, memo, useMemo, useState } from 'react';
import type { ConditionGroup, ConditionStep } from '../../domain/workflow/document';
import type { Problem } from '../../domain/workflow/problems';
import {
  PALETTE_ITEM_MIME,
  isConnectorItem,
  parsePaletteItem,
} from '../../state/editor/commands';
import { useEditorSession, useStepProblems } from '../../state/editor/context';
import type { EditorSession } from '../../state/editor/session';
import type { BuilderContext } from './builderContext';
import { ConditionGroupEditor } from './ConditionGroupEditor';
import { useStepScope } from './useStepScope';
import { translate, useT } from '../i18n';

/** Shown when a palette item other than a connector is dropped on the builder. */

/** Refuses a palette item dropped on the condition builder, saying why. */
export function refuseDrop(session: EditorSession, raw: string): void {
  const item = parsePaletteItem(raw);
  const text = item && isConnectorItem(item) ? translate('inspector.condition.connector') : translate('inspector.condition.stepInside');
  session.ui.getState().showMessage(text, 'error');
}

function isPaletteDrag(e: DragEvent): boolean {
  return Array.from(e.dataTransfer.types).includes(PALETTE_ITEM_MIME);
}

export const ConditionBuilder = memo(function ConditionBuilder({ step }: { step: ConditionStep }) {
  const session = useEditorSession();
  const stepId = step.id;
  const scope = useStepScope(stepId);
  const problems = useStepProblems(stepId);
  const [dragOver, setDragOver] = useState(false);
  const t = useT();

  const ctx = useMemo<BuilderContext>(() => {
    const problemsAt = new Map<string, Problem[]>();
    for (const p of problems) if (p.field) problemsAt.set(p.field, [...(problemsAt.get(p.field) ?? []), p]);
    const edit = (change: (root: ConditionGroup) => ConditionGroup, typing = false) => {
      const current = session.document.getState().doc?.steps.find((s) => s.id === stepId);
      if (current?.kind !== 'condition') return;
      const next = change(current.criteria);
      if (next === current.criteria) return;
      session.apply({ type: 'updateCondition', id: stepId, criteria: next }, typing ? { coalesceKey: `${stepId}.criteria` } : undefined);
    };
    return { problemsAt, edit };
  }, [problems, stepId, session]);

  return (
    <section
      className={`inspector__section condition-builder${dragOver ? ' is-drag-over' : ''}`}
      aria-label={t('inspector.condition.label')}
      onDragOver={(e) => {
        if (!isPaletteDrag(e)) return;
        // Accept the drag so the drop arrives and can be refused with a reason.
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragOver(false);
      }}
      onDrop={(e) => {
        setDragOver(false);
        const raw = e.dataTransfer.getData(PALETTE_ITEM_MIME);
        if (!raw) return;
        e.preventDefault();
        refuseDrop(session, raw);
      }}
    >
      <h3>{t('inspector.condition.criteria')}</h3>
      {!scope && <p className="muted">{t('inspector.condition.noTrigger')}</p>}
      <ConditionGroupEditor group={step.criteria} pathKey="" problemField="criteria" scope={scope} ctx={ctx} />
      {dragOver && (
        <p className="condition-builder__drop-hint" aria-hidden="true">
          {t('inspector.condition.dropHint')}
        </p>
      )}
    </section>
  );
});
