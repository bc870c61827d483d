import { describe, expect, it } from 'vitest';
import { NO_NOTICE, nextNotice, type PwaEvent, type PwaNotice } from './notice';

const run = (...events: PwaEvent['type'][]): PwaNotice =>
  events.reduce<PwaNotice>((notice, type) => nextNotice(notice, { type }), NO_NOTICE);

describe('the service worker notice', () => {
  it('says once that the app is ready to work offline after the first install', () => {
    expect(run('offline-ready')).toEqual({ kind: 'offline-ready' });
    expect(run('offline-ready', 'dismiss')).toEqual(NO_NOTICE);
  });

  it('offers a waiting version and keeps offering it until the user answers', () => {
    expect(run('update-waiting')).toEqual({ kind: 'update', reloading: false });
    // An offline-ready event from another worker does not hide the offer.
    expect(run('update-waiting', 'offline-ready')).toEqual({ kind: 'update', reloading: false });
  });

  it('puts an update offer in place of the offline notice', () => {
    expect(run('offline-ready', 'update-waiting')).toEqual({ kind: 'update', reloading: false });
  });

  it('hides the offer on "Later" and offers again when a newer version waits', () => {
    expect(run('update-waiting', 'dismiss')).toEqual(NO_NOTICE);
    expect(run('update-waiting', 'dismiss', 'update-waiting')).toEqual({ kind: 'update', reloading: false });
  });

  it('marks the offer as reloading once the user accepts, and keeps it until the page reloads', () => {
    expect(run('update-waiting', 'reload')).toEqual({ kind: 'update', reloading: true });
    expect(run('update-waiting', 'reload', 'dismiss')).toEqual({ kind: 'update', reloading: true });
    expect(run('update-waiting', 'reload', 'update-waiting')).toEqual({ kind: 'update', reloading: true });
  });

  it('ignores "Reload" when nothing is offered', () => {
    expect(run('reload')).toEqual(NO_NOTICE);
    expect(run('offline-ready', 'reload')).toEqual({ kind: 'offline-ready' });
  });
});
