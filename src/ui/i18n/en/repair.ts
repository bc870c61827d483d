/** English messages of the error view's repair actions (loaded when shown). */
export const repair = {
  'repair.title': 'Remove what may cause it',
  'repair.intro':
    'If this started after you imported something, that may be the cause. Removing it here keeps everything else; export everything first to keep a copy.',
  'repair.list': 'What can be removed',
  'repair.export': 'Export everything',
  'repair.workflow': 'Workflow “{name}”, open on this page',
  'repair.app': 'Custom app {name}',
  'repair.remove': 'Remove',
  'repair.removeWorkflowLabel': 'Delete the workflow {name}',
  'repair.removeAppLabel': 'Remove the custom app {name}',
  'repair.confirmWorkflow': 'Delete the workflow “{name}”?',
  'repair.confirmApp': 'Remove {name}?',
  'repair.confirmBody':
    'This cannot be undone here. Workflows that use a removed app keep their steps and show the app as unknown.',
} as const;
