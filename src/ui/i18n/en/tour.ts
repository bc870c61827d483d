/** English messages of the guided tour and the header's Help menu. */
export const tour = {
  'tour.progress': '{current} of {total}',
  'tour.back': 'Back',
  'tour.next': 'Next',
  'tour.done': 'Done',
  'tour.skip': 'Skip tour',
  'tour.welcome.title': 'Welcome to Flowbench',
  'tour.welcome.body':
    'Six short steps: the palettes in the Editor, which apps you can use, the rule for conditions, then firing a trigger and reading its run on the Runs page. You can keep using the app meanwhile, and reopen this tour from Help.',
  'tour.palettes.title': 'Palettes: where steps come from',
  'tour.palettes.body':
    'A workflow starts with one trigger, then runs actions. Click an item to add it to the open workflow, or drag it onto the canvas. Search finds items in English or Polish.',
  'tour.installed.title': 'Installed and Not installed',
  'tour.installed.body':
    'An app is installed once at least one store of the organization has it, and only then can you use its triggers and actions. Not installed (click to open it) lists the other apps, each saying why, with a link to the Organization page where you install them.',
  'tour.conditions.title': 'Conditions never use connectors',
  'tour.conditions.body':
    'A condition comes from Logic and checks the data of the trigger and earlier steps. Connectors can’t be used to set conditions, so no app is listed here and dropping one on a condition is refused. Put connector actions after the condition, on one of its branches.',
  'tour.fire.title': 'Fire a trigger',
  'tour.fire.body':
    'Pick an app, its trigger and the stores, then press Fire trigger; the payload is a sample you can edit. Each workflow that is on and starts with that trigger runs in every chosen store, or gets a skipped run saying why. Workflows start turned off: turn one on in the Editor or on the Workflows page first.',
  'tour.run.title': 'Read a run',
  'tour.run.body':
    'Every run is listed here, newest first, with its store, status and a summary; a skipped run says why. Open Details to see each step with its input, output, errors and retries.',
} as const;
