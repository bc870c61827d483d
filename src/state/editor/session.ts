/**
 * The editing session: opens a stored workflow into the document store and
 * autosaves every committed change within ~300 ms (debounced, one
 * transaction), flushing at once when the page is hidden or closed. The save
 * status drives the header indicator, which never says Saved while a write
 * is pending.
 *
 * A save that fails (the browser out of room, say) keeps the edit in memory
 * and is tried again: on the next edit, when the tab gets focus back, and
 * with exponential backoff meanwhile (saveRetry.ts). Those retries do not
 * flip the indicator to Saving: it says Save failed until a write has
 * landed, then Saved.
 *
 * Saves carry the revision they started from. When another tab saved first,
 * nothing is overwritten: the session stops in a `conflict` state and the
 * user chooses (keep mine as a copy / take theirs / overwrite). When another
 * tab saves while this one has nothing unsaved, its version is taken at once.
 */
import { liveQuery, type Subscription } from 'dexie';
import { create } from 'zustand';
import { Workflow as WorkflowSchema, type Workflow } from '../../domain/workflow/document';
import { getDb } from '../../storage/db';
import { addWorkflow, readRevision, readWorkflow, readWorkflowWithRevision, saveWorkflow } from '../../storage/workflowRepo';
import { useDocumentStore } from './documentStore';
import { createSaveRetry } from './saveRetry';
import { useEditorUi } from './uiStore';

export const AUTOSAVE_DELAY_MS = 300;

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed' | 'conflict';

export interface Conflict {
  mine: Workflow;
  theirs: Workflow | undefined;
  theirRevision: number;
}

interface SaveState {
  status: SaveStatus;
  error: string | undefined;
  /** 'quota' when the browser ran out of room (the UI words it in its language); else the error is the browser's. */
  errorKind?: 'quota' | undefined;
  conflict: Conflict | undefined;
}

export const useSaveStatus = create<SaveState>()(() => ({ status: 'idle', error: undefined, conflict: undefined }));

let timer: ReturnType<typeof setTimeout> | undefined;
/** The document as last written (or loaded), and the stored revision it corresponds to. */
let lastSaved: Workflow | undefined;
let baseRevision = 0;
let writing: Promise<void> = Promise.resolve();
let watch: Subscription | undefined;
/** Tries a failed save again while it keeps failing. */
const retry = createSaveRetry(() => void retryFailedSave());

function setStatus(status: SaveStatus, extra: Partial<SaveState> = {}) {
  useSaveStatus.setState({ status, error: undefined, errorKind: undefined, conflict: undefined, ...extra });
}

/** True while the open document has changes not yet written. */
export function hasUnsavedChanges(): boolean {
  const doc = useDocumentStore.getState().doc;
  return !!doc && doc !== lastSaved;
}

function loadDoc(doc: Workflow | undefined, revision: number) {
  lastSaved = doc;
  baseRevision = revision;
  useDocumentStore.getState().load(doc);
}

/** Opens a workflow in the editor; resolves false when it does not exist or cannot be read. */
export async function openWorkflow(id: string): Promise<boolean> {
  await flushSave();
  retry.reset();
  const opened = await watchOtherTabs(id);
  if (!opened) return false; // closed (or another workflow opened) meanwhile
  const { doc, revision } = opened;
  loadDoc(doc, revision);
  useEditorUi.getState().setSelection([]);
  setStatus(doc ? 'saved' : 'idle');
  const backup = readBackup(id);
  if (doc && backup && JSON.stringify(backup.doc) !== JSON.stringify(doc)) {
    if (backup.baseRevision === revision) {
      // Edits that had not reached IndexedDB when the page went away: carry on with them.
      useDocumentStore.setState({ doc: backup.doc });
    } else {
      setStatus('conflict', { conflict: { mine: backup.doc, theirs: doc, theirRevision: revision } });
    }
  } else if (backup) {
    clearBackup(id);
  }
  return doc !== undefined;
}

/** Closes the open workflow after saving what is pending. */
export async function closeWorkflow(): Promise<void> {
  await flushSave();
  retry.reset();
  stopWatch();
  loadDoc(undefined, 0);
  setStatus('idle');
}

type Opened = { doc: Workflow | undefined; revision: number };
/** Settles the open waiting for the watch's first read (with undefined when the watch stops first). */
let settleOpen: ((opened: Opened | undefined) => void) | undefined;

function stopWatch() {
  watch?.unsubscribe();
  watch = undefined;
  settleOpen?.(undefined);
  settleOpen = undefined;
}

/**
 * Follows the stored record: another tab's save is taken at once when nothing
 * here is unsaved. The watch's first read is the open's read of the document
 * and its revision (one structured clone and one parse of the record instead
 * of three at open, docs/benchmarks.md); later reads take the revision only.
 * Resolves with that first read.
 */
function watchOtherTabs(id: string): Promise<Opened | undefined> {
  stopWatch();
  const first = new Promise<Opened | undefined>((resolve) => {
    settleOpen = resolve;
  });
  let opening = true;
  watch = liveQuery(async (): Promise<Opened | number> => {
    if (opening) {
      opening = false;
      return readWorkflowWithRevision(getDb(), id);
    }
    return readRevision(getDb(), id);
  }).subscribe({
    next: (value) => {
      if (typeof value !== 'number') {
        settleOpen?.(value);
        settleOpen = undefined;
        return;
      }
      const revision = value;
      if (revision <= baseRevision || timer || useSaveStatus.getState().status === 'saving') return;
      if (hasUnsavedChanges()) return; // the next save will meet the conflict and ask
      void readWorkflow(getDb(), id).then((theirs) => {
        if (theirs && !hasUnsavedChanges()) {
          loadDoc(theirs, revision);
          setStatus('saved');
        }
      });
    },
    error: () => {
      // The record could not be read: open nothing (as a failed read always did), stop watching.
      settleOpen?.({ doc: undefined, revision: 0 });
      settleOpen = undefined;
    },
  });
  return first;
}

/**
 * Writes the open document now if it changed since the last save. With
 * `retrying`, a failed save is tried again without showing Saving meanwhile.
 */
export function flushSave({ retrying = false }: { retrying?: boolean } = {}): Promise<void> {
  if (timer) {
    clearTimeout(timer);
    timer = undefined;
  }
  const doc = useDocumentStore.getState().doc;
  if (!doc || doc === lastSaved || useSaveStatus.getState().status === 'conflict') return writing;
  if (!retrying) setStatus('saving');
  writing = writing.then(async () => {
    try {
      const reason = useDocumentStore.getState().lastOp === 'restoreContent' ? 'restore' : 'edit';
      const result = await saveWorkflow(getDb(), doc, baseRevision, new Date().toISOString(), reason);
      retry.reset();
      if (result.ok) {
        lastSaved = doc;
        baseRevision = result.revision;
        clearBackup(doc.id);
        if (!timer && useDocumentStore.getState().doc === doc) setStatus('saved');
      } else {
        setStatus('conflict', { conflict: { mine: doc, theirs: result.conflict.theirs, theirRevision: result.conflict.revision } });
      }
    } catch (error) {
      // An edit made meanwhile has its own save coming (and its own retries).
      if (!timer) setStatus('failed', { error: describeStorageError(error), errorKind: isQuotaError(error) ? 'quota' : undefined });
      retry.failed();
    }
  });
  return writing;
}

/** Resolves once the write under way, if any, has finished (successfully or not). */
export function whenWritten(): Promise<void> {
  return writing;
}

/** Tries the failed save again (backoff, focus); nothing to do when the save has since succeeded or been superseded. */
function retryFailedSave(): Promise<void> {
  if (useSaveStatus.getState().status !== 'failed') return writing;
  return flushSave({ retrying: true });
}

function isQuotaError(error: unknown): boolean {
  const name = error instanceof Error ? ((error as { inner?: Error }).inner?.name ?? error.name) : '';
  return name === 'QuotaExceededError';
}

/** Plain words for what went wrong writing to IndexedDB. */
export function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) {
    return 'The browser has no more room for Flowbench’s data. Export your work, then free space (delete old runs or workflows).';
  }
  return error instanceof Error ? error.message : String(error);
}

/*
 * A synchronous backup of unsaved edits in localStorage: IndexedDB writes
 * started while a page unloads or crashes may never land, localStorage's do.
 * The backup names the revision it started from; opening the workflow again
 * picks it up (or shows the conflict if the stored workflow moved on).
 */
const BACKUP_PREFIX = 'flowbench:unsaved:';
const BACKUP_MAX_CHARS = 2_000_000;

function writeBackup(doc: Workflow) {
  try {
    const text = JSON.stringify({ baseRevision, doc });
    if (text.length <= BACKUP_MAX_CHARS) localStorage.setItem(BACKUP_PREFIX + doc.id, text);
  } catch {
    // Storage full or unavailable: the IndexedDB save still runs.
  }
}

function clearBackup(id: string) {
  try {
    localStorage.removeItem(BACKUP_PREFIX + id);
  } catch {
    // nothing to clear
  }
}

function readBackup(id: string): { baseRevision: number; doc: Workflow } | undefined {
  try {
    const text = localStorage.getItem(BACKUP_PREFIX + id);
    if (!text) return undefined;
    const value = JSON.parse(text) as { baseRevision?: unknown; doc?: unknown };
    const doc = WorkflowSchema.safeParse(value.doc);
    if (typeof value.baseRevision !== 'number' || !doc.success || doc.data.id !== id) return undefined;
    return { baseRevision: value.baseRevision, doc: doc.data };
  } catch {
    return undefined;
  }
}

function scheduleSave() {
  if (timer) clearTimeout(timer);
  const doc = useDocumentStore.getState().doc;
  if (doc) writeBackup(doc);
  if (useSaveStatus.getState().status === 'conflict') return;
  setStatus('pending');
  timer = setTimeout(() => void flushSave(), AUTOSAVE_DELAY_MS);
}

/** Conflict choice: keep the stored version and drop the local edits. */
export function takeTheirs(): void {
  const conflict = useSaveStatus.getState().conflict;
  if (!conflict?.theirs) return;
  clearBackup(conflict.theirs.id);
  loadDoc(conflict.theirs, conflict.theirRevision);
  setStatus('saved');
}

/** Conflict choice: write the local version over the stored one. */
export async function overwrite(): Promise<void> {
  const conflict = useSaveStatus.getState().conflict;
  if (!conflict) return;
  baseRevision = conflict.theirRevision;
  setStatus('pending');
  await flushSave();
}

/**
 * Conflict choice: save the local version as a new workflow (turned off),
 * then continue with the stored version here. Returns the copy's id.
 */
export async function keepMineAsCopy(): Promise<string | undefined> {
  const conflict = useSaveStatus.getState().conflict;
  if (!conflict) return undefined;
  const copy = await addWorkflow(getDb(), () => ({
    ...conflict.mine,
    id: `${conflict.mine.id.slice(0, 40)}-copy-${Date.now().toString(36)}`,
    name: `${conflict.mine.name.slice(0, 100)} (my copy)`,
    activation: { ...conflict.mine.activation, on: false },
  }));
  clearBackup(conflict.mine.id);
  if (conflict.theirs) takeTheirs();
  else setStatus('idle');
  return copy.id;
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
  // Back in the tab: room may have been freed meanwhile (in another tab or app).
  window.addEventListener('focus', () => void retryFailedSave());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
    else void retryFailedSave();
  });
}
