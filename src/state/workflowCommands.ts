/**
 * The commands on the organization's workflows (state/workflows.ts hands
 * them out): create, rename, duplicate, delete, restore and switch. Loaded
 * with the first of them, with the repository that reads and writes whole
 * documents (the workflow document schema and every step kind come with it),
 * not with the Workflows page, whose list reads summaries only. Refused
 * changes reject with an Error whose message is meant for the user.
 */
import { currentCatalog, ensureFullCatalog } from './catalog';
import { type Workflow, WorkflowName } from '../domain/workflow/document';
import { getDb } from '../storage/db';
import { RefusedChange, loadOrganization } from '../storage/orgRead';
import { WorkflowNotFound, addWorkflow, deleteWorkflow, putWorkflow, readWorkflow, updateWorkflow } from '../storage/workflowRepo';
import { TurnOnRefused, UNTITLED } from './workflows';

/** The document factory (with every step kind): loaded by the commands that create. */
const factory = () => import('../domain/workflow/factory');

const MAX_NAME = 120;
const COPY_SUFFIX = ' (copy)';

/**
 * "Untitled workflow", or "Untitled workflow 2", 3... when taken: the first
 * free one, so names stay distinguishable in the list.
 */
export function untitledName(taken: ReadonlySet<string>, base: string = UNTITLED): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base} ${n}`)) n++;
  return `${base} ${n}`;
}

/** "<name> (copy)", shortening the name if needed so the result stays within the name limit. */
export function copyName(name: string): string {
  return `${name.slice(0, MAX_NAME - COPY_SUFFIX.length).trimEnd()}${COPY_SUFFIX}`;
}

/**
 * Counts a workflow's validation errors over the current organization,
 * after warming the page's validator with the stored workflow in slices.
 * Validation (and Liquid with it) is loaded when first needed, not with the
 * first page.
 */
async function errorCounter(id: string): Promise<(wf: Workflow) => number> {
  const db = getDb();
  const [org, stored, { pageValidator, validateInSlices }] = await Promise.all([
    loadOrganization(db),
    readWorkflow(db, id),
    import('./validation'),
    ensureFullCatalog(),
  ]);
  if (stored) await validateInSlices(stored, org);
  return (wf) => pageValidator().validate(wf, { catalog: currentCatalog(), org }).filter((p) => p.severity === 'error').length;
}

async function parseName(name: string, what: string): Promise<string> {
  const parsed = WorkflowName.safeParse(name);
  if (!parsed.success) throw new RefusedChange(`Workflow not ${what}: ${parsed.error.issues[0]?.message}.`);
  return parsed.data;
}

export const workflowCommands = {
  /** The stored document of a workflow (for an export from the list, which holds summaries only). */
  async document(id: string): Promise<Workflow> {
    const doc = await readWorkflow(getDb(), id);
    if (!doc) throw new WorkflowNotFound(id);
    return doc;
  },

  /**
   * Creates an empty draft (off, for all stores) and returns its id. Without a
   * name it is called `untitled` (the UI passes its word for it), numbered when taken.
   */
  async create(name?: string, untitled: string = UNTITLED): Promise<string> {
    const given = name === undefined ? undefined : await parseName(name, 'created');
    const { createWorkflow } = await factory();
    const wf = await addWorkflow(getDb(), (taken) => createWorkflow(given ?? untitledName(taken, untitled)));
    return wf.id;
  },

  async rename(id: string, name: string): Promise<void> {
    const valid = await parseName(name, 'renamed');
    await updateWorkflow(getDb(), id, (wf) => ({ ...wf, name: valid }));
  },

  /**
   * Copies a workflow under a new id and the name "<name> (copy)": same
   * steps, links, description and store scope, but turned off, as a copy
   * must be reviewed before it runs. Returns the new id.
   */
  async duplicate(id: string): Promise<string> {
    const db = getDb();
    const { newId } = await factory();
    const source = await readWorkflow(db, id);
    if (!source) throw new WorkflowNotFound(id);
    const copy = await addWorkflow(db, () => ({
      ...structuredClone(source),
      id: newId('wf'),
      name: copyName(source.name),
      activation: { ...structuredClone(source.activation), on: false },
    }));
    return copy.id;
  },

  /** Deletes a stored workflow that cannot be read (so it cannot be restored either). */
  async discardUnreadable(id: string): Promise<void> {
    await deleteWorkflow(getDb(), id);
  },

  /** Deletes a workflow and returns it, so that `restore` can bring it back (undo). */
  async remove(id: string): Promise<Workflow> {
    const db = getDb();
    const doc = await readWorkflow(db, id);
    if (!doc) throw new WorkflowNotFound(id);
    await deleteWorkflow(db, id);
    return doc;
  },

  /**
   * Puts a removed workflow back as it was (same id, same on/off). Pass the
   * save time it had to return it to its place in the list; now by default.
   */
  async restore(doc: Workflow, updatedAt?: string): Promise<void> {
    await putWorkflow(getDb(), doc, updatedAt);
  },

  /**
   * Turns a workflow on or off as a whole (per-store offs are kept). Turning
   * on is refused while static validation over the current organization
   * reports errors; turning off is always allowed. Neither counts as an
   * edit, so "Last edited" does not change.
   *
   * The workflow is validated first in slices between frames (a large one
   * must not hold the page), then checked again inside the write's
   * transaction, on the record as it is then: that second pass finds the
   * Liquid analyses kept and only assembles.
   */
  async setOn(id: string, on: boolean): Promise<void> {
    const db = getDb();
    const countErrors = on ? await errorCounter(id) : undefined;
    await updateWorkflow(
      db,
      id,
      (wf) => {
        const errors = countErrors?.(wf) ?? 0;
        if (errors > 0) throw new TurnOnRefused(errors);
        return { ...wf, activation: { ...wf.activation, on } };
      },
      { touch: false, version: on ? 'on' : 'off' },
    );
  },
};
