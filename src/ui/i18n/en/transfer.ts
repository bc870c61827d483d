/** English messages of import and export on the Workflows page. */
export const transfer = {
  'transfer.group': 'Import and export',
  'transfer.import': 'Import…',
  'transfer.importFile': 'Import from file',
  'transfer.paste': 'Paste JSON…',
  'transfer.exportAll': 'Export all',
  'transfer.exportSelected': 'Export selected ({count})',
  'transfer.drop': 'Drop a Flowbench export to import it',
  'transfer.export.noneSelected': 'Select at least one workflow to export.',
  'transfer.export.gone': 'The selected workflows no longer exist.',
} as const;
