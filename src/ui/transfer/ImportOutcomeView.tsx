/**
 * The result of the last import on the Workflows page. The status region is
 * always in the page, so the success message is announced when it appears.
 */
import type { ImportOutcome } from '../../state/transfer';
import { useT } from '../i18n';
import { ImportProblems } from './ImportProblems';
import { importMessage } from './importMessage';

interface Props {
  outcome: ImportOutcome | undefined;
  busy: boolean;
  onDismiss: () => void;
}

export function ImportOutcomeView({ outcome, busy, onDismiss }: Props) {
  const t = useT();
  return (
    <>
      <div role="status" className={outcome?.ok ? 'import-status import-status--ok' : 'import-status'}>
        {busy ? t('transfer.importing') : outcome?.ok ? importMessage(outcome.summary, t) : null}
        {outcome?.ok && (
          <button type="button" className="small-button" onClick={onDismiss}>
            {t('app.dismiss')}
          </button>
        )}
      </div>
      {outcome && !outcome.ok && <ImportProblems problems={outcome.problems} onDismiss={onDismiss} />}
    </>
  );
}
