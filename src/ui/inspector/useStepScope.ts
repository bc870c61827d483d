/**
 * What a step of the open workflow can read (domain scope.ts): the
 * trigger's data, earlier steps' outputs, a loop's item. For the inspector's
 * pickers (a For each's list, variables, condition fields). Worked out from
 * the document's steps and links, again only when they change.
 */
import { useMemo } from 'react';
import type { Scope } from '../../domain/workflow/scope';
import { stepFacts, workflowFacts } from '../../domain/workflow/validate';
import { useCatalog } from '../../state/catalog';
import { useDocument } from '../../state/editor/context';

/** The step's scope; undefined when the workflow has no known trigger or no such step. */
export function useStepScope(stepId: string): Scope | undefined {
  const steps = useDocument((s) => s.doc?.steps);
  const links = useDocument((s) => s.doc?.links);
  const catalog = useCatalog();
  return useMemo(() => {
    const step = steps?.find((s) => s.id === stepId);
    if (!steps || !links || !step) return undefined;
    return stepFacts(step, workflowFacts({ steps, links }, catalog)).scope;
  }, [steps, links, catalog, stepId]);
}
