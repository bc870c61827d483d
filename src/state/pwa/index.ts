/**
 * The service worker that makes Flowbench installable and usable offline
 * (built by vite-plugin-pwa, see vite.config.ts), and what the UI shows about
 * it (notice.ts decides). Registration goes through `virtual:pwa-register`,
 * which loads workbox-window in its own chunk after the page's load event,
 * so it costs the first page little and never competes with it. The dev
 * server gets a no-op register (no service worker while developing).
 *
 * Accepting an update tells the waiting worker to take over; this page
 * reloads once it does. Other open tabs that were offered the update reload
 * too when it takes them over (their edits are flushed on pagehide, as for
 * any reload): the chunks of the old version they might still need are gone
 * from the new precache.
 */
import { registerSW } from 'virtual:pwa-register';
import { create } from 'zustand';
import { NO_NOTICE, nextNotice, type PwaEvent, type PwaNotice } from './notice';

export type { PwaNotice } from './notice';

/** How often a long-open tab asks the server for a new version (the browser also checks on every start). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export const usePwaNotice = create<{ notice: PwaNotice }>()(() => ({ notice: NO_NOTICE }));

const send = (event: PwaEvent) => usePwaNotice.setState((s) => ({ notice: nextNotice(s.notice, event) }));

let updateServiceWorker: ((reloadPage?: boolean) => Promise<void>) | undefined;

let reloading = false;
/** Reloads into the version that took over this page (once, whoever notices first). */
function reloadIntoNewVersion(): void {
  if (reloading) return;
  reloading = true;
  window.location.reload();
}

let watchingTakeover = false;
/**
 * After an update was offered here, a new worker taking over this page means
 * the user accepted it (here or in another tab): reload into it. The plugin
 * reloads only pages that were already controlled when they registered, not
 * the first visit's page, so this covers both.
 */
function reloadWhenTakenOver(): void {
  if (watchingTakeover) return;
  watchingTakeover = true;
  navigator.serviceWorker.addEventListener('controllerchange', reloadIntoNewVersion);
}

/** Registers the service worker, once per page. */
export function startServiceWorker(): void {
  if (updateServiceWorker || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  updateServiceWorker = registerSW({
    onOfflineReady: () => send({ type: 'offline-ready' }),
    onNeedRefresh: () => {
      reloadWhenTakenOver();
      send({ type: 'update-waiting' });
    },
    onNeedReload: reloadIntoNewVersion,
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => {
        // Offline, the check would only fail; an installing worker is a check already under way.
        if (navigator.onLine && !registration.installing) void registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    onRegisterError: (error: unknown) => console.error('Could not register the service worker; Flowbench will not work offline', error),
  });
}

/** "Reload" on the update offer: the waiting version takes over and the page reloads into it. */
export function acceptUpdate(): void {
  const notice = usePwaNotice.getState().notice;
  if (notice.kind !== 'update' || notice.reloading) return;
  send({ type: 'reload' });
  void updateServiceWorker?.();
}

/** "Later" on the update offer, or closing the offline notice. */
export function dismissPwaNotice(): void {
  send({ type: 'dismiss' });
}
