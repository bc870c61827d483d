/** English messages of the app frame: loading, the error boundary, the storage banner, common buttons. */
export const app = {
  'app.loading': 'Loading…',
  'app.title': '{page} · Flowbench',
  'app.error.title': 'Something went wrong on this page',
  'app.error.body':
    'Flowbench hit an unexpected problem and stopped showing this page. Your saved work is kept in this browser; other pages still work.',
  'app.error.retry': 'Try again',
  'app.error.reload': 'Reload Flowbench',
  'app.storage.saveQuota':
    'The browser has no more room for Flowbench’s data. Export your work, then free space (delete old runs or workflows).',
  'app.cancel': 'Cancel',
  'app.dismiss': 'Dismiss',
  'app.close': 'Close',
  'app.saveName': 'Save name',
  'app.rename': 'Rename',
} as const;
