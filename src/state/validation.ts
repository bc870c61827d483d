/**
 * Static validation on the main thread without holding it. One validator
 * per page (domain/workflow/validator.ts) keeps each step's problems and the
 * Liquid analyses by text, shared by the editor (useValidationSync) and the
 * Workflows page (turning a workflow on), so text analysed in one is not
 * analysed again in the other.
 *
 * Work the validator has not kept yet is done in slices of about SLICE_MS,
 * each its own task, so the browser paints and handles input in between
 * whatever the document holds: one slice does at most one field's analysis
 * more than its budget, and a field is at most MAX_FIELD_CHARS long (longer
 * stored texts are reported, not parsed). An edit of one step usually
 * finishes in the first slice.
 */
import type { Catalog } from '../domain/catalog/catalog';
import { currentCatalog } from './catalog';
import type { Organization } from '../domain/org/organization';
import type { Workflow } from '../domain/workflow/document';
import type { Problem } from '../domain/workflow/problems';
import { type Validator, createValidator } from '../domain/workflow/validator';
import { whenIdle } from './idle';

/** Budget of one slice of validation work, in ms. */
export const SLICE_MS = 12;

let shared: Validator | undefined;

/** The page's validator (created on first use). */
export function pageValidator(): Validator {
  return (shared ??= createValidator());
}


export interface SliceOptions {
  /** Stops the work; the promise then resolves with undefined. */
  readonly signal?: AbortSignal;
  /** Start at once (in the caller's task) instead of in a task of its own. */
  readonly now?: boolean;
  readonly validator?: Validator;
  /** The catalog to check against; the effective catalog by default. */
  readonly catalog?: Catalog;
}

/**
 * The workflow's problems over the current catalog and `org`, worked out in
 * slices (see the module comment); undefined when `signal` stopped it first.
 */
export function validateInSlices(
  workflow: Pick<Workflow, 'steps' | 'links'>,
  org: Organization,
  { signal, now = false, validator = pageValidator(), catalog = currentCatalog() }: SliceOptions = {},
): Promise<Problem[] | undefined> {
  const ctx = { catalog, org };
  return new Promise((resolve) => {
    let cancel: (() => void) | undefined;
    const stop = () => {
      cancel?.();
      resolve(undefined);
    };
    if (signal?.aborted) return stop();
    signal?.addEventListener('abort', stop, { once: true });
    const slice = () => {
      cancel = undefined;
      const started = performance.now();
      if (!validator.warm(workflow, ctx, () => performance.now() - started >= SLICE_MS)) {
        cancel = whenIdle(slice, 100);
        return;
      }
      signal?.removeEventListener('abort', stop);
      resolve(validator.validate(workflow, ctx));
    };
    if (now) slice();
    else cancel = whenIdle(slice, 250);
  });
}
