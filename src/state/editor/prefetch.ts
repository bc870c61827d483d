/**
 * The workflow's first read, started when the app boots at an editor's
 * address (ui/App.tsx): IndexedDB's read and the document's parse run while
 * the editor's code loads, rather than after its first render. The editor
 * session that opens that workflow takes the read (`takeWorkflowPrefetch`,
 * browserSession.ts) and owns it from then on; nothing keeps it here: it is
 * handed over once, and dropped when the address changes before the editor
 * opened (a later open reads afresh). docs/benchmarks.md, "Canvas mount, the
 * boot".
 */
import type { Workflow } from '../../domain/workflow/document';
import { getDb } from '../../storage/db';

/** What the editor's first read gives: the document (undefined when missing or unreadable) and its stored revision. */
export type FirstRead = { doc: Workflow | undefined; revision: number };

let pending: { id: string; read: Promise<FirstRead> } | undefined;

/** Starts reading workflow `id` for the editor about to open it (once per boot). */
export function prefetchWorkflow(id: string): void {
  const read = import('../../storage/workflowRepo').then((repo) => repo.readWorkflowWithRevision(getDb(), id));
  // A failure is the session's to handle when it takes the read (it reads again); none is left unhandled meanwhile.
  read.catch(() => undefined);
  pending = { id, read };
  window.addEventListener('hashchange', () => void (pending = undefined), { once: true });
}

/** The read started for workflow `id`, if any, handed over once. */
export function takeWorkflowPrefetch(id: string): Promise<FirstRead> | undefined {
  const taken = pending?.id === id ? pending.read : undefined;
  pending = undefined;
  return taken;
}
