/**
 * What the service worker has to say (src/state/pwa): "Update available"
 * with Reload and Later, or, once after the first install, "Ready to work
 * offline". A polite status region in a corner: it never takes focus from
 * what the user is doing, and the update is only applied when they choose
 * Reload. The offline notice leaves by itself after a few seconds.
 *
 * Loaded after the page's load event (UpdatePrompt.tsx), with the `pwa`
 * messages and the registration: it registers the service worker once it is
 * shown, so its live region is on the page before anything is said in it.
 */
import { useEffect, useId } from 'react';
import { acceptUpdate, dismissPwaNotice, startServiceWorker, usePwaNotice } from '../state/pwa';
import { useT } from './i18n';
import './UpdatePrompt.css';

/** How long "Ready to work offline" stays (it needs no answer). */
const OFFLINE_NOTICE_MS = 8000;

export function UpdatePromptView() {
  const notice = usePwaNotice((s) => s.notice);
  const t = useT();
  const titleId = useId();

  // Offline use and updates on the user's word (docs/architecture.md); once per page.
  useEffect(startServiceWorker, []);

  useEffect(() => {
    if (notice.kind !== 'offline-ready') return;
    const timer = setTimeout(dismissPwaNotice, OFFLINE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice.kind]);

  // The live region is always there, so screen readers announce what appears in it.
  return (
    <div role="status" aria-labelledby={notice.kind === 'none' ? undefined : titleId} className={`pwa-notice pwa-notice--${notice.kind}`}>
      {notice.kind === 'update' && (
        <>
          <p>
            <strong id={titleId}>{t('pwa.update.title')}</strong> {t('pwa.update.detail')}
          </p>
          <div className="pwa-notice__actions">
            <button type="button" className="primary" onClick={acceptUpdate} disabled={notice.reloading}>
              {t(notice.reloading ? 'pwa.update.reloading' : 'pwa.update.reload')}
            </button>
            <button type="button" onClick={dismissPwaNotice} disabled={notice.reloading}>
              {t('pwa.update.later')}
            </button>
          </div>
        </>
      )}
      {notice.kind === 'offline-ready' && (
        <>
          <p>
            <strong id={titleId}>{t('pwa.offline.title')}</strong> {t('pwa.offline.detail')}
          </p>
          <div className="pwa-notice__actions">
            <button type="button" onClick={dismissPwaNotice}>
              {t('pwa.offline.dismiss')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
