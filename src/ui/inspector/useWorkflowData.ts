/**
 * The data the open workflow can use (from its trigger), for the variable
 * picker and the condition builder. Recomputed only when the trigger's app
 * or event changes, not on every edit of the document.
 */
import { useMemo } from 'react';
import { currentCatalog } from '../../state/catalog';
import { type DataField, availableData } from '../../domain/workflow/dataFields';
import type { Step, TriggerStep } from '../../domain/workflow/document';
import { triggerOf as triggerStepOf } from '../../domain/workflow/kinds/trigger';
import { useDocument } from '../../state/editor/context';

const NO_DATA: readonly DataField[] = [];

/** Every data field the workflow's trigger provides; empty without a (known) trigger. */
export function useWorkflowData(): readonly DataField[] {
  const app = useDocument((s) => triggerOf(s.doc?.steps)?.app);
  const trigger = useDocument((s) => triggerOf(s.doc?.steps)?.trigger);
  return useMemo(
    () => (app && trigger ? availableData(currentCatalog(), { app, trigger }) : NO_DATA),
    [app, trigger],
  );
}

function triggerOf(steps: readonly Step[] | undefined): TriggerStep | undefined {
  return steps && triggerStepOf(steps);
}
