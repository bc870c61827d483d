/**
 * Custom apps on the Organization page: import a manifest (a file or pasted
 * JSON), see the problems of a refused one with their JSON paths (nothing
 * is changed then), and the list of imported apps with Remove (after a
 * confirmation naming the workflows that use the app). Stored apps left out
 * of the catalog (unreadable, or clashing) are listed apart, with why and
 * a Remove of their own.
 */
import { useId, useState, type ChangeEvent } from 'react';
import type { AppManifest } from '../../domain/catalog/manifest';
import type { Organization } from '../../domain/org/organization';
import type { PathProblem } from '../../domain/zodIssues';
import {
  type CustomAppImport,
  importCustomAppFile,
  importCustomAppText,
  removeCustomApp,
  useCustomApps,
  useStoredAppProblems,
  workflowsUsingApp,
} from '../../state/customApps';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useAsyncAction } from '../common/useAsyncAction';
import { useLocalized, useT } from '../i18n';
import { CustomBadge } from '../common/CustomBadge';
import { PathProblems } from '../common/PathProblems';
import './customApps.css';
import { ErrorAlert } from '../common/ErrorAlert';
import { UnreadableRecords } from '../common/UnreadableRecords';

export function CustomApps({ org }: { org: Organization }) {
  const t = useT();
  const localized = useLocalized();
  const apps = useCustomApps();
  const unusable = useStoredAppProblems((s) => s.problems);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<PathProblem[]>();
  const [imported, setImported] = useState<string>();
  const [removing, setRemoving] = useState<{ app: AppManifest; workflows: string[] }>();
  const { error, run } = useAsyncAction();
  const titleId = useId();

  const finish = (outcome: CustomAppImport, clearText: boolean) => {
    if (outcome.ok) {
      setProblems(undefined);
      setImported(localized(outcome.app.name));
      if (clearText) setText('');
    } else {
      setImported(undefined);
      setProblems(outcome.problems);
    }
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file can be chosen again after fixing it
    if (!file || busy) return;
    setBusy(true);
    try {
      finish(await importCustomAppFile(file), false);
    } finally {
      setBusy(false);
    }
  };

  const onPaste = async () => {
    if (busy || text.trim() === '') return;
    setBusy(true);
    try {
      finish(await importCustomAppText(text), true);
    } finally {
      setBusy(false);
    }
  };

  const askRemove = (app: AppManifest) =>
    void run(async () => setRemoving({ app, workflows: await workflowsUsingApp(app.id) }));

  return (
    <section aria-labelledby={titleId} className="card custom-apps">
      <h2 id={titleId}>{t('customApps.title')}</h2>
      <p className="muted">{t('customApps.intro')}</p>

      {apps.length === 0 ? (
        <p className="muted">{t('customApps.none')}</p>
      ) : (
        <ul aria-label={t('customApps.listLabel')} className="custom-apps__list">
          {apps.map((app) => {
            const stores = org.installations.filter((i) => i.appId === app.id).length;
            return (
              <li key={app.id} className="custom-apps__item">
                <div>
                  <strong>{localized(app.name)}</strong> <CustomBadge appId={app.id} /> <code>{app.id}</code>
                  <div className="muted">
                    {t('customApps.triggers', { count: app.triggers.length })}, {t('customApps.actions', { count: app.actions.length })} ·{' '}
                    {t('customApps.installedIn', { count: stores })}
                  </div>
                </div>
                <button type="button" className="small-button danger" aria-label={t('customApps.removeLabel', { name: localized(app.name) })} onClick={() => askRemove(app)}>
                  {t('customApps.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <UnreadableRecords
        records={unusable}
        title={t('customApps.unreadable.title')}
        intro={t('customApps.unreadable.intro')}
        listLabel={t('customApps.unreadable.list')}
        removeText={t('customApps.remove')}
        removeLabel={(id) => t('customApps.unreadable.removeLabel', { id })}
        onRemove={(id) => void run(() => removeCustomApp(id))}
      />

      <div className="custom-apps__import">
        <label className="form-field">
          <span>{t('customApps.fileLabel')}</span>
          <input type="file" accept="application/json,.json" disabled={busy} onChange={(e) => void onFile(e)} />
        </label>
        <label className="form-field">
          <span>{t('customApps.pasteLabel')}</span>
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={6}
            spellCheck={false}
            aria-invalid={problems ? true : undefined}
            placeholder={t('customApps.pastePlaceholder')}
          />
        </label>
        <div className="row">
          <button type="button" className="primary" aria-disabled={busy || text.trim() === ''} onClick={() => void onPaste()}>
            {busy ? t('customApps.importing') : t('customApps.importPasted')}
          </button>
        </div>
      </div>

      {imported && (
        <p role="status" className="ok-text">
          {t('customApps.imported', { name: imported })}
        </p>
      )}
      {problems && <ManifestProblems problems={problems} onDismiss={() => setProblems(undefined)} />}
      <ErrorAlert error={error} />

      {removing && (
        <ConfirmDialog
          title={t('customApps.removeTitle', { name: localized(removing.app.name) })}
          confirmLabel={t('customApps.removeConfirm')}
          danger
          onCancel={() => setRemoving(undefined)}
          onConfirm={() => {
            const { app } = removing;
            setRemoving(undefined);
            setImported(undefined);
            void run(() => removeCustomApp(app.id));
          }}
        >
          <p>{t('customApps.removeBody')}</p>
          {removing.workflows.length === 0 ? (
            <p>{t('customApps.removeNoWorkflows')}</p>
          ) : (
            <>
              <p>{t('customApps.removeWorkflows', { count: removing.workflows.length })}</p>
              <ul>
                {removing.workflows.map((name, i) => (
                  <li key={i}>{name}</li>
                ))}
              </ul>
            </>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}

function ManifestProblems({ problems, onDismiss }: { problems: readonly PathProblem[]; onDismiss: () => void }) {
  const t = useT();
  return (
    <PathProblems
      problems={problems}
      title={t('customApps.problemsTitle')}
      intro={t('customApps.problemsIntro', { count: problems.length })}
      listLabel={t('customApps.problemsList')}
      headingLevel={3}
      dismiss={{ label: t('customApps.dismiss'), onDismiss }}
    />
  );
}
