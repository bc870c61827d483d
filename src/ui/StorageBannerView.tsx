/**
 * The banner for storage failures (StorageBanner.tsx loads it when there is
 * one, with its messages): what happened and what to do. It also
 * covers a failed save of the open workflow, which stays in memory: "Export
 * this workflow" downloads the document as it is in memory, so the work can
 * be kept (and imported again later) even when nothing can be written.
 */
import { useActiveSaveState, useActiveSession } from '../state/editor/context';
import { type StorageProblem, useStorageHealth } from '../state/storageHealth';
import { loadTransfer } from './transfer/loadTransfer';
import { useT, type Translate } from './i18n';

/** The problem's title and what to do, in the UI's language. */
function describe(problem: StorageProblem, t: Translate): { title: string; detail: string } {
  switch (problem.kind) {
    case 'unavailable':
      return { title: t('storageBanner.unavailable.title'), detail: t('storageBanner.unavailable.detail') };
    case 'blocked':
      return { title: t('storageBanner.blocked.title'), detail: t('storageBanner.blocked.detail') };
    case 'newer':
      return { title: t('storageBanner.newer.title'), detail: t('storageBanner.newer.detail') };
    case 'openFailed':
      return {
        title: t('storageBanner.openFailed.title'),
        detail: problem.quota
          ? t('storageBanner.openFailed.quota')
          : t('storageBanner.openFailed.refused', { error: problem.error }),
      };
  }
}

export function StorageBannerView() {
  const problem = useStorageHealth((s) => s.problem);
  const session = useActiveSession((s) => s.session);
  const saveStatus = useActiveSaveState((s) => s.status);
  const saveError = useActiveSaveState((s) => s.error);
  const saveErrorKind = useActiveSaveState((s) => s.errorKind);
  const workflowOpen = session !== undefined;
  const t = useT();
  if (!problem && saveStatus !== 'failed') return null;

  const exportOpen = async () => {
    // Read at click time: the newest in-memory edits, not the ones of the last render.
    const doc = session?.document.getState().doc;
    if (!doc) return;
    const { exportDocument, downloadText } = await loadTransfer();
    const { fileName, text } = await exportDocument(doc);
    downloadText(fileName, text);
  };
  const exportButton = workflowOpen && (
    <button type="button" onClick={() => void exportOpen()}>
      {t('storageBanner.export')}
    </button>
  );
  const words = problem && describe(problem, t);

  return (
    <div role="alert" className="storage-banner">
      {problem && words ? (
        <>
          <strong>{words.title}.</strong> {words.detail}
          {exportButton}
          {'reload' in problem && problem.reload && (
            <button type="button" onClick={() => window.location.reload()}>
              {t('storageBanner.reload')}
            </button>
          )}
        </>
      ) : (
        <>
          <strong>{t('storageBanner.unsaved.title')}</strong>{' '}
          {saveErrorKind === 'quota' ? t('app.storage.saveQuota') : saveError} {t('storageBanner.unsaved.detail')}
          {exportButton}
        </>
      )}
    </div>
  );
}
