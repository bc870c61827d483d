/**
 * Export and import as the UI uses them: it reaches src/io and src/storage
 * only through this module.
 *
 * Contracts:
 * - Exports are the deterministic text of src/io/exportFormat.ts; exporting
 *   everything adds the organization setup, never a secret.
 * - An import never throws for bad input: the whole text is checked first
 *   and every problem comes back with its JSON path. Only a file that passed
 *   every check is planned and written, in ONE transaction (importRepo), so
 *   a failed import leaves the stored data exactly as it was.
 * - Between reading the stored ids and writing, another tab may add a
 *   workflow or store with a clashing id; `add` then aborts the transaction.
 *   The import is planned again against the fresh ids and tried once more.
 * - A large file does not hold the page: its workflows are checked in slices
 *   of about SLICE_MS between the browser's tasks and written in chunks
 *   inside the one transaction, with progress reported and a signal to stop
 *   (stopping aborts the transaction: nothing is imported).
 */
import { currentIndex, ensureFullCatalog } from './catalog';
import type { Workflow } from '../domain/workflow/document';
import type { ImportProblem, ImportResult, ParseProgress, PreparedImport } from '../io/importDocument';
import type { ExportDocument } from '../io/exportFormat';
import type { ImportPlan } from '../io/importPlan';
import type { FlowExportFile } from '../io/flow/exportFlow';
export type { FlowExportFile } from '../io/flow/exportFlow';
export type { FlowExportWarning } from '../io/flow/toFlow';
import { getDb } from '../storage/db';
import { refreshCustomApps } from './customAppsStart';
import { ImportCancelled, ImportRefused } from '../storage/importErrors';
import { NothingToExport } from './exportErrors';

export { NothingToExport } from './exportErrors';

export type { ImportProblem } from '../io/importDocument';

/**
 * The importers (the export format's checks, Shopify Flow's converter with
 * dagre to lay out files without positions) are loaded on the first import
 * or Flow export, not with the first page: the Workflows page only needs them
 * when a user imports, pastes or exports for Flow.
 */
const importer = () => import('../io/importDocument');

/**
 * The export format and the repositories that read and write whole workflow
 * documents bring the document schema and every step kind with them: they
 * too are loaded on the first export or import, not with the first page.
 */
const exportFormat = () => import('../io/exportFormat');
const importRepo = () => import('../storage/importRepo');
const workflowRepo = () => import('../storage/workflowRepo');

/** One workflow as Shopify Flow's `workflow.flow.json` (canonical text), with what Flow can't take listed. */
export async function exportForFlow(workflow: Workflow): Promise<FlowExportFile> {
  return (await import('../io/flow/exportFlow')).exportForFlow(workflow);
}

/** A file to download: its suggested name and its text. */
export interface ExportFile {
  fileName: string;
  text: string;
}

/** What an import added, in words the UI can show. */
export interface ImportSummary {
  /** How many workflows were added (all turned off). */
  workflows: number;
  /** How many stores were added, with their apps. */
  stores: number;
  /** Names of workflows that arrived as copies because their id was taken ("<name> (imported)"). */
  copies: string[];
  /** Names of stores already here, left as they were. */
  skippedStores: string[];
}

export type ImportOutcome =
  | { ok: true; summary: ImportSummary }
  | { ok: false; problems: ImportProblem[]; /** Stopped by the user: nothing was imported. */ cancelled?: true };

/** How far an import has come: checking the file's workflows, then saving them. */
export interface ImportProgress {
  stage: 'checking' | 'saving';
  done: number;
  total: number;
}

/** What the caller of an import can watch and stop. */
export interface ImportControl {
  onProgress?: (progress: ImportProgress) => void;
  /** Stops the import; it then resolves with a cancelled outcome and nothing imported. */
  signal?: AbortSignal;
}

/** Work done between two yields to the browser while checking a file, in ms. */
export const SLICE_MS = 12;

const CANCELLED: ImportOutcome = { ok: false, problems: [], cancelled: true };

/** Lets the browser handle input and paint: scheduler.yield where there is one, else a new task without the timers' clamping. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Runs the file check in slices; undefined when the signal stopped it. */
async function checkInSlices(text: string, { onProgress, signal }: ImportControl): Promise<ImportResult | undefined> {
  const [{ parseImportSteps }, catalog] = await Promise.all([importer(), ensureFullCatalog()]);
  const steps = parseImportSteps(text, { catalog });
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      onProgress?.({ stage: 'checking', ...(step.value satisfies ParseProgress) });
      await yieldToBrowser();
      if (signal?.aborted) return undefined;
      sliceStart = performance.now();
    }
  }
}

/**
 * Exports the given workflows, or with 'all' every workflow together with
 * the organization setup (stores, apps and their non-secret setup). Ids that
 * no longer exist are left out; throws NothingToExport when none is left.
 */
export async function exportWorkflows(ids: readonly string[] | 'all'): Promise<ExportFile> {
  const db = getDb();
  const format = await exportFormat();
  let doc: ExportDocument;
  if (ids === 'all') {
    const [{ workflows, org }, catalog] = await Promise.all([(await importRepo()).readExportSource(db), ensureFullCatalog()]);
    doc = format.buildExport({ workflows, org, catalog });
  } else {
    const wanted = new Set(ids);
    const workflows = (await (await workflowRepo()).readWorkflows(db)).filter((w) => wanted.has(w.id));
    if (workflows.length === 0) {
      throw ids.length === 0
        ? new NothingToExport('Select at least one workflow to export.', 'none-selected')
        : new NothingToExport('The selected workflows no longer exist.', 'gone');
    }
    doc = format.buildExport({ workflows, catalog: currentIndex() });
  }
  return toFile(format, doc);
}

/** Exports one workflow as it is in memory (e.g. the editor's document after a failed save). */
export async function exportDocument(workflow: Workflow): Promise<ExportFile> {
  const format = await exportFormat();
  return toFile(format, format.buildExport({ workflows: [workflow], catalog: currentIndex() }));
}

function toFile(format: Awaited<ReturnType<typeof exportFormat>>, doc: ExportDocument): ExportFile {
  return { fileName: format.exportFileName(doc), text: format.serializeExport(doc) };
}

/**
 * Offers text as a file download (Blob + object URL + a temporary
 * `<a download>`). The URL is revoked a moment later: revoking it at once
 * can cancel the download in some browsers.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/**
 * Imports an export's text: everything or nothing. Never throws.
 *
 * A file whose every check but the Workflow schema passes (importDocument.ts prepareImport: size,
 * JSON, shape, envelope, custom apps, unknown apps, ids used twice...) is written at once, its
 * workflows checked a chunk at a time while IndexedDB writes the chunk before (the check overlaps the
 * write instead of coming before it: docs/benchmarks.md, "import-10k, fifth pass"). A workflow the
 * schema refuses aborts the transaction (nothing written), and the full check then lists the file's
 * problems with their paths, as it does for a file refused before writing.
 */
export async function importText(text: string, control: ImportControl = {}): Promise<ImportOutcome> {
  if (control.signal?.aborted) return CANCELLED;
  const [io, catalog] = await Promise.all([importer(), ensureFullCatalog()]);
  const prepared = io.prepareImport(text, { catalog });
  if (prepared.kind === 'check') return checkAndImport(text, control);
  let file: Checked;
  if (prepared.kind === 'prepared') file = prepared;
  else if (prepared.result.ok) file = { value: prepared.result.value };
  else return prepared.result;
  try {
    // The first task read and checked the whole text: let the browser handle input before writing.
    await yieldToBrowser();
    if (control.signal?.aborted) return CANCELLED;
    return { ok: true, summary: await planAndCommit(file, control) };
  } catch (error) {
    if (error instanceof ImportCancelled) return CANCELLED;
    if (error instanceof io.WorkflowRefused) {
      // Nothing was written: the full check lists the file's problems with their paths.
      const parsed = await checkInSlices(text, control);
      if (!parsed) return CANCELLED;
      return parsed.ok ? { ok: false, problems: [{ path: `$.workflows[${error.index}]`, message: error.message }] } : parsed;
    }
    return { ok: false, problems: storageProblems(error) };
  }
}

/** The whole check first, in slices with progress, then the import of a file that passed it. */
async function checkAndImport(text: string, control: ImportControl): Promise<ImportOutcome> {
  const parsed = await checkInSlices(text, control);
  if (!parsed) return CANCELLED;
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, summary: await planAndCommit({ value: parsed.value }, control) };
  } catch (error) {
    if (error instanceof ImportCancelled) return CANCELLED;
    return { ok: false, problems: storageProblems(error) };
  }
}

/**
 * Imports a file the user picked or dropped. A file over the size limit is
 * refused without reading it into memory.
 */
export async function importFile(file: Blob, control: ImportControl = {}): Promise<ImportOutcome> {
  const { MAX_IMPORT_BYTES, tooLargeProblem } = await importer();
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problems: [tooLargeProblem(file.size)] };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, problems: [{ path: '$', message: `the file could not be read (${describe(error)})` }] };
  }
  return importText(text, control);
}

/** Imports dropped files: exactly one is expected. */
export async function importFiles(files: readonly Blob[], control: ImportControl = {}): Promise<ImportOutcome> {
  if (files.length !== 1) {
    return {
      ok: false,
      problems: [{ path: '$', message: files.length === 0 ? 'no file was given' : `drop one file at a time (${files.length} were dropped)` }],
    };
  }
  return importFile(files[0]!, control);
}

/** A checked file, or a prepared one whose workflows are checked as they are written. */
type Checked = { value: ExportDocument } | PreparedImport;

async function planAndCommit(file: Checked, { onProgress, signal }: ImportControl): Promise<ImportSummary> {
  const [{ planImport, workflowPlanner, preparedWorkflows }, { commitImport, readImportTargets }] = await Promise.all([importer(), importRepo()]);
  const db = getDb();
  const total = 'value' in file ? file.value.workflows.length : file.workflows.length;
  onProgress?.({ stage: 'saving', done: 0, total });
  for (let attempt = 1; ; attempt++) {
    const targets = await readImportTargets(db);
    // The checked file is ours alone: the plan may share its workflows' parts instead of deep-copying
    // them (it changes only its own top-level copy of each, so a second attempt plans from the same value).
    const plan = planImport('value' in file ? file.value : file.envelope, targets.workflowIds, targets.storeIds, { handOver: true });
    const planner = 'value' in file ? undefined : workflowPlanner(targets.workflowIds, { handOver: true });
    try {
      await commitImport(db, planner ? { ...plan, workflows: preparedWorkflows(file as PreparedImport, planner) } : plan, undefined, {
        validated: true,
        signal,
        onProgress: (done, total) => onProgress?.({ stage: 'saving', done, total }),
      });
      // Apps that came with the file are usable at once (the live query would catch up a moment later).
      if (plan.customApps.length > 0) await refreshCustomApps();
      return summarize(planner ? { ...plan, workflows: { length: total }, copies: planner.copies } : plan);
    } catch (error) {
      // Only a clash with something written meanwhile is worth a second plan; anything else would fail again.
      if (attempt >= 2 || !isConstraintError(error)) throw error;
    }
  }
}

function summarize(plan: Pick<ImportPlan, 'stores' | 'copies' | 'skippedStores'> & { workflows: { length: number } }): ImportSummary {
  return {
    workflows: plan.workflows.length,
    stores: plan.stores.length,
    copies: plan.copies.map((c) => c.name),
    skippedStores: plan.skippedStores.map((s) => s.name),
  };
}

/** An `add` that met an existing key: Dexie reports a ConstraintError, alone or inside a BulkError. */
function isConstraintError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const names = [error.name, (error as { inner?: Error }).inner?.name];
  const failures = (error as { failures?: unknown[] }).failures;
  if (Array.isArray(failures)) for (const f of failures) if (f instanceof Error) names.push(f.name);
  return names.includes('ConstraintError');
}

/** A write that failed: nothing was imported; say why in plain words. */
function storageProblems(error: unknown): ImportProblem[] {
  if (error instanceof ImportRefused) {
    // "workflow "wf-1": $.links[0].to: reason" → keep the record's name with the reason.
    return error.problems.map((message) => ({ path: '$', message }));
  }
  const name = error instanceof Error ? ((error as { inner?: Error }).inner?.name ?? error.name) : '';
  if (name === 'QuotaExceededError') {
    return [{ path: '$', message: 'the browser has no room left for Flowbench’s data; nothing was imported. Free some space and try again' }];
  }
  if (isConstraintError(error)) {
    return [{ path: '$', message: 'the data changed in another tab while importing; nothing was imported. Try again' }];
  }
  return [{ path: '$', message: `the browser refused to store the import (${describe(error)}); nothing was imported` }];
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
