/**
 * Static validation of an editor session's document, kept in a small store
 * from which the canvas derives each node's problems once per change
 * (ui/canvas/flowStore.ts). A part of the editor session (session.ts):
 * created and disposed with it.
 *
 * Validation only depends on steps and links, so a change of the name,
 * description or activation validates nothing. Otherwise the page's
 * validator (state/validation.ts) reuses every unchanged step's problems and
 * does what is left in slices between frames: an edit of one step is
 * usually done in the first slice, right after the change; a workflow just
 * opened is validated from the first idle moment on, after its first paint,
 * not during the render that mounts the editor; the validator's code is
 * loaded then too (a dynamic import), not with the editor's.
 */
import { type StoreApi, createStore } from 'zustand/vanilla';
import type { Catalog } from '../../domain/catalog/catalog';
import type { Organization } from '../../domain/org/organization';
import type { Workflow } from '../../domain/workflow/document';
import type { Problem } from '../../domain/workflow/problems';
import type { DocumentStore } from './documentStore';
import { whenIdle } from '../idle';

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
    if (!p.stepId) workflow.push(p);
    else {
      const list = byStep.get(p.stepId);
      if (list) list.push(p);
      else byStep.set(p.stepId, [p]);
    }
  }
  return { all, byStep, workflow };
}

/** A value that changes, and tells when it does. */
export interface Source<T> {
  current(): T;
  subscribe(listener: () => void): () => void;
}

/** What the problem store was computed from. */
interface Validated {
  id: string;
  steps: Workflow['steps'];
  links: Workflow['links'];
  org: Organization;
  catalog: Catalog;
}

/** Resolves once the browser is idle (at the latest after 250 ms), or when `signal` stops the wait. */
function idle(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const cancel = whenIdle(resolve, 250);
    signal.addEventListener('abort', () => (cancel(), resolve()), { once: true });
  });
}

/** Keeps a problem store in step with a document store, the organization and the catalog. */
export class Validation {
  readonly problems: ProblemStore = createStore<ProblemIndex>()(() => EMPTY);
  private validated: Validated | undefined;
  private running: AbortController | undefined;
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
    this.running?.abort();
    for (const stop of this.stops.splice(0)) stop();
  }

  private update(): void {
    const doc = this.document.getState().doc;
    const org = this.org.current();
    const catalog = this.catalog.current();
    if (!doc || !org) {
      this.running?.abort();
      this.validated = undefined;
      this.problems.setState(EMPTY, true);
      return;
    }
    const last = this.validated;
    const same = last?.id === doc.id;
    if (same && last.steps === doc.steps && last.links === doc.links && last.org === org && last.catalog === catalog) return;
    this.running?.abort();
    if (!same && last) {
      // Another workflow's problems must not show meanwhile.
      this.validated = undefined;
      this.problems.setState(EMPTY, true);
    }
    const running = new AbortController();
    this.running = running;
    // The validator (with the Liquid and GraphQL parsers its checks use) is loaded with the first
    // validation, after the editor's first paint, not with the editor's code (docs/benchmarks.md); for
    // a workflow just opened, once the browser is idle, so that its code is not evaluated in the middle
    // of the canvas's mount ("Canvas mount, sixth pass").
    void (same ? Promise.resolve() : idle(running.signal))
      .then(() => import('../validation'))
      .then(({ validateInSlices }) => (running.signal.aborted ? undefined : validateInSlices(doc, org, { signal: running.signal, now: same, catalog })))
      .then((problems) => {
        if (!problems) return;
        this.validated = { id: doc.id, steps: doc.steps, links: doc.links, org, catalog };
        this.problems.setState(indexProblems(problems), true);
      })
      .catch((error: unknown) => {
        // A session closed while the validator's chunk was loading has nothing left to show (in tests the
        // module runner may even be gone by then); any other failure is reported as it was.
        if (!running.signal.aborted) throw error;
      });
  }
}
