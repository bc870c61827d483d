/**
 * What the app tells the user about its service worker, decided from the
 * worker's events. Pure, so the rules are unit-tested without a browser:
 *
 * - A new version waiting is offered ("Update available") and stays offered
 *   until the user answers: it is never swapped in under them. It wins over
 *   the "ready to work offline" notice, which only matters on a first install.
 * - "Later" hides the offer for now; the waiting version is offered again
 *   when the app next starts (the browser keeps it waiting), or at once if an
 *   even newer one arrives.
 * - "Reload" asks the waiting worker to take over; the page reloads when it
 *   does. Until then the offer says it is reloading and cannot be sent twice.
 * - "Ready to work offline" is said once, after the first install.
 */

export type PwaNotice =
  | { readonly kind: 'none' }
  | { readonly kind: 'offline-ready' }
  | { readonly kind: 'update'; readonly reloading: boolean };

export type PwaEvent =
  /** The first service worker finished precaching: the app now opens offline. */
  | { readonly type: 'offline-ready' }
  /** A new version is installed and waiting for this page to let it take over. */
  | { readonly type: 'update-waiting' }
  /** The user chose "Later" on the update offer, or closed the offline notice. */
  | { readonly type: 'dismiss' }
  /** The user chose "Reload" on the update offer. */
  | { readonly type: 'reload' };

export const NO_NOTICE: PwaNotice = { kind: 'none' };

/** The notice after an event. */
export function nextNotice(notice: PwaNotice, event: PwaEvent): PwaNotice {
  switch (event.type) {
    case 'offline-ready':
      return notice.kind === 'update' ? notice : { kind: 'offline-ready' };
    case 'update-waiting':
      // Already reloading into a version: a newer one is taken by that reload anyway.
      return notice.kind === 'update' && notice.reloading ? notice : { kind: 'update', reloading: false };
    case 'dismiss':
      return notice.kind === 'update' && notice.reloading ? notice : NO_NOTICE;
    case 'reload':
      return notice.kind === 'update' ? { kind: 'update', reloading: true } : notice;
  }
}
