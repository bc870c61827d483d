/**
 * The dialog of "Export for Shopify Flow" when a step can't go to Flow as
 * Flowbench has it or Flow's own checks would refuse the file: it lists each
 * one, naming the steps with the step kinds' texts, and the user saves anyway
 * or cancels. Loaded (with the kinds and their message areas) only when an
 * export has something to say: FlowExportButton.
 */
import { useMemo } from 'react';
import type { Workflow } from '../../domain/workflow/document';
import type { FlowExportFile, FlowExportWarning } from '../../state/transfer';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { type Translate, useLanguage, useT } from '../i18n';
import { stepTextIn } from '../kinds';

function warningText(t: Translate, step: string, warning: FlowExportWarning): string {
  const p = warning.params;
  switch (warning.code) {
    case 'flowbench-task':
      return t('flowExport.flowbenchTask', { step, taskId: String(p.taskId) });
    case 'field-not-written':
      return t('flowExport.fieldNotWritten', { step, field: String(p.field) });
    case 'custom-variable':
      return t('flowExport.customVariable', { step, variable: String(p.variable), base: String(p.base) });
    case 'condition-inexact':
      return t('flowExport.conditionInexact', { step });
    case 'notes-text-only':
      return t('notes.flowExport.textOnly', { count: Number(p.count) });
  }
}

export interface FlowExportDialogProps {
  file: FlowExportFile;
  workflow: Workflow;
  onSave: () => void;
  onCancel: () => void;
}

export function FlowExportDialog({ file, workflow, onSave, onCancel }: FlowExportDialogProps) {
  const t = useT();
  const language = useLanguage();
  // The titles of the workflow's steps by id, in the UI's language.
  const stepNames = useMemo(() => new Map(workflow.steps.map((s) => [s.id, stepTextIn(language, s).title])), [workflow, language]);
  return (
    <ConfirmDialog title={t('flowExport.title')} confirmLabel={t('flowExport.saveAnyway')} onCancel={onCancel} onConfirm={onSave}>
      <p>{t('flowExport.intro')}</p>
      <ul aria-label={t('flowExport.listLabel')}>
        {file.warnings.map((w, i) => (
          <li key={`w${i}`}>{warningText(t, stepNames.get(w.stepId) ?? w.stepId, w)}</li>
        ))}
        {file.problems.map((p, i) => (
          <li key={`p${i}`}>{t('flowExport.flowCheck', { code: p.code, path: p.path.join('.') })}</li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}
