/**
 * The organization's workflows as the UI sees them: a live list of their
 * names (updates across tabs through Dexie's liveQuery) and the commands
 * that create, rename, duplicate, delete, restore and switch them
 * (workflowCommands.ts, loaded with the first of them). Refused changes
 * reject with an Error whose message is meant for the user.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Workflow } from '../domain/workflow/document';
import { getDb } from '../storage/db';
import { RefusedChange } from '../storage/orgRead';
import { readWorkflowNames } from '../storage/workflowNames';
import type * as Commands from './workflowCommands';

export type { UnreadableRecord } from '../storage/settingsRepo';

/** The name a new workflow gets when none is given. */
export const UNTITLED = 'Untitled workflow';

/** The message shown when turning a workflow on is refused because of validation errors. */
export function refusalMessage(errors: number): string {
  return `Fix ${errors} ${errors === 1 ? 'error' : 'errors'} before turning the workflow on.`;
}

/** Turning on refused by validation errors; carries the count so the UI can say it in its language. */
export class TurnOnRefused extends RefusedChange {
  constructor(readonly errors: number) {
    super(refusalMessage(errors));
  }
}

/** Live: every stored workflow's id and name, by name, from the name index (no document read); undefined while loading. */
export function useWorkflowNames(): { id: string; name: string }[] | undefined {
  return useLiveQuery(() => readWorkflowNames(getDb()));
}

const commands = async () => (await import('./workflowCommands')).workflowCommands;
type Command = typeof Commands.workflowCommands;

/** The commands (workflowCommands.ts, which documents each), loaded with the first of them. */
export const workflowCommands: Command = {
  document: async (id) => (await commands()).document(id),
  create: async (name, untitled) => (await commands()).create(name, untitled),
  rename: async (id, name) => (await commands()).rename(id, name),
  duplicate: async (id) => (await commands()).duplicate(id),
  discardUnreadable: async (id) => (await commands()).discardUnreadable(id),
  remove: async (id) => (await commands()).remove(id),
  restore: async (doc: Workflow, updatedAt) => (await commands()).restore(doc, updatedAt),
  setOn: async (id, on) => (await commands()).setOn(id, on),
};
