/**
 * "Export for Shopify Flow", beside a workflow's Export: writes the
 * workflow as Flow's `workflow.flow.json`. When a step can't go to Flow as
 * Flowbench has it (a Flowbench-only task, a value Flow can't spell) or
 * Flow's own checks would refuse the file, a dialog lists each one before
 * anything is saved; the user saves anyway or cancels. The list holds
 * summaries only: the document is read on the click, and the step kinds'
 * texts (to name the steps in the dialog) are loaded only when it opens.
 */
import { useState } from 'react';
import { downloadText, exportForFlow, type FlowExportFile, type FlowExportWarning } from '../../state/transfer';
import { workflowCommands } from '../../state/workflows';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ErrorAlert } from '../common/ErrorAlert';
import { useAsyncAction } from '../common/useAsyncAction';
import { type Translate, useLanguage, useT } from '../i18n';

function warningText(t: Translate, step: string, warning: FlowExportWarning): string {
  const p = warning.params;
  switch (warning.code) {
    case 'flowbench-task':
      return t('workflows.flowExport.flowbenchTask', { step, taskId: String(p.taskId) });
    case 'field-not-written':
      return t('workflows.flowExport.fieldNotWritten', { step, field: String(p.field) });
    case 'custom-variable':
      return t('workflows.flowExport.customVariable', { step, variable: String(p.variable), base: String(p.base) });
    case 'condition-inexact':
      return t('workflows.flowExport.conditionInexact', { step });
    case 'notes-text-only':
      return t('notes.flowExport.textOnly', { count: Number(p.count) });
  }
}

/** A file with something to say, and the titles of the workflow's steps by id (in the UI's language). */
interface Pending {
  file: FlowExportFile;
  stepNames: ReadonlyMap<string, string>;
}

export function FlowExportButton({ id, name }: { id: string; name: string }) {
  const t = useT();
  const language = useLanguage();
  const [pending, setPending] = useState<Pending>();
  // The Flow converter is a chunk of its own (loaded on the first click); a failed load is shown here.
  const { error, run } = useAsyncAction();
  const save = (file: FlowExportFile) => downloadText(file.fileName, file.text);
  return (
    <>
      <button
        type="button"
        className="small-button"
        aria-label={t('workflows.flowExport.label', { name })}
        onClick={() =>
          void run(async () => {
            const workflow = await workflowCommands.document(id);
            const file = await exportForFlow(workflow);
            if (file.warnings.length === 0 && file.problems.length === 0) {
              save(file);
              return;
            }
            const { stepTextIn } = await import('../kinds');
            setPending({ file, stepNames: new Map(workflow.steps.map((s) => [s.id, stepTextIn(language, s).title])) });
          })
        }
      >
        {t('workflows.flowExport.button')}
      </button>
      <ErrorAlert error={error} />
      {pending && (
        <ConfirmDialog
          title={t('workflows.flowExport.title')}
          confirmLabel={t('workflows.flowExport.saveAnyway')}
          onCancel={() => setPending(undefined)}
          onConfirm={() => {
            save(pending.file);
            setPending(undefined);
          }}
        >
          <p>{t('workflows.flowExport.intro')}</p>
          <ul aria-label={t('workflows.flowExport.listLabel')}>
            {pending.file.warnings.map((w, i) => (
              <li key={`w${i}`}>{warningText(t, pending.stepNames.get(w.stepId) ?? w.stepId, w)}</li>
            ))}
            {pending.file.problems.map((p, i) => (
              <li key={`p${i}`}>{t('workflows.flowExport.flowCheck', { code: p.code, path: p.path.join('.') })}</li>
            ))}
          </ul>
        </ConfirmDialog>
      )}
    </>
  );
}
