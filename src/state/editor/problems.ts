/**
 * Static validation of an editor session's document. Computed once per
 * change of the document, the organization or the catalog, and kept in a
 * small store, from which the canvas derives each node's problems once per
 * change (ui/canvas/flowStore.ts).
 *
 * A workflow just opened is validated when the browser is next idle, after
 * its first paint, not during the render that mounts the editor (about
 * 60 ms at 5,000 steps); later changes are validated as they happen.
 *
 * A part of the editor session (session.ts): created and disposed with it.
 */
import { type StoreApi, createStore } from 'zustand/vanilla';
import type { Catalog } from '../../domain/catalog/catalog';
import type { Organization } from '../../domain/org/organization';
import type { Problem } from '../../domain/workflow/problems';
import { validateWorkflow } from '../../domain/workflow/validate';
import type { DocumentStore } from './documentStore';

export interface ProblemIndex {
  all: readonly Problem[];
  byStep: ReadonlyMap<string, readonly Problem[]>;
  /** Problems of the workflow as a whole (no step). */
  workflow: readonly Problem[];
}

export type ProblemStore = StoreApi<ProblemIndex>;

const EMPTY: ProblemIndex = { all: [], byStep: new Map(), workflow: [] };

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

/** A value that changes, and tells when it does. */
export interface Source<T> {
  current(): T;
  subscribe(listener: () => void): () => void;
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

/** Keeps a problem store in step with a document store, the organization and the catalog. */
export class Validation {
  readonly problems: ProblemStore = createStore<ProblemIndex>()(() => EMPTY);
  /** The id of the workflow whose problems the store holds. */
  private validated: string | undefined;
  private cancelIdle: (() => void) | undefined;
  private readonly stops: (() => void)[];

  constructor(
    private readonly document: DocumentStore,
    private readonly org: Source<Organization | undefined>,
    private readonly catalog: Source<Catalog>,
  ) {
    this.stops = [
      document.subscribe((state, previous) => {
        if (state.doc !== previous.doc) this.update();
      }),
      org.subscribe(() => this.update()),
      catalog.subscribe(() => this.update()),
    ];
    this.update();
  }

  dispose(): void {
    this.cancelIdle?.();
    for (const stop of this.stops.splice(0)) stop();
  }

  private update(): void {
    this.cancelIdle?.();
    this.cancelIdle = undefined;
    const doc = this.document.getState().doc;
    const org = this.org.current();
    if (!doc || !org) {
      this.validated = undefined;
      this.problems.setState(EMPTY, true);
      return;
    }
    const run = () => {
      this.cancelIdle = undefined;
      const current = this.document.getState().doc;
      const currentOrg = this.org.current();
      if (!current || !currentOrg) return;
      this.validated = current.id;
      this.problems.setState(indexProblems(validateWorkflow(current, { catalog: this.catalog.current(), org: currentOrg })), true);
    };
    if (this.validated === doc.id) return run();
    // Another workflow's problems must not show meanwhile.
    if (this.validated !== undefined) {
      this.validated = undefined;
      this.problems.setState(EMPTY, true);
    }
    this.cancelIdle = whenIdle(run, 250);
  }
}
