/** English messages of an import's progress and outcome (loaded when the first import starts). */
export const importStatus = {
  'importStatus.importing': 'Importing…',
  'importStatus.progress': 'Import progress',
  'importStatus.checking': { one: 'Checking {done} of {count} workflow…', other: 'Checking {done} of {count} workflows…' },
  'importStatus.saving': { one: 'Saving {done} of {count} workflow…', other: 'Saving {done} of {count} workflows…' },
  'importStatus.cancelImport': 'Cancel import',
  'importStatus.cancelled': 'Import cancelled; nothing was imported.',
  'importStatus.done.none': 'The file held no workflows.',
  'importStatus.done.workflows': {
    one: 'Imported {count} workflow (turned off).',
    other: 'Imported {count} workflows (turned off).',
  },
  'importStatus.done.copies': {
    one: '{count} arrived as a copy because its id was already taken: {names}.',
    other: '{count} arrived as copies because their ids were already taken: {names}.',
  },
  'importStatus.done.stores': {
    one: 'Added {count} store with its apps; keys and tokens are never exported, so enter them on the Organization page.',
    other: 'Added {count} stores with their apps; keys and tokens are never exported, so enter them on the Organization page.',
  },
  'importStatus.done.skipped': 'Already here and left as they were: {names}.',
  'importStatus.quoted': '“{name}”',
  // The paste dialog (loaded when opened, with this area).
  'importStatus.pasteTitle': 'Import pasted JSON',
  'importStatus.pasteLabel': 'JSON to import',
  'importStatus.importButton': 'Import',
} as const;
