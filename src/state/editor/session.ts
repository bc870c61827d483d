/**
 * The editor session: one per open workflow, an object with a lifetime.
 * Opening a workflow creates it (`createEditorSession`); it owns the
 * document store and its undo history, the editor's UI state (selection,
 * messages), the problems of static validation, autosave with its
 * cross-tab watch and the backup of unsaved edits, and whatever the UI
 * attaches to it for as long as it lives (the canvas derivation). React
 * reaches it through context (context.tsx); closing the editor or switching
 * workflow disposes it, which saves what is pending and stops everything it
 * started. Nothing here is wired when a module is imported, so tests build a
 * fresh session instead of resetting globals.
 */
import type { Catalog } from '../../domain/catalog/catalog';
import type { Organization } from '../../domain/org/organization';
import type { Operation } from '../../domain/workflow/operations';
import type { FlowbenchDb } from '../../storage/db';
import { AUTOSAVE_DELAY_MS, Autosave, type BackupStorage, type PageLifecycle, type SaveStore } from './autosave';
import { type DocumentStore, createDocumentStore } from './documentStore';
import type { FirstRead } from './prefetch';
import { type ProblemStore, type Source, Validation } from './problems';
import { type EditorUiStore, createEditorUiStore } from './uiStore';

export type { Source } from './problems';

/** What a session needs from the app around it. */
export interface EditorSessionDeps {
  db: FlowbenchDb;
  /** The effective catalog (built-in plus custom apps), followed as it changes. */
  catalog: Source<Catalog>;
  /** The organization (undefined while it loads), followed as it changes. */
  organization: Source<Organization | undefined>;
  /** Where unsaved edits are kept synchronously; none in tests that don't need it. */
  backup?: BackupStorage;
  /** The page's lifecycle, to save at once when it is hidden; none outside a browser. */
  page?: PageLifecycle;
  autosaveDelayMs?: number;
  now?: () => string;
  /** The workflow's read, already started (prefetch.ts): `open()` takes it rather than reading again. */
  firstRead?: Promise<FirstRead>;
}

export interface EditorSession {
  readonly workflowId: string;
  readonly document: DocumentStore;
  readonly ui: EditorUiStore;
  readonly problems: ProblemStore;
  readonly save: SaveStore;
  readonly catalog: Source<Catalog>;
  readonly organization: Source<Organization | undefined>;
  /**
   * Applies an operation to the document (one undo entry, or merged with the
   * last one of the same `coalesceKey`); a refusal is shown to the user, in
   * one place for every gesture. True when it was applied.
   */
  apply(op: Operation, options?: { coalesceKey?: string }): boolean;
  /** Reads the workflow into the session; false when it does not exist or cannot be read. */
  open(): Promise<boolean>;
  /** Writes the document now if it changed since the last save. */
  flush(): Promise<void>;
  /** Resolves once the write under way, if any, has finished (successfully or not). */
  whenWritten(): Promise<void>;
  hasUnsavedChanges(): boolean;
  /** The conflict dialog's three choices. */
  takeTheirs(): void;
  overwrite(): Promise<void>;
  keepMineAsCopy(): Promise<string | undefined>;
  /** Ties `dispose` to the session's life: it runs when the session is disposed. */
  own(dispose: () => void): void;
  /** Saves what is pending and stops everything the session started. Safe to call twice. */
  dispose(): Promise<void>;
  readonly disposed: boolean;
}

/** A session for the workflow `workflowId`; call `open()` to read it. */
export function createEditorSession(workflowId: string, deps: EditorSessionDeps): EditorSession {
  const document = createDocumentStore();
  const ui = createEditorUiStore();
  const autosave = new Autosave(workflowId, document, {
    db: deps.db,
    backup: deps.backup,
    page: deps.page,
    delayMs: deps.autosaveDelayMs ?? AUTOSAVE_DELAY_MS,
    now: deps.now ?? (() => new Date().toISOString()),
  });
  const validation = new Validation(document, deps.organization, deps.catalog);
  const owned: (() => void)[] = [];
  let firstRead = deps.firstRead;
  let disposing: Promise<void> | undefined;

  const session: EditorSession = {
    workflowId,
    document,
    ui,
    problems: validation.problems,
    save: autosave.status,
    catalog: deps.catalog,
    organization: deps.organization,
    apply(op, options) {
      const result = document.getState().dispatch(op, options);
      if (!result.ok) ui.getState().showRefusal(result.refusal);
      return result.ok;
    },
    open() {
      // Handed over once: the session keeps no reference to the read (and the document it gave) after opening.
      const read = firstRead;
      firstRead = undefined;
      return autosave.open(read);
    },
    flush: () => autosave.flush(),
    whenWritten: () => autosave.whenWritten(),
    hasUnsavedChanges: () => autosave.hasUnsavedChanges(),
    takeTheirs: () => autosave.takeTheirs(),
    overwrite: () => autosave.overwrite(),
    keepMineAsCopy: () => autosave.keepMineAsCopy(),
    own(dispose) {
      if (disposing) dispose();
      else owned.push(dispose);
    },
    dispose() {
      disposing ??= (async () => {
        await autosave.dispose();
        validation.dispose();
        for (const stop of owned.splice(0).reverse()) stop();
      })();
      return disposing;
    },
    get disposed() {
      return disposing !== undefined;
    },
  };
  return session;
}
