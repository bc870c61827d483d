/**
 * What the import status region says (ImportOutcomeView.tsx keeps the region
 * itself in the page, so it is announced): while an import runs, a progress
 * bar (saving the file's workflows, each checked as it is saved) with a Cancel button;
 * then the summary, or that it was cancelled. Loaded with its messages (the
 * `importStatus` area) when the first import starts.
 */
import type { ImportOutcome } from '../../state/transfer';
import { useT } from '../i18n';
import { importMessage } from './importMessage';
import { type ProgressStore, useImportProgress } from './useImportRunner';

export interface ImportStatusProps {
  outcome: ImportOutcome | undefined;
  busy: boolean;
  progress?: ProgressStore;
  onCancel?: () => void;
  onDismiss: () => void;
}

export function ImportStatus({ outcome, busy, progress, onCancel, onDismiss }: ImportStatusProps) {
  const t = useT();
  const cancelled = outcome && !outcome.ok && outcome.cancelled;
  return (
    <>
      {busy ? (
        <>
          {progress ? <ProgressLine store={progress} /> : t('importStatus.importing')}
          {onCancel && (
            <button type="button" className="small-button" onClick={onCancel}>
              {t('importStatus.cancelImport')}
            </button>
          )}
        </>
      ) : outcome?.ok ? (
        importMessage(outcome.summary, t)
      ) : cancelled ? (
        t('importStatus.cancelled')
      ) : null}
      {(outcome?.ok || cancelled) && (
        <button type="button" className="small-button" onClick={onDismiss}>
          {t('app.dismiss')}
        </button>
      )}
    </>
  );
}

/**
 * "Saving 2,000 of 10,000 workflows…" with a bar for the stage shown. A file that passes its first
 * checks is saved at once, its workflows checked as they are saved (state/transfer.ts), so saving is
 * usually the only stage; a file refused while saving is then checked in full ("Checking …").
 */
function ProgressLine({ store }: { store: ProgressStore }) {
  const t = useT();
  const progress = useImportProgress(store);
  if (!progress) return t('importStatus.importing');
  const { stage, done, total } = progress;
  return (
    <>
      <progress className="import-progress" aria-label={t('importStatus.progress')} max={total} value={done} />
      <span>{t(stage === 'checking' ? 'importStatus.checking' : 'importStatus.saving', { done, count: total })}</span>
    </>
  );
}
