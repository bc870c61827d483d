/**
 * The way out of a page that crashed on stored data the reading layer did
 * not foresee: ErrorBoundary shows this under the error. It offers to
 * export everything first, then to remove what was most likely imported:
 * the workflow open in the editor, and each custom app (every page reads
 * the catalog). Each removal asks first; after it the page is tried again.
 */
import { useState } from 'react';
import { useLocation } from 'wouter';
import { removeCustomApp, useCustomApps } from '../state/customApps';
import { downloadText, exportWorkflows } from '../state/transfer';
import { useWorkflowName } from '../state/workflowList';
import { workflowCommands } from '../state/workflows';
import { ConfirmDialog } from './common/ConfirmDialog';
import { ErrorAlert } from './common/ErrorAlert';
import { useAsyncAction } from './common/useAsyncAction';
import { useLocalized, useT } from './i18n';

/** What a removal would take away: the open workflow, or a custom app. */
type Target = { kind: 'workflow'; id: string; name: string } | { kind: 'app'; id: string; name: string };

interface Props {
  /** The route that crashed (`/editor/<id>` names the open workflow). */
  location: string;
  /** Called after a removal, to show the page again. */
  onRepaired: () => void;
}

export function RepairActions({ location, onRepaired }: Props) {
  const t = useT();
  const localized = useLocalized();
  const apps = useCustomApps();

  const [, navigate] = useLocation();
  const { error, run } = useAsyncAction();
  const [confirming, setConfirming] = useState<Target>();

  const workflowId = /^\/editor\/([^/]+)$/.exec(location)?.[1];
  // The open workflow's name from its list summary (no document is read: it may be what crashed).
  const openName = useWorkflowName(workflowId);
  const open = workflowId !== undefined && typeof openName === 'string' ? { id: workflowId, name: openName } : undefined;
  const targets: Target[] = [
    ...(open ? [{ kind: 'workflow' as const, id: open.id, name: open.name }] : []),
    ...apps.map((app) => ({ kind: 'app' as const, id: app.id, name: localized(app.name) })),
  ];
  if (targets.length === 0) return null;

  const exportAll = () =>
    void run(async () => {
      const { fileName, text } = await exportWorkflows('all');
      downloadText(fileName, text);
    });

  const remove = (target: Target) => {
    setConfirming(undefined);
    void run(async () => {
      if (target.kind === 'app') {
        await removeCustomApp(target.id);
        onRepaired();
      } else {
        await workflowCommands.remove(target.id);
        navigate('/workflows');
      }
    });
  };

  return (
    <section className="page-error__repair" aria-labelledby="repair-title">
      <h2 id="repair-title">{t('repair.title')}</h2>
      <p>{t('repair.intro')}</p>
      <button type="button" onClick={exportAll}>
        {t('repair.export')}
      </button>
      <ul aria-label={t('repair.list')}>
        {targets.map((target) => (
          <li key={`${target.kind}:${target.id}`}>
            <span>{target.kind === 'workflow' ? t('repair.workflow', { name: target.name }) : t('repair.app', { name: target.name })}</span>
            <button
              type="button"
              className="small-button danger"
              aria-label={t(target.kind === 'workflow' ? 'repair.removeWorkflowLabel' : 'repair.removeAppLabel', { name: target.name })}
              onClick={() => setConfirming(target)}
            >
              {t('repair.remove')}
            </button>
          </li>
        ))}
      </ul>
      <ErrorAlert error={error} />
      {confirming && (
        <ConfirmDialog
          title={confirming.kind === 'workflow' ? t('repair.confirmWorkflow', { name: confirming.name }) : t('repair.confirmApp', { name: confirming.name })}
          confirmLabel={t('repair.remove')}
          danger
          onCancel={() => setConfirming(undefined)}
          onConfirm={() => remove(confirming)}
        >
          <p>{t('repair.confirmBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
