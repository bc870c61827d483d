/** English messages of custom apps (Organization page): import, list, remove, badge. */
export const customApps = {
  'customApps.title': 'Custom apps',
  'customApps.intro':
    'Bring your own app: import its manifest (the same JSON format as the built-in catalog, see docs/catalog.md). It appears at once in the palettes, under Apps in each store and in the simulator; its actions are simulated and every call shows on the Sandbox page.',
  'customApps.chooseFile': 'Import manifest file…',
  'customApps.fileLabel': 'Manifest file',
  'customApps.pasteLabel': 'Or paste the manifest JSON',
  'customApps.pastePlaceholder': '{ "schemaVersion": 1, "id": "my-app", "name": { "en": "…", "pl": "…" }, … }',
  'customApps.importPasted': 'Import pasted manifest',
  'customApps.importing': 'Importing…',
  'customApps.imported': '{name} was imported. Install it in a store under Apps in each store to use it in workflows.',
  'customApps.problemsTitle': 'The app was not imported',
  'customApps.problemsIntro': {
    one: 'The manifest has a problem; nothing was changed. Fix it and import again.',
    other: 'The manifest has {count} problems; nothing was changed. Fix them and import again.',
  },
  'customApps.problemsList': 'Manifest problems',
  'customApps.dismiss': 'Dismiss',
  'customApps.none': 'No custom apps yet.',
  'customApps.listLabel': 'Imported custom apps',
  'customApps.triggers': { one: '{count} trigger', other: '{count} triggers' },
  'customApps.actions': { one: '{count} action', other: '{count} actions' },
  'customApps.installedIn': { zero: 'not installed in any store', one: 'installed in {count} store', other: 'installed in {count} stores' },
  'customApps.badge': 'Custom',
  'customApps.remove': 'Remove',
  'customApps.removeLabel': 'Remove {name}',
  'customApps.removeTitle': 'Remove {name}?',
  'customApps.removeBody':
    'It is uninstalled from every store and its setup is forgotten. Workflows are not deleted or changed: their steps of this app show "unknown app" until you import the app again.',
  'customApps.removeNoWorkflows': 'No workflow uses it.',
  'customApps.removeWorkflows': {
    one: 'Used by {count} workflow:',
    other: 'Used by {count} workflows:',
  },
  'customApps.removeConfirm': 'Remove app',
  'customApps.unreadable.title': 'Stored apps that cannot be used',
  'customApps.unreadable.intro':
    'These apps are stored in this browser but left out of the catalog, for the reason shown. Remove one, then import a corrected manifest.',
  'customApps.unreadable.list': 'Stored apps that cannot be used',
  'customApps.unreadable.removeLabel': 'Remove the stored app {id}',
} as const;
