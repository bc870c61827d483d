/**
 * Lists the organization's workflows: create, open, rename, duplicate,
 * delete (immediately, with Undo) and turn on or off.
 */
import { useCallback, useState } from 'react';
import { useOrganization } from '../../state/org';
import { type StoredWorkflow, useWorkflows, workflowCommands } from '../../state/workflows';
import { useAsyncAction } from '../common/useAsyncAction';
import { useTitle } from '../useTitle';
import { NewWorkflowButton } from '../workflows/NewWorkflowButton';
import { UndoToast } from '../workflows/UndoToast';
import { WorkflowsTable } from '../workflows/WorkflowsTable';
import '../workflows/workflows.css';

/** The last deletion, kept so Undo can put it back where it was. */
interface Deleted {
  entry: StoredWorkflow;
  key: number;
}

export function WorkflowsPage() {
  useTitle('Workflows');
  const workflows = useWorkflows();
  const org = useOrganization();
  const [deleted, setDeleted] = useState<Deleted>();
  const [focusId, setFocusId] = useState<string>();
  const { error, run } = useAsyncAction();

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
      <h1 id="workflows-title">Workflows</h1>
      {!workflows ? (
        <p aria-busy="true">Loading workflows…</p>
      ) : workflows.length === 0 ? (
        <div className="empty-state">
          <p>No workflows yet.</p>
          <p className="muted">
            A workflow starts with a trigger, like a new order, and runs actions in the stores it is on for.
          </p>
          <div className="workflows__empty-action">
            <NewWorkflowButton />
          </div>
        </div>
      ) : (
        <>
          <div className="row workflows__toolbar">
            <NewWorkflowButton />
            <span className="muted">
              {workflows.length} {workflows.length === 1 ? 'workflow' : 'workflows'}
            </span>
          </div>
          <WorkflowsTable workflows={workflows} org={org} onDelete={remove} focusId={focusId} onFocused={focused} />
        </>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <UndoToast name={deleted?.entry.workflow.name} deletionKey={deleted?.key ?? 0} onUndo={undo} onDismiss={dismiss} />
    </section>
  );
}
