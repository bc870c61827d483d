/**
 * "Reset demo": back to the four-store demo organization, sample workflows
 * and an empty sandbox, after a confirmation that offers to export
 * everything first.
 */
import { useState } from 'react';
import { resetDemo } from '../../state/templateUse';
import { downloadText, exportWorkflows } from '../../state/transfer';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useAsyncAction } from '../common/useAsyncAction';
import { useT } from '../i18n';
import { templateWords } from '../templates/templateText';
import { ErrorAlert } from '../common/ErrorAlert';

export function ResetDemo() {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const { error, run } = useAsyncAction();
  const t = useT();
  return (
    <section aria-labelledby="reset-title" className="card">
      <h2 id="reset-title">{t('org.reset.title')}</h2>
      <p className="muted">{t('org.reset.intro')}</p>
      <button type="button" className="danger" onClick={() => (setDone(false), setAsking(true))}>
        {t('org.reset.open')}
      </button>
      {done && <p role="status">{t('org.reset.done')}</p>}
      <ErrorAlert error={error} />
      {asking && (
        <ConfirmDialog
          title={t('org.reset.confirmTitle')}
          confirmLabel={t('org.reset.confirm')}
          danger
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void run(async () => {
              await resetDemo(templateWords(t));
              setDone(true);
            });
          }}
        >
          <p>{t('org.reset.body')}</p>
          <button
            type="button"
            onClick={() =>
              void run(async () => {
                const file = await exportWorkflows('all');
                downloadText(file.fileName, file.text);
              })
            }
          >
            {t('org.reset.exportFirst')}
          </button>
        </ConfirmDialog>
      )}
    </section>
  );
}
