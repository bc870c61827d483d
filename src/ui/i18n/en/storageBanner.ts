/** English messages of the storage banner (loaded when there is a storage problem or a failed save). */
export const storageBanner = {
  'storageBanner.export': 'Export this workflow',
  'storageBanner.reload': 'Reload',
  'storageBanner.unsaved.title': 'Your last change was not saved.',
  'storageBanner.unsaved.detail':
    'Your work is still open in this tab, and Flowbench keeps trying to save it: keep the tab open, and export the workflow to keep a copy meanwhile.',
  'storageBanner.unavailable.title': 'This browser does not let Flowbench store anything',
  'storageBanner.unavailable.detail':
    'IndexedDB is not available (it may be turned off, or this is a private window). Nothing you do here will be kept: export your work before closing the tab.',
  'storageBanner.blocked.title': 'Another Flowbench tab is blocking an update',
  'storageBanner.blocked.detail':
    'An older Flowbench is open in another tab and keeps the database from being upgraded. Close the other Flowbench tabs; this one continues by itself once they are closed.',
  'storageBanner.newer.title': 'A newer Flowbench was opened in another tab',
  'storageBanner.newer.detail':
    'This tab stepped aside so the newer one could upgrade your data. Export anything unsaved, then reload this tab.',
  'storageBanner.openFailed.title': 'Flowbench could not open its storage',
  'storageBanner.openFailed.quota': 'The browser has no room left for Flowbench. Free some space, then reload.',
  'storageBanner.openFailed.refused':
    'The browser refused to open the database ({error}). Export your work, then reload; if this keeps happening, check that this site may store data.',
} as const;
