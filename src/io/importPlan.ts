/**
 * What an import adds, decided before anything is written: a pure function
 * of the parsed file and the ids already stored. The plan is plain domain
 * data (`ImportBatch` of src/storage/importRepo.ts has the same shape), so
 * storage writes it without depending on this layer.
 *
 * Rules:
 * - Workflows are always added, never replace anything. One whose id is
 *   taken (stored, or earlier in the same file) arrives as a copy: a new id
 *   and "<name> (imported)".
 * - Every imported workflow arrives turned off (`activation.on = false`), as
 *   in Shopify Flow; its store scope is kept.
 * - A store whose id is already stored is skipped, and so are the file's
 *   installations in it: the stored store, its apps and their setup stay
 *   exactly as they are. Workflows that name that store id then apply to the
 *   stored store, which is the point of exporting and importing an
 *   organization's setup between browsers.
 * - A new store is added with its installations; no secret comes with them
 *   (`secretsSet` is empty), so connectors that need one ask for it on the
 *   Organization page.
 * - Custom apps in the file are added (an equal one already stored is kept;
 *   a different one under the same id was refused by the checks, and is
 *   refused again inside the transaction should it appear meanwhile).
 * - The organization's name is only used when the database has no
 *   organization yet (importRepo decides, inside the transaction).
 */
import type { AppManifest } from '../domain/catalog/manifest';
import type { Installation, Store } from '../domain/org/organization';
import { newId as randomId } from '../domain/workflow/factory';
import { WorkflowName, type Workflow } from '../domain/workflow/document';
import type { ExportDocument } from './exportFormat';

export const COPY_SUFFIX = ' (imported)';

export interface ImportPlan {
  /** The file's custom apps; one already imported with an equal manifest is left as it is when written. */
  customApps: AppManifest[];
  workflows: Workflow[];
  stores: Store[];
  installations: Installation[];
  /** The file's organization name, for a database that has none yet. */
  organizationName?: string;
  /** Workflows whose id was taken, with the id and name of their copy. */
  copies: { originalId: string; id: string; name: string }[];
  /** Stores already stored, left as they are (their installations in the file too). */
  skippedStores: { id: string; name: string }[];
}

export interface PlanOptions {
  /** Makes the id of a copy; random by default (tests pass a counter). */
  newId?: () => string;
  /**
   * The caller hands the parsed file over (it keeps no reference to it): the
   * plan takes its workflow objects instead of deep-copying each (10,000
   * copies are a third of a large import's checking time).
   */
  handOver?: boolean;
}

/** Plans an import of a parsed export into a database holding the given ids. */
export function planImport(
  value: ExportDocument,
  existingWorkflowIds: Iterable<string>,
  existingStoreIds: Iterable<string>,
  { newId, handOver = false }: PlanOptions = {},
): ImportPlan {
  const planner = workflowPlanner(existingWorkflowIds, { newId, handOver });
  const plan: ImportPlan = {
    customApps: structuredClone(value.customApps ?? []),
    workflows: value.workflows.map(planner.plan),
    stores: [],
    installations: [],
    copies: planner.copies,
    skippedStores: [],
  };
  const org = value.organization;
  if (org) {
    plan.organizationName = org.name;
    const storedStores = new Set(existingStoreIds);
    for (const store of org.stores) {
      if (storedStores.has(store.id)) plan.skippedStores.push({ id: store.id, name: store.name });
      else plan.stores.push({ ...store });
    }
    const added = new Set(plan.stores.map((s) => s.id));
    for (const inst of org.installations) {
      if (added.has(inst.storeId)) plan.installations.push({ ...inst, settings: { ...inst.settings }, secretsSet: [] });
    }
  }
  return plan;
}

/** The workflows' part of a plan, one workflow at a time in the file's order (the rules above). */
export interface WorkflowPlanner {
  /** The workflow as it is added: turned off, and a copy with a new id and name if its id is taken. */
  plan: (source: Workflow) => Workflow;
  /** The copies planned so far. */
  copies: ImportPlan['copies'];
}

export function workflowPlanner(existingWorkflowIds: Iterable<string>, { newId = () => randomId('wf'), handOver = false }: PlanOptions = {}): WorkflowPlanner {
  const copy = handOver ? <T>(value: T): T => value : structuredClone;
  const taken = new Set(existingWorkflowIds);
  const copies: ImportPlan['copies'] = [];
  const plan = (source: Workflow): Workflow => {
    const workflow: Workflow = { ...copy(source), activation: { ...copy(source.activation), on: false } };
    if (taken.has(workflow.id)) {
      let id = newId();
      while (taken.has(id)) id = newId();
      workflow.id = id;
      workflow.name = copyName(source.name);
      copies.push({ originalId: source.id, id, name: workflow.name });
    }
    taken.add(workflow.id);
    return workflow;
  };
  return { plan, copies };
}

/** "<name> (imported)", shortening the name so the copy's name stays within the limit. */
export function copyName(name: string): string {
  const max = (WorkflowName.maxLength ?? 120) - COPY_SUFFIX.length;
  if (name.length <= max) return `${name}${COPY_SUFFIX}`;
  // Never cut an emoji (a surrogate pair) in half.
  const cut = /[\uD800-\uDBFF]$/.test(name.slice(0, max)) ? max - 1 : max;
  return `${name.slice(0, cut).trimEnd()}${COPY_SUFFIX}`;
}
