/**
 * The running import and the result of the last one on the Workflows page:
 * the status region (always in the page, so its messages are announced when
 * they appear), whose words (ImportStatus.tsx: progress, Cancel, summary)
 * load with their messages when the first import starts, and the problem
 * list of a refused import, loaded when there is one.
 */
import { Suspense } from 'react';
import { lazyWithMessages } from '../i18n/lazyWithMessages';
import type { ImportStatusProps } from './ImportStatus';

const ImportStatus = lazyWithMessages(['importStatus'], () => import('./ImportStatus').then((m) => m.ImportStatus));
// The problem list of a refused import loads when there is one.
const ImportProblems = lazyWithMessages(['pathProblems'], () => import('./ImportProblems').then((m) => m.ImportProblems));

export function ImportOutcomeView(props: ImportStatusProps) {
  const { outcome, busy, onDismiss } = props;
  return (
    <>
      <div role="status" className={outcome?.ok ? 'import-status import-status--ok' : 'import-status'}>
        {(busy || outcome) && (
          <Suspense fallback={null}>
            <ImportStatus {...props} />
          </Suspense>
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
