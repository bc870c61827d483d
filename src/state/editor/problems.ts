/**
 * Static validation of the open document. Computed once per change of the
 * document or the organization (by useValidationSync, mounted once by the
 * editor page) and kept in a small store, so each canvas node subscribes
 * only to its own step's problem count.
 */
import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { catalog } from '../../domain/catalog/catalog';
import type { Problem } from '../../domain/workflow/problems';
import { validateWorkflow } from '../../domain/workflow/validate';
import { useOrganization } from '../org';
import { useDocumentStore } from './documentStore';

export interface ProblemIndex {
  all: readonly Problem[];
  byStep: ReadonlyMap<string, readonly Problem[]>;
  /** Problems of the workflow as a whole (no step). */
  workflow: readonly Problem[];
}

const EMPTY: ProblemIndex = { all: [], byStep: new Map(), workflow: [] };

export const useProblemStore = create<ProblemIndex>()(() => EMPTY);

/** Indexes problems by step. */
export function indexProblems(all: readonly Problem[]): ProblemIndex {
  const byStep = new Map<string, Problem[]>();
  const workflow: Problem[] = [];
  for (const p of all) {
    if (p.stepId) byStep.set(p.stepId, [...(byStep.get(p.stepId) ?? []), p]);
    else workflow.push(p);
  }
  return { all, byStep, workflow };
}

/** Keeps the problem store in step with the open document; mount once. */
export function useValidationSync(): void {
  const doc = useDocumentStore((s) => s.doc);
  const org = useOrganization();
  const index = useMemo(
    () => (doc && org ? indexProblems(validateWorkflow(doc, { catalog, org })) : EMPTY),
    [doc, org],
  );
  useEffect(() => {
    useProblemStore.setState(index, true);
  }, [index]);
}

/** Problems of one step (stable empty list when it has none). */
export function useStepProblems(stepId: string): readonly Problem[] {
  return useProblemStore((s) => s.byStep.get(stepId) ?? NONE);
}
const NONE: readonly Problem[] = [];
