/**
 * The editing session: opens a stored workflow into the document store and
 * autosaves every committed change within ~300 ms (debounced, one
 * transaction), flushing at once when the page is hidden or closed. The save
 * status drives the header indicator, which never says Saved while a write
 * is pending.
 */
import { create } from 'zustand';
import type { Workflow } from '../../domain/workflow/document';
import { getDb } from '../../storage/db';
import { readWorkflow, writeWorkflowDocs } from '../../storage/workflowRepo';
import { useDocumentStore } from './documentStore';
import { useEditorUi } from './uiStore';

export const AUTOSAVE_DELAY_MS = 300;

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

interface SaveState {
  status: SaveStatus;
  error: string | undefined;
}

export const useSaveStatus = create<SaveState>()(() => ({ status: 'idle', error: undefined }));

let timer: ReturnType<typeof setTimeout> | undefined;
let lastSaved: Workflow | undefined;
let writing: Promise<void> = Promise.resolve();

/** Opens a workflow in the editor; resolves false when it does not exist or cannot be read. */
export async function openWorkflow(id: string): Promise<boolean> {
  await flushSave();
  const doc = await readWorkflow(getDb(), id);
  lastSaved = doc;
  useDocumentStore.getState().load(doc);
  useEditorUi.getState().setSelection([]);
  useSaveStatus.setState({ status: doc ? 'saved' : 'idle', error: undefined });
  return doc !== undefined;
}

/** Closes the open workflow after saving what is pending. */
export async function closeWorkflow(): Promise<void> {
  await flushSave();
  lastSaved = undefined;
  useDocumentStore.getState().load(undefined);
}

/** Writes the open document now if it changed since the last save. */
export function flushSave(): Promise<void> {
  if (timer) {
    clearTimeout(timer);
    timer = undefined;
  }
  const doc = useDocumentStore.getState().doc;
  if (!doc || doc === lastSaved) return writing;
  lastSaved = doc;
  useSaveStatus.setState({ status: 'saving', error: undefined });
  writing = writing
    .then(() => writeWorkflowDocs(getDb(), [doc]))
    .then(
      () => {
        if (!timer && useDocumentStore.getState().doc === doc) useSaveStatus.setState({ status: 'saved', error: undefined });
      },
      (error: unknown) => {
        lastSaved = undefined;
        useSaveStatus.setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
      },
    );
  return writing;
}

function scheduleSave() {
  if (timer) clearTimeout(timer);
  useSaveStatus.setState({ status: 'pending', error: undefined });
  timer = setTimeout(() => void flushSave(), AUTOSAVE_DELAY_MS);
}

let installed = false;

/** Starts autosave once per page: saves on every document change and on page hide. */
export function installAutosave(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  useDocumentStore.subscribe((state, previous) => {
    if (state.doc && state.doc !== previous.doc && state.doc !== lastSaved && previous.doc?.id === state.doc.id) {
      scheduleSave();
    }
  });
  const flush = () => void flushSave();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
}
