/**
 * Lists the organization's workflows: create, open, rename, duplicate,
 * delete (immediately, with Undo) and turn on or off; select workflows to
 * export, export everything, and import from a file picker, a paste or a
 * file dropped anywhere on the window. Stored workflows that cannot be
 * read are listed apart, with why, and can be deleted.
 */
import { Suspense, lazy, useCallback, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useOrganization } from '../../state/org';
import { type WorkflowListRow, readMatchingWorkflowIds, useUnreadableWorkflows, useWorkflowIds, useWorkflowWindow } from '../../state/workflowList';
import { workflowCommands } from '../../state/workflows';
import type { Workflow } from '../../domain/workflow/document';
import { useAsyncAction } from '../common/useAsyncAction';
import { usePageWindow, useShown } from '../common/virtualRows';
import { DropOverlay } from '../transfer/DropOverlay';
import { ImportOutcomeView } from '../transfer/ImportOutcomeView';
import { TemplateGallery } from '../templates/TemplateGallery';
import { TransferActions } from '../transfer/TransferActions';
import { useFileDrop } from '../transfer/useFileDrop';
import { useImportRunner } from '../transfer/useImportRunner';
import { loadTransfer } from '../transfer/loadTransfer';
import '../transfer/transfer.css';
import { useT } from '../i18n';
import { useTitle } from '../useTitle';
import { NewWorkflowButton } from '../workflows/NewWorkflowButton';
import { UndoToast } from '../workflows/UndoToast';
import { WorkflowsTable } from '../workflows/WorkflowsTable';
import '../workflows/workflows.css';
import { ErrorAlert } from '../common/ErrorAlert';

// Shown only when stored workflows cannot be read: loaded then (a failed load shows nothing more).
const UnreadableRecords = lazy(() =>
  import('../common/UnreadableRecords').then(
    (m) => ({ default: m.UnreadableRecords }),
    () => ({ default: () => null }),
  ),
);

/** Summaries read per page; the window read is the pages the rendered rows fall in. */
const PAGE = 50;

/** The last deletion, kept so Undo can put it back where it was. */
interface Deleted {
  workflow: Workflow;
  updatedAt: string;
  key: number;
}

export function WorkflowsPage() {
  const t = useT();
  useTitle(t('workflows.title'));
  const [query, setQuery] = useState('');
  // Typing stays responsive: the list follows the query at a lower priority.
  const searched = useDeferredValue(query);
  const [range, follow] = usePageWindow(PAGE);
  const list = useShown(useWorkflowWindow(searched, range.offset, range.limit));
  const unreadable = useUnreadableWorkflows();
  const org = useOrganization();
  const [deleted, setDeleted] = useState<Deleted>();
  const [focusId, setFocusId] = useState<string>();
  const { error, run } = useAsyncAction();
  const importer = useImportRunner();
  const { run: runImport } = importer;
  const dragging = useFileDrop(
    useCallback((files: File[]) => void runImport(async (control) => (await loadTransfer()).importFiles(files, control)), [runImport]),
  );
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set());
  const searchId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const clearSearch = () => {
    setQuery('');
    searchRef.current?.focus();
  };

  // Only workflows still stored count as selected (one may be deleted here or in another tab);
  // the ids are read (keys only) while something is selected.
  const ids = useWorkflowIds(searched, picked.size > 0);
  const selected = useMemo(() => (ids ? new Set(ids.all.filter((id) => picked.has(id))) : picked), [ids, picked]);
  const selectedListed = ids ? ids.matching.filter((id) => picked.has(id)).length : 0;
  const select = useCallback(
    (id: string, on: boolean) =>
      setPicked((prev) => {
        const next = new Set(prev);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  // The header checkbox selects (or unselects) every workflow the search lists, shown or not.
  const selectAll = useCallback(
    (on: boolean) =>
      void run(async () => {
        const listed = await readMatchingWorkflowIds(searched);
        setPicked((prev) => {
          const next = new Set(prev);
          for (const id of listed) {
            if (on) next.add(id);
            else next.delete(id);
          }
          return next;
        });
      }),
    [run, searched],
  );

  const remove = useCallback(
    (entry: WorkflowListRow) =>
      void run(async () => {
        const doc = await workflowCommands.remove(entry.id);
        setDeleted((prev) => ({ workflow: doc, updatedAt: entry.updatedAt, key: (prev?.key ?? 0) + 1 }));
      }),
    [run],
  );
  const undo = () => {
    if (!deleted) return;
    const { workflow, updatedAt } = deleted;
    setDeleted(undefined);
    void run(async () => {
      await workflowCommands.restore(workflow, updatedAt);
      setFocusId(workflow.id);
    });
  };
  const dismiss = useCallback(() => setDeleted(undefined), []);
  const focused = useCallback(() => setFocusId(undefined), []);
  const stored = list?.all ?? 0;
  const searching = searched.trim() !== '';
  // While the list loads, the toolbar and search are shown as for a stored list (the usual case), so nothing below moves when it arrives.
  const listed = !list || stored > 0;

  return (
    <section aria-labelledby="workflows-title" className="page">
      <h1 id="workflows-title">{t('workflows.title')}</h1>
      <div className="row workflows__toolbar">
        <div className="row">
          {listed && <NewWorkflowButton />}
        </div>
        <TransferActions importer={importer} selectedIds={[...selected]} />
      </div>
      {listed && (
        <div className="row workflows__search">
          <label htmlFor={searchId} className="visually-hidden">
            {t('workflows.search.label')}
          </label>
          <input
            ref={searchRef}
            id={searchId}
            type="search"
            value={query}
            placeholder={t('workflows.search.placeholder')}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          {/* The count is announced as it changes: how many are stored, or how many the search finds. */}
          <p role="status" className="muted workflows__count">
            {list && (searching ? t('workflows.search.matches', { count: list.total, all: list.all }) : t('workflows.count', { count: list.all }))}
          </p>
        </div>
      )}
      <ImportOutcomeView outcome={importer.outcome} busy={importer.busy} progress={importer.progress} onCancel={importer.cancel} onDismiss={importer.dismiss} />
      <TemplateGallery org={org} />
      {!list ? (
        <p aria-busy="true">{t('workflows.loading')}</p>
      ) : list.all === 0 ? (
        <div className="empty-state">
          <p>{t('workflows.empty')}</p>
          <p className="muted">{t('workflows.emptyHint')}</p>
          <div className="workflows__empty-action">
            <NewWorkflowButton />
          </div>
        </div>
      ) : list.total === 0 ? (
        <div className="empty-state">
          <p>{t('workflows.search.none', { query: searched.trim() })}</p>
          <p className="muted">{t('workflows.search.noneHint')}</p>
          <button type="button" onClick={clearSearch}>
            {t('workflows.search.clear')}
          </button>
        </div>
      ) : (
        // A new search is a new list: back to its top.
        <WorkflowsTable
          key={searched}
          list={list}
          follow={follow}
          org={org}
          onDelete={remove}
          focusId={focusId}
          onFocused={focused}
          selected={selected}
          allSelected={ids !== undefined && selectedListed > 0 && selectedListed === ids.matching.length}
          someSelected={selectedListed > 0}
          onSelect={select}
          onSelectAll={selectAll}
        />
      )}
      {unreadable && unreadable.length > 0 && (
        <Suspense fallback={null}>
          <UnreadableRecords
            records={unreadable}
            title={t('workflows.unreadable.title')}
            intro={t('workflows.unreadable.intro')}
            listLabel={t('workflows.unreadable.list')}
            removeText={t('workflows.unreadable.delete')}
            removeLabel={(id) => t('workflows.unreadable.deleteLabel', { id })}
            onRemove={(id) => void run(() => workflowCommands.discardUnreadable(id))}
          />
        </Suspense>
      )}
      <ErrorAlert error={error} />
      <UndoToast name={deleted?.workflow.name} deletionKey={deleted?.key ?? 0} onUndo={undo} onDismiss={dismiss} />
      <DropOverlay visible={dragging} />
    </section>
  );
}
