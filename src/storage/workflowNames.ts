/**
 * Workflow names from the `name` index, in a module of their own: reading
 * them parses no document, so the pages that list names do not load the
 * workflow document schema (workflowRepo.ts) with the first page.
 */
import type { FlowbenchDb } from './db';

/**
 * Every stored workflow's id and name, by name (then id), read from the
 * `name` index alone: no document is read or parsed, so a list of names
 * (the Runs page's workflow filter) costs little with thousands stored.
 */
export async function readWorkflowNames(db: FlowbenchDb): Promise<{ id: string; name: string }[]> {
  return db.transaction('r', db.workflows, async () => {
    const [names, ids] = await Promise.all([db.workflows.orderBy('name').keys(), db.workflows.orderBy('name').primaryKeys()]);
    return ids.map((id, i) => ({ id, name: String(names[i]) }));
  });
}
