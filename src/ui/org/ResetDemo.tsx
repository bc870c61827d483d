/**
 * "Reset demo": back to the four-store demo organization, sample workflows
 * and an empty sandbox, after a confirmation that offers to export
 * everything first.
 */
import { useState } from 'react';
import { resetDemo } from '../../state/templates';
import { downloadText, exportWorkflows } from '../../state/transfer';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useAsyncAction } from '../common/useAsyncAction';

export function ResetDemo() {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const { error, run } = useAsyncAction();
  return (
    <section aria-labelledby="reset-title" className="card">
      <h2 id="reset-title">Demo</h2>
      <p className="muted">
        Start a demo from a clean slate: the four demo stores with their apps, three sample workflows, and no runs or
        sandbox data.
      </p>
      <button type="button" className="danger" onClick={() => (setDone(false), setAsking(true))}>
        Reset demo…
      </button>
      {done && <p role="status">The demo was reset.</p>}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {asking && (
        <ConfirmDialog
          title="Reset the demo?"
          confirmLabel="Reset demo"
          danger
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void run(async () => {
              await resetDemo();
              setDone(true);
            });
          }}
        >
          <p>
            Every workflow, store, app setting, run and sandbox record in this browser is replaced by the demo. This
            can't be undone.
          </p>
          <button
            type="button"
            onClick={() =>
              void run(async () => {
                const file = await exportWorkflows('all');
                downloadText(file.fileName, file.text);
              })
            }
          >
            Export everything first
          </button>
        </ConfirmDialog>
      )}
    </section>
  );
}
