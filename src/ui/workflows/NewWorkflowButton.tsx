/** Creates an empty workflow and opens it in the editor. */
import { useState } from 'react';
import { useLocation } from 'wouter';
import { workflowCommands } from '../../state/workflows';
import { useAsyncAction } from '../common/useAsyncAction';
import { useT } from '../i18n';
import { ErrorAlert } from '../common/ErrorAlert';

export function NewWorkflowButton() {
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const { error, run } = useAsyncAction();
  const t = useT();

  const create = async () => {
    setBusy(true);
    let id: string | undefined;
    await run(async () => {
      id = await workflowCommands.create(undefined, t('workflows.untitled'));
    });
    setBusy(false);
    if (id) navigate(`/editor/${id}`);
  };

  return (
    <>
      {/* aria-disabled rather than disabled, so focus stays on the button during a double click. */}
      <button type="button" className="primary" aria-disabled={busy} onClick={() => !busy && void create()}>
        {t('workflows.new')}
      </button>
      <ErrorAlert error={error} />
    </>
  );
}
