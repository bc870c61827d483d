/**
 * Saving an editor session's document: every committed change is written
 * within ~300 ms (debounced, one transaction), at once when the page is
 * hidden or closed, with a synchronous backup of unsaved edits that survives
 * a crash. The save status drives the header's indicator, which never says
 * Saved while a write is pending.
 *
 * Saves carry the revision they started from. When another tab saved first,
 * nothing is overwritten: the session stops in a `conflict` state and the
 * user chooses (keep mine as a copy / take theirs / overwrite). When another
 * tab saves while this one has nothing unsaved, its version is taken at once
 * (the cross-tab watch, which also does the open's first read).
 *
 * A save that fails (the browser out of room, say) keeps the edit in memory
 * and is tried again: on the next edit, when the tab gets focus back, and
 * with exponential backoff meanwhile (saveRetry.ts). Those retries do not
 * flip the indicator to Saving: it says Save failed until a write has
 * landed, then Saved.
 *
 * A part of the editor session (session.ts): created and disposed with it.
 */
import { type Subscription, liveQuery } from 'dexie';
import { type StoreApi, createStore } from 'zustand/vanilla';
import type { Workflow } from '../../domain/workflow/document';
import { StoredWorkflowDocument } from '../../domain/workflow/storedWorkflow';
import type { FlowbenchDb } from '../../storage/db';
import { addWorkflow, readRevision, readWorkflow, readWorkflowWithRevision, saveWorkflow } from '../../storage/workflowRepo';
import type { DocumentStore } from './documentStore';
import { whenIdle } from '../idle';
import { createSaveRetry } from './saveRetry';

export const AUTOSAVE_DELAY_MS = 300;
/** At the latest this long after an open from the boot's read, the cross-tab watch starts (sooner when the browser is idle). */
const WATCH_DELAY_MS = 1000;

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed' | 'conflict';

export interface Conflict {
  mine: Workflow;
  theirs: Workflow | undefined;
  theirRevision: number;
}

export interface SaveState {
  status: SaveStatus;
  error: string | undefined;
  /** 'quota' when the browser ran out of room (the UI words it in its language); else the error is the browser's. */
  errorKind?: 'quota' | undefined;
  conflict: Conflict | undefined;
}

export type SaveStore = StoreApi<SaveState>;

/** Where unsaved edits are kept synchronously (localStorage in the browser). */
export type BackupStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The page's lifecycle (window and document in the browser): returns functions that stop listening. */
export interface PageLifecycle {
  /** The page is hidden or closed: save at once. */
  onHide(flush: () => void): () => void;
  /** The person is back in the tab (focus, visible again): room may have been freed meanwhile. */
  onReturn(retry: () => void): () => void;
}

export interface AutosaveDeps {
  db: FlowbenchDb;
  backup: BackupStorage | undefined;
  page: PageLifecycle | undefined;
  delayMs: number;
  now: () => string;
}

type Opened = { doc: Workflow | undefined; revision: number };

const BACKUP_PREFIX = 'flowbench:unsaved:';
const BACKUP_MAX_CHARS = 2_000_000;

/** Plain words for what went wrong writing to IndexedDB. */
export function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) {
    return 'The browser has no more room for Flowbench’s data. Export your work, then free space (delete old runs or workflows).';
  }
  return error instanceof Error ? error.message : String(error);
}

function isQuotaError(error: unknown): boolean {
  const name = error instanceof Error ? ((error as { inner?: Error }).inner?.name ?? error.name) : '';
  return name === 'QuotaExceededError';
}

/** The saving of one open workflow (see the module header). */
export class Autosave {
  readonly status: SaveStore = createStore<SaveState>()(() => ({ status: 'idle', error: undefined, conflict: undefined }));
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The document as last written (or loaded), and the stored revision it corresponds to. */
  private lastSaved: Workflow | undefined;
  private baseRevision = 0;
  private writing: Promise<void> = Promise.resolve();
  private watch: Subscription | undefined;
  private settleOpen: ((opened: Opened | undefined) => void) | undefined;
  private readonly stops: (() => void)[] = [];
  private disposed = false;
  /** Tries a failed save again while it keeps failing. */
  private readonly retry = createSaveRetry(() => void this.retryFailedSave());

  constructor(
    private readonly workflowId: string,
    private readonly document: DocumentStore,
    private readonly deps: AutosaveDeps,
  ) {
    this.stops.push(
      document.subscribe((state, previous) => {
        if (state.doc && state.doc !== previous.doc && state.doc !== this.lastSaved && previous.doc?.id === state.doc.id) {
          this.scheduleSave();
        }
      }),
    );
    const offHide = deps.page?.onHide(() => void this.flush());
    const offReturn = deps.page?.onReturn(() => void this.retryFailedSave());
    if (offHide) this.stops.push(offHide);
    if (offReturn) this.stops.push(offReturn);
  }

  /** True while the open document has changes not yet written. */
  hasUnsavedChanges(): boolean {
    const doc = this.document.getState().doc;
    return !!doc && doc !== this.lastSaved;
  }

  /**
   * Reads the workflow and starts following it; carries on from a backup of
   * unsaved edits (or shows the conflict when the stored workflow moved on).
   * Resolves false when it does not exist or cannot be read. `firstRead`, when
   * given, is that read already started (state/editor/prefetch.ts); the
   * workflow is read here only if it failed.
   */
  async open(firstRead?: Promise<Opened>): Promise<boolean> {
    const early = firstRead && (await firstRead.catch(() => undefined));
    const opened = early ?? (await this.watchOtherTabs(true));
    if (!opened || this.disposed) return false;
    const { doc, revision } = opened;
    this.load(doc, revision);
    this.setStatus(doc ? 'saved' : 'idle');
    const backup = this.readBackup();
    if (doc && backup && JSON.stringify(backup.doc) !== JSON.stringify(doc)) {
      if (backup.baseRevision === revision) {
        // Edits that had not reached IndexedDB when the page went away: carry on with them.
        this.document.setState({ doc: backup.doc });
      } else {
        this.setStatus('conflict', { conflict: { mine: backup.doc, theirs: doc, theirRevision: revision } });
      }
    } else if (backup) {
      this.clearBackup();
    }
    // Read before the watch: it starts from the revision, and a save elsewhere since the read is taken when it
    // starts. It starts once the browser is idle: its first query reads the whole record again (IndexedDB has no
    // smaller read of its revision), which the canvas's first frames need not wait for (docs/benchmarks.md,
    // "Canvas mount, sixth pass").
    if (early) this.startWatchLater();
    return doc !== undefined;
  }

  private startWatchLater(): void {
    const cancel = whenIdle(() => {
      if (!this.disposed) void this.watchOtherTabs(false);
    }, WATCH_DELAY_MS);
    this.stops.push(cancel);
  }

  /** Saves what is pending, then stops following the stored workflow. */
  async dispose(): Promise<void> {
    await this.flush();
    this.disposed = true;
    this.retry.reset();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const stop of this.stops.splice(0)) stop();
    this.stopWatch();
  }

  /**
   * Writes the open document now if it changed since the last save (never
   * after the session closed). With `retrying`, a failed save is tried again
   * without showing Saving meanwhile.
   */
  flush({ retrying = false }: { retrying?: boolean } = {}): Promise<void> {
    if (this.disposed) return this.writing;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const doc = this.document.getState().doc;
    if (!doc || doc === this.lastSaved || this.status.getState().status === 'conflict') return this.writing;
    if (!retrying) this.setStatus('saving');
    this.writing = this.writing.then(async () => {
      try {
        const reason = this.document.getState().lastOp === 'restoreContent' ? 'restore' : 'edit';
        const result = await saveWorkflow(this.deps.db, doc, this.baseRevision, this.deps.now(), reason);
        this.retry.reset();
        if (result.ok) {
          this.lastSaved = doc;
          this.baseRevision = result.revision;
          this.clearBackup();
          if (!this.timer && this.document.getState().doc === doc) this.setStatus('saved');
        } else {
          this.setStatus('conflict', { conflict: { mine: doc, theirs: result.conflict.theirs, theirRevision: result.conflict.revision } });
        }
      } catch (error) {
        // An edit made meanwhile has its own save coming (and its own retries).
        if (!this.timer) this.setStatus('failed', { error: describeStorageError(error), errorKind: isQuotaError(error) ? 'quota' : undefined });
        if (!this.disposed) this.retry.failed();
      }
    });
    return this.writing;
  }

  /** Resolves once the write under way, if any, has finished (successfully or not). */
  whenWritten(): Promise<void> {
    return this.writing;
  }

  /** Tries the failed save again (backoff, focus); nothing to do when the save has since succeeded or been superseded. */
  private retryFailedSave(): Promise<void> {
    if (this.status.getState().status !== 'failed') return this.writing;
    return this.flush({ retrying: true });
  }

  /** Conflict choice: keep the stored version and drop the local edits. */
  takeTheirs(): void {
    const conflict = this.status.getState().conflict;
    if (!conflict?.theirs) return;
    this.clearBackup();
    this.load(conflict.theirs, conflict.theirRevision);
    this.setStatus('saved');
  }

  /** Conflict choice: write the local version over the stored one. */
  async overwrite(): Promise<void> {
    const conflict = this.status.getState().conflict;
    if (!conflict) return;
    this.baseRevision = conflict.theirRevision;
    this.setStatus('pending');
    await this.flush();
  }

  /**
   * Conflict choice: save the local version as a new workflow (turned off),
   * then continue with the stored version here. Returns the copy's id.
   */
  async keepMineAsCopy(): Promise<string | undefined> {
    const conflict = this.status.getState().conflict;
    if (!conflict) return undefined;
    const copy = await addWorkflow(this.deps.db, () => ({
      ...conflict.mine,
      id: `${conflict.mine.id.slice(0, 40)}-copy-${Date.now().toString(36)}`,
      name: `${conflict.mine.name.slice(0, 100)} (my copy)`,
      activation: { ...conflict.mine.activation, on: false },
    }));
    this.clearBackup();
    if (conflict.theirs) this.takeTheirs();
    else this.setStatus('idle');
    return copy.id;
  }

  private setStatus(status: SaveStatus, extra: Partial<SaveState> = {}) {
    this.status.setState({ status, error: undefined, errorKind: undefined, conflict: undefined, ...extra });
  }

  private load(doc: Workflow | undefined, revision: number) {
    this.lastSaved = doc;
    this.baseRevision = revision;
    this.document.getState().load(doc);
  }

  private scheduleSave() {
    if (this.timer) clearTimeout(this.timer);
    const doc = this.document.getState().doc;
    if (doc) this.writeBackup(doc);
    if (this.status.getState().status === 'conflict') return;
    this.setStatus('pending');
    this.timer = setTimeout(() => void this.flush(), this.deps.delayMs);
  }

  private stopWatch() {
    this.watch?.unsubscribe();
    this.watch = undefined;
    this.settleOpen?.(undefined);
    this.settleOpen = undefined;
  }

  /**
   * Follows the stored record: another tab's save is taken at once when nothing
   * here is unsaved. The watch's first read is the open's read of the document
   * and its revision (one structured clone and one parse of the record instead
   * of three at open, docs/benchmarks.md); later reads take the revision only.
   * Resolves with that first read. Without `readDocument` (the open's read was
   * done before), the first read takes the revision only, as later ones do.
   */
  private watchOtherTabs(readDocument: boolean): Promise<Opened | undefined> {
    this.stopWatch();
    const first = new Promise<Opened | undefined>((resolve) => {
      this.settleOpen = resolve;
    });
    const { db } = this.deps;
    const id = this.workflowId;
    let opening = readDocument;
    this.watch = liveQuery(async (): Promise<Opened | number> => {
      if (opening) {
        opening = false;
        return readWorkflowWithRevision(db, id);
      }
      return readRevision(db, id);
    }).subscribe({
      next: (value) => {
        if (typeof value !== 'number') {
          this.settleOpen?.(value);
          this.settleOpen = undefined;
          return;
        }
        const revision = value;
        if (revision <= this.baseRevision || this.timer || this.status.getState().status === 'saving') return;
        if (this.hasUnsavedChanges()) return; // the next save will meet the conflict and ask
        void readWorkflow(db, id).then((theirs) => {
          if (theirs && !this.disposed && !this.hasUnsavedChanges()) {
            this.load(theirs, revision);
            this.setStatus('saved');
          }
        });
      },
      error: () => {
        // The record could not be read: open nothing (as a failed read always did), stop watching.
        this.settleOpen?.({ doc: undefined, revision: 0 });
        this.settleOpen = undefined;
      },
    });
    return first;
  }

  /*
   * A synchronous backup of unsaved edits: IndexedDB writes started while a
   * page unloads or crashes may never land, localStorage's do. The backup
   * names the revision it started from; opening the workflow again picks it
   * up (or shows the conflict if the stored workflow moved on).
   */
  private writeBackup(doc: Workflow) {
    try {
      const text = JSON.stringify({ baseRevision: this.baseRevision, doc });
      if (text.length <= BACKUP_MAX_CHARS) this.deps.backup?.setItem(BACKUP_PREFIX + doc.id, text);
    } catch {
      // Storage full or unavailable: the IndexedDB save still runs.
    }
  }

  private clearBackup() {
    try {
      this.deps.backup?.removeItem(BACKUP_PREFIX + this.workflowId);
    } catch {
      // nothing to clear
    }
  }

  private readBackup(): { baseRevision: number; doc: Workflow } | undefined {
    try {
      const text = this.deps.backup?.getItem(BACKUP_PREFIX + this.workflowId);
      if (!text) return undefined;
      const value = JSON.parse(text) as { baseRevision?: unknown; doc?: unknown };
      const doc = StoredWorkflowDocument.safeParse(value.doc);
      if (typeof value.baseRevision !== 'number' || !doc.success || doc.data.id !== this.workflowId) return undefined;
      return { baseRevision: value.baseRevision, doc: doc.data };
    } catch {
      return undefined;
    }
  }
}
