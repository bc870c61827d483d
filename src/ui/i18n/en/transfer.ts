/** English messages of import and export on the Workflows page. */
export const transfer = {
  'transfer.group': 'Import and export',
  'transfer.import': 'Import…',
  'transfer.importFile': 'Import from file',
  'transfer.paste': 'Paste JSON…',
  'transfer.exportAll': 'Export all',
  'transfer.exportSelected': 'Export selected ({count})',
  'transfer.drop': 'Drop a Flowbench export to import it',
  'transfer.importing': 'Importing…',
  'transfer.pasteTitle': 'Import pasted JSON',
  'transfer.pasteLabel': 'JSON to import',
  'transfer.importButton': 'Import',
  'transfer.problems.title': 'Nothing was imported',
  'transfer.problems.intro': {
    one: 'The file has a problem; your workflows and setup were not changed. Fix it and import the file again.',
    other: 'The file has {count} problems; your workflows and setup were not changed. Fix them and import the file again.',
  },
  'transfer.problems.list': 'Import problems',
  'transfer.done.none': 'The file held no workflows.',
  'transfer.done.workflows': {
    one: 'Imported {count} workflow (turned off).',
    other: 'Imported {count} workflows (turned off).',
  },
  'transfer.done.copies': {
    one: '{count} arrived as a copy because its id was already taken: {names}.',
    other: '{count} arrived as copies because their ids were already taken: {names}.',
  },
  'transfer.done.stores': {
    one: 'Added {count} store with its apps; keys and tokens are never exported, so enter them on the Organization page.',
    other: 'Added {count} stores with their apps; keys and tokens are never exported, so enter them on the Organization page.',
  },
  'transfer.done.skipped': 'Already here and left as they were: {names}.',
  'transfer.quoted': '“{name}”',
  'transfer.export.noneSelected': 'Select at least one workflow to export.',
  'transfer.export.gone': 'The selected workflows no longer exist.',
} as const;
