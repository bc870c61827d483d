/**
 * The running import and the result of the last one on the Workflows page:
 * while it runs, a progress bar (checking the file's workflows, then saving
 * them) with a Cancel button; then a summary, the problem list, or that it
 * was cancelled. The status region is always in the page, so the messages
 * are announced when they appear.
 */
import { Suspense } from 'react';
import type { ImportOutcome } from '../../state/transfer';
import { useT } from '../i18n';
import { lazyWithMessages } from '../i18n/lazyWithMessages';
import { importMessage } from './importMessage';
import { type ProgressStore, useImportProgress } from './useImportRunner';

// The problem list of a refused import loads when there is one.
const ImportProblems = lazyWithMessages(['pathProblems'], () => import('./ImportProblems').then((m) => m.ImportProblems));

interface Props {
  outcome: ImportOutcome | undefined;
  busy: boolean;
  progress?: ProgressStore;
  onCancel?: () => void;
  onDismiss: () => void;
}

export function ImportOutcomeView({ outcome, busy, progress, onCancel, onDismiss }: Props) {
  const t = useT();
  const cancelled = outcome && !outcome.ok && outcome.cancelled;
  return (
    <>
      <div role="status" className={outcome?.ok ? 'import-status import-status--ok' : 'import-status'}>
        {busy ? (
          <>
            {progress ? <ProgressLine store={progress} /> : t('transfer.importing')}
            {onCancel && (
              <button type="button" className="small-button" onClick={onCancel}>
                {t('transfer.cancelImport')}
              </button>
            )}
          </>
        ) : outcome?.ok ? (
          importMessage(outcome.summary, t)
        ) : cancelled ? (
          t('transfer.cancelled')
        ) : null}
        {(outcome?.ok || cancelled) && (
          <button type="button" className="small-button" onClick={onDismiss}>
            {t('app.dismiss')}
          </button>
        )}
      </div>
      {outcome && !outcome.ok && !outcome.cancelled && (
        <Suspense fallback={null}>
          <ImportProblems problems={outcome.problems} onDismiss={onDismiss} />
        </Suspense>
      )}
    </>
  );
}

/** "Checking 2,000 of 10,000 workflows…" with a bar over both stages (checking is the first half). */
function ProgressLine({ store }: { store: ProgressStore }) {
  const t = useT();
  const progress = useImportProgress(store);
  if (!progress) return t('transfer.importing');
  const { stage, done, total } = progress;
  const value = total === 0 ? 0 : Math.round(((stage === 'checking' ? 0 : total) + done) / 2);
  return (
    <>
      <progress className="import-progress" aria-label={t('transfer.progress')} max={total} value={value} />
      <span>{t(stage === 'checking' ? 'transfer.checking' : 'transfer.saving', { done, count: total })}</span>
    </>
  );
}
