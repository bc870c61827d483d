/**
 * Static validation of the open document. Computed once per change of the
 * document or the organization (by useValidationSync, mounted once by the
 * editor page) and kept in a small store, from which the canvas derives each
 * node's problems once per change (flowStore.ts).
 *
 * A workflow just opened is validated when the browser is next idle, after
 * its first paint, not during the render that mounts the editor (about
 * 60 ms at 5,000 steps); later changes are validated right after they render.
 */
import { useEffect, useRef } from 'react';
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

/** Runs `fn` when the browser is idle (at the latest after `timeout` ms); returns a cancel function. */
function whenIdle(fn: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(fn, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(fn, 0);
  return () => clearTimeout(handle);
}

/** Keeps the problem store in step with the open document; mount once. */
export function useValidationSync(): void {
  const doc = useDocumentStore((s) => s.doc);
  const org = useOrganization();
  /** The id of the workflow whose problems the store holds. */
  const validated = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!doc || !org) {
      validated.current = undefined;
      useProblemStore.setState(EMPTY, true);
      return;
    }
    const run = () => {
      validated.current = doc.id;
      useProblemStore.setState(indexProblems(validateWorkflow(doc, { catalog, org })), true);
    };
    if (validated.current === doc.id) {
      run();
      return;
    }
    // Another workflow's problems must not show meanwhile.
    if (validated.current !== undefined) {
      validated.current = undefined;
      useProblemStore.setState(EMPTY, true);
    }
    return whenIdle(run, 250);
  }, [doc, org]);
}

/** Problems of one step (stable empty list when it has none). */
export function useStepProblems(stepId: string): readonly Problem[] {
  return useProblemStore((s) => s.byStep.get(stepId) ?? NONE);
}
const NONE: readonly Problem[] = [];
