/**
 * The fields a step of the open workflow can read, grouped by variable
 * (domain scopeFields.ts), for the variable picker of its text fields.
 */
import type { ScopeFieldGroup } from '../../domain/workflow/scopeFields';
import { scopeFieldGroups } from '../../domain/workflow/scopeFields';
import { useStepScope } from './useStepScope';

const NONE: readonly ScopeFieldGroup[] = [];

/** The step's fields by variable, innermost item first; none without a known trigger. */
export function useStepFields(stepId: string): readonly ScopeFieldGroup[] {
  const scope = useStepScope(stepId);
  // scopeFieldGroups keeps one array per scope, and scopes are interned: the same array while the scope is the same.
  return scope ? scopeFieldGroups(scope) : NONE;
}
