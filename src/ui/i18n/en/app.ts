/** English messages of the app frame: loading, the error boundary, the storage banner, common buttons. */
export const app = {
  'app.loading': 'Loading…',
  'app.title': '{page} · Flowbench',
  'app.error.title': 'Something went wrong on this page',
  'app.error.body':
    'Flowbench hit an unexpected problem and stopped showing this page. Your saved work is kept in this browser; other pages still work.',
  'app.error.retry': 'Try again',
  'app.error.reload': 'Reload Flowbench',
  'app.storage.export': 'Export this workflow',
  'app.storage.reload': 'Reload',
  'app.storage.unsaved.title': 'Your last change was not saved.',
  'app.storage.unsaved.detail':
    'Your work is still open in this tab, and Flowbench keeps trying to save it: keep the tab open, and export the workflow to keep a copy meanwhile.',
  'app.storage.unavailable.title': 'This browser does not let Flowbench store anything',
  'app.storage.unavailable.detail':
    'IndexedDB is not available (it may be turned off, or this is a private window). Nothing you do here will be kept: export your work before closing the tab.',
  'app.storage.blocked.title': 'Another Flowbench tab is blocking an update',
  'app.storage.blocked.detail':
    'An older Flowbench is open in another tab and keeps the database from being upgraded. Close the other Flowbench tabs; this one continues by itself once they are closed.',
  'app.storage.newer.title': 'A newer Flowbench was opened in another tab',
  'app.storage.newer.detail':
    'This tab stepped aside so the newer one could upgrade your data. Export anything unsaved, then reload this tab.',
  'app.storage.openFailed.title': 'Flowbench could not open its storage',
  'app.storage.openFailed.quota': 'The browser has no room left for Flowbench. Free some space, then reload.',
  'app.storage.openFailed.refused':
    'The browser refused to open the database ({error}). Export your work, then reload; if this keeps happening, check that this site may store data.',
  'app.storage.saveQuota':
    'The browser has no more room for Flowbench’s data. Export your work, then free space (delete old runs or workflows).',
  'app.cancel': 'Cancel',
  'app.dismiss': 'Dismiss',
  'app.close': 'Close',
  'app.saveName': 'Save name',
  'app.rename': 'Rename',
} as const;
