/**
 * Lists the organization's workflows: create, open, rename, duplicate,
 * delete (immediately, with Undo) and turn on or off; select workflows to
 * export, export everything, and import from a file picker, a paste or a
 * file dropped anywhere on the window. Stored workflows that cannot be
 * read are listed apart, with why, and can be deleted.
 */
import { useCallback, useMemo, useState } from 'react';
import { useOrganization } from '../../state/org';
import { importFiles } from '../../state/transfer';
import { type StoredWorkflow, useWorkflowList, workflowCommands } from '../../state/workflows';
import { useAsyncAction } from '../common/useAsyncAction';
import { DropOverlay } from '../transfer/DropOverlay';
import { ImportOutcomeView } from '../transfer/ImportOutcomeView';
import { TemplateGallery } from '../templates/TemplateGallery';
import { TransferActions } from '../transfer/TransferActions';
import { useFileDrop } from '../transfer/useFileDrop';
import { useImportRunner } from '../transfer/useImportRunner';
import '../transfer/transfer.css';
import { useT } from '../i18n';
import { useTitle } from '../useTitle';
import { NewWorkflowButton } from '../workflows/NewWorkflowButton';
import { UndoToast } from '../workflows/UndoToast';
import { WorkflowsTable } from '../workflows/WorkflowsTable';
import '../workflows/workflows.css';
import { ErrorAlert } from '../common/ErrorAlert';
import { UnreadableRecords } from '../common/UnreadableRecords';

/** The last deletion, kept so Undo can put it back where it was. */
interface Deleted {
  entry: StoredWorkflow;
  key: number;
}

export function WorkflowsPage() {
  const t = useT();
  useTitle(t('workflows.title'));
  const list = useWorkflowList();
  const workflows = list?.workflows;
  const org = useOrganization();
  const [deleted, setDeleted] = useState<Deleted>();
  const [focusId, setFocusId] = useState<string>();
  const { error, run } = useAsyncAction();
  const importer = useImportRunner();
  const { run: runImport } = importer;
  const dragging = useFileDrop(useCallback((files: File[]) => void runImport((control) => importFiles(files, control)), [runImport]));
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set());

  // Only workflows still listed count as selected (one may be deleted here or in another tab).
  const selected = useMemo(
    () => new Set((workflows ?? []).map((e) => e.workflow.id).filter((id) => picked.has(id))),
    [workflows, picked],
  );
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
  const selectAll = useCallback(
    (on: boolean) => setPicked(on ? new Set((workflows ?? []).map((e) => e.workflow.id)) : new Set()),
    [workflows],
  );

  const remove = useCallback(
    (entry: StoredWorkflow) =>
      void run(async () => {
        const doc = await workflowCommands.remove(entry.workflow.id);
        setDeleted((prev) => ({ entry: { workflow: doc, updatedAt: entry.updatedAt }, key: (prev?.key ?? 0) + 1 }));
      }),
    [run],
  );
  const undo = () => {
    if (!deleted) return;
    const { workflow, updatedAt } = deleted.entry;
    setDeleted(undefined);
    void run(async () => {
      await workflowCommands.restore(workflow, updatedAt);
      setFocusId(workflow.id);
    });
  };
  const dismiss = useCallback(() => setDeleted(undefined), []);
  const focused = useCallback(() => setFocusId(undefined), []);

  return (
    <section aria-labelledby="workflows-title" className="page">
      <h1 id="workflows-title">{t('workflows.title')}</h1>
      <div className="row workflows__toolbar">
        <div className="row">
          {workflows && workflows.length > 0 && (
            <>
              <NewWorkflowButton />
              <span className="muted">{t('workflows.count', { count: workflows.length })}</span>
            </>
          )}
        </div>
        <TransferActions importer={importer} selectedIds={[...selected]} />
      </div>
      <ImportOutcomeView outcome={importer.outcome} busy={importer.busy} progress={importer.progress} onCancel={importer.cancel} onDismiss={importer.dismiss} />
      <TemplateGallery org={org} />
      {!workflows ? (
        <p aria-busy="true">{t('workflows.loading')}</p>
      ) : workflows.length === 0 ? (
        <div className="empty-state">
          <p>{t('workflows.empty')}</p>
          <p className="muted">{t('workflows.emptyHint')}</p>
          <div className="workflows__empty-action">
            <NewWorkflowButton />
          </div>
        </div>
      ) : (
        <WorkflowsTable
          workflows={workflows}
          org={org}
          onDelete={remove}
          focusId={focusId}
          onFocused={focused}
          selected={selected}
          onSelect={select}
          onSelectAll={selectAll}
        />
      )}
      <UnreadableRecords
        records={list?.unreadable ?? []}
        title={t('workflows.unreadable.title')}
        intro={t('workflows.unreadable.intro')}
        listLabel={t('workflows.unreadable.list')}
        removeText={t('workflows.unreadable.delete')}
        removeLabel={(id) => t('workflows.unreadable.deleteLabel', { id })}
        onRemove={(id) => void run(() => workflowCommands.discardUnreadable(id))}
      />
      <ErrorAlert error={error} />
      <UndoToast name={deleted?.entry.workflow.name} deletionKey={deleted?.key ?? 0} onUndo={undo} onDismiss={dismiss} />
      <DropOverlay visible={dragging} />
    </section>
  );
}
