/**
 * A condition step's criteria: a group joined by AND or OR, holding
 * criteria and nested groups. Each edit dispatches `updateCondition` with
 * the whole new tree (text typed into a value merges under the coalesce key
 * `<step id>.criteria`).
 *
 * The builder is also a drop target for palette items, only to refuse
 * them: connectors can't be used to set conditions (the seed's rule), and
 * no other step goes inside a condition either.
 */
import { type DragEvent, memo, useMemo, useState } from 'react';
import { indexByPath } from '../../domain/workflow/dataFields';
import type { ConditionGroup, ConditionStep } from '../../domain/workflow/document';
import type { Problem } from '../../domain/workflow/problems';
import {
  CONNECTOR_CONDITION_MESSAGE,
  PALETTE_ITEM_MIME,
  isConnectorItem,
  parsePaletteItem,
} from '../../state/editor/commands';
import { useDocumentStore } from '../../state/editor/documentStore';
import { useStepProblems } from '../../state/editor/problems';
import { useEditorUi } from '../../state/editor/uiStore';
import type { BuilderContext } from './builderContext';
import { ConditionGroupEditor } from './ConditionGroupEditor';
import { useWorkflowData } from './useWorkflowData';

/** Shown when a palette item other than a connector is dropped on the builder. */
export const STEP_IN_CONDITION_MESSAGE =
  "Steps can't go inside a condition. Drop them on the canvas, and use “Add criterion” to add to the condition.";

/** Refuses a palette item dropped on the condition builder, saying why. */
export function refuseDrop(raw: string): void {
  const item = parsePaletteItem(raw);
  const text = item && isConnectorItem(item) ? CONNECTOR_CONDITION_MESSAGE : STEP_IN_CONDITION_MESSAGE;
  useEditorUi.getState().showMessage(text, 'error');
}

function isPaletteDrag(e: DragEvent): boolean {
  return Array.from(e.dataTransfer.types).includes(PALETTE_ITEM_MIME);
}

export const ConditionBuilder = memo(function ConditionBuilder({ step }: { step: ConditionStep }) {
  const stepId = step.id;
  const fields = useWorkflowData();
  const problems = useStepProblems(stepId);
  const [dragOver, setDragOver] = useState(false);

  const ctx = useMemo<BuilderContext>(() => {
    const problemsAt = new Map<string, Problem[]>();
    for (const p of problems) if (p.field) problemsAt.set(p.field, [...(problemsAt.get(p.field) ?? []), p]);
    const edit = (change: (root: ConditionGroup) => ConditionGroup, typing = false) => {
      const store = useDocumentStore.getState();
      const current = store.doc?.steps.find((s) => s.id === stepId);
      if (current?.kind !== 'condition') return;
      const next = change(current.criteria);
      if (next === current.criteria) return;
      const result = store.dispatch(
        { type: 'updateCondition', id: stepId, criteria: next },
        typing ? { coalesceKey: `${stepId}.criteria` } : undefined,
      );
      if (!result.ok) useEditorUi.getState().showMessage(result.reason, 'error');
    };
    return { fields, fieldsByPath: indexByPath(fields), problemsAt, edit };
  }, [fields, problems, stepId]);

  return (
    <section
      className={`inspector__section condition-builder${dragOver ? ' is-drag-over' : ''}`}
      aria-label="Condition criteria"
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
        refuseDrop(raw);
      }}
    >
      <h3>Criteria</h3>
      {fields.length === 0 && (
        <p className="muted">Add a trigger first: criteria check the data the trigger provides.</p>
      )}
      <ConditionGroupEditor group={step.criteria} pathKey="" ctx={ctx} />
      {dragOver && (
        <p className="condition-builder__drop-hint" aria-hidden="true">
          Only criteria go in a condition: apps can't be used here.
        </p>
      )}
    </section>
  );
});
