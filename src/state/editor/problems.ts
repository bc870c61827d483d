/**
 * Static validation of the open document. Computed after each change of the
 * document's steps or links, of the organization or of the catalog (by
 * useValidationSync, mounted once by the editor page) and kept in a small
 * store, from which the canvas derives each node's problems once per change
 * (flowStore.ts).
 *
 * Validation only depends on steps and links, so a change of the name,
 * description or activation validates nothing. Otherwise the page's
 * validator (state/validation.ts) reuses every unchanged step's problems and
 * does what is left in slices between frames: an edit of one step is
 * usually done in the first slice, right after it renders; a workflow just
 * opened is validated from the first idle moment on, after its first paint,
 * not during the render that mounts the editor.
 */
import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import { catalog } from '../../domain/catalog/catalog';
import type { Organization } from '../../domain/org/organization';
import type { Workflow } from '../../domain/workflow/document';
import type { Problem } from '../../domain/workflow/problems';
import { useCatalog } from '../customApps';
import { useOrganization } from '../org';
import { validateInSlices } from '../validation';
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
    if (!p.stepId) workflow.push(p);
    else {
      const list = byStep.get(p.stepId);
      if (list) list.push(p);
      else byStep.set(p.stepId, [p]);
    }
  }
  return { all, byStep, workflow };
}

/** What the problem store was computed from. */
interface Validated {
  id: string;
  steps: Workflow['steps'];
  links: Workflow['links'];
  org: Organization;
  apps: typeof catalog.byId;
}

/** Keeps the problem store in step with the open document; mount once. */
export function useValidationSync(): void {
  const doc = useDocumentStore((s) => s.doc);
  const org = useOrganization();
  // Custom apps imported or removed change what the steps are checked against.
  const apps = useCatalog().byId;
  const validated = useRef<Validated | undefined>(undefined);
  useEffect(() => {
    if (!doc || !org) {
      validated.current = undefined;
      useProblemStore.setState(EMPTY, true);
      return;
    }
    const last = validated.current;
    const same = last?.id === doc.id;
    if (same && last.steps === doc.steps && last.links === doc.links && last.org === org && last.apps === apps) return;
    if (!same && last) {
      // Another workflow's problems must not show meanwhile.
      validated.current = undefined;
      useProblemStore.setState(EMPTY, true);
    }
    const stop = new AbortController();
    void validateInSlices(doc, org, { signal: stop.signal, now: same }).then((problems) => {
      if (!problems) return;
      validated.current = { id: doc.id, steps: doc.steps, links: doc.links, org, apps };
      useProblemStore.setState(indexProblems(problems), true);
    });
    return () => stop.abort();
  }, [doc, org, apps]);
}

/** Problems of one step (stable empty list when it has none). */
export function useStepProblems(stepId: string): readonly Problem[] {
  return useProblemStore((s) => s.byStep.get(stepId) ?? NONE);
}
const NONE: readonly Problem[] = [];
