/**
 * "Export for Shopify Flow", beside a workflow's Export: writes the
 * workflow as Flow's `workflow.flow.json`. When a step can't go to Flow as
 * Flowbench has it (a Flowbench-only task, a value Flow can't spell) or
 * Flow's own checks would refuse the file, a dialog lists each one before
 * anything is saved; the user saves anyway or cancels. The list holds
 * summaries only: the document is read on the click, and the dialog (with
 * the step kinds' texts that name the steps, and their messages) is loaded
 * only when it opens.
 */
import { type ComponentType, useState } from 'react';
import type { Workflow } from '../../domain/workflow/document';
import { ensureFullCatalog } from '../../state/catalog';
import type { FlowExportFile } from '../../state/transfer';
import { workflowCommands } from '../../state/workflows';
import { ErrorAlert } from '../common/ErrorAlert';
import { useAsyncAction } from '../common/useAsyncAction';
import { useT } from '../i18n';
import { withMessages } from '../i18n/lazyWithMessages';
import { loadTransfer } from '../transfer/loadTransfer';
import type { FlowExportDialogProps } from './FlowExportDialog';

/** A file with something to say, the workflow it was written from, and the dialog that says it. */
interface Pending {
  file: FlowExportFile;
  workflow: Workflow;
  Dialog: ComponentType<FlowExportDialogProps>;
}

export function FlowExportButton({ id, name }: { id: string; name: string }) {
  const t = useT();
  const [pending, setPending] = useState<Pending>();
  // The Flow converter is a chunk of its own (loaded on the first click); a failed load is shown here.
  const { error, run } = useAsyncAction();
  // The transfer module is loaded by the click before anything is saved.
  const save = (file: FlowExportFile) => void loadTransfer().then(({ downloadText }) => downloadText(file.fileName, file.text));
  return (
    <>
      <button
        type="button"
        className="small-button"
        aria-label={t('workflows.flowExport.label', { name })}
        onClick={() =>
          void run(async () => {
            const [{ exportForFlow }, workflow] = await Promise.all([loadTransfer(), workflowCommands.document(id)]);
            const file = await exportForFlow(workflow);
            if (file.warnings.length === 0 && file.problems.length === 0) {
              save(file);
              return;
            }
            // The dialog names the steps: actions by the manifests (ui/kinds/action.ts).
            const [{ FlowExportDialog }] = await Promise.all([withMessages(['canvas', 'runs', 'notes', 'flowExport'], () => import('./FlowExportDialog')), ensureFullCatalog()]);
            setPending({ file, workflow, Dialog: FlowExportDialog });
          })
        }
      >
        {t('workflows.flowExport.button')}
      </button>
      <ErrorAlert error={error} />
      {pending && (
        <pending.Dialog
          file={pending.file}
          workflow={pending.workflow}
          onCancel={() => setPending(undefined)}
          onSave={() => {
            save(pending.file);
            setPending(undefined);
          }}
        />
      )}
    </>
  );
}
