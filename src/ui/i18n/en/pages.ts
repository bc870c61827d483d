/** English messages of the pages' own frames: Runs, one run, Sandbox, page not found. */
export const pages = {
  'pages.notFound.title': 'Page not found',
  'pages.notFound.before': 'There is no page at this address. Go to ',
  'pages.notFound.after': '.',
  'pages.runs.title': 'Runs',
  'pages.run.title': 'Run',
  'pages.run.documentTitle': 'Run of {workflow}',
  'pages.run.loading': 'Loading the run…',
  'pages.run.notFound': 'Run not found',
  'pages.run.notFoundBefore': 'There is no run with this address in this browser. Go back to ',
  'pages.run.notFoundAfter': '.',
  'pages.sandbox.title': 'Sandbox',
  'pages.sandbox.loadingOrg': 'Loading the organization…',
  'pages.sandbox.noStores': 'There are no stores.',
  'pages.sandbox.noStoresHint': 'Add a store on the Organization page; each store has its own sandbox.',
  'pages.sandbox.store': 'Store',
  'pages.sandbox.reset': 'Reset sandbox',
  'pages.sandbox.resetTitle': 'Reset the sandbox of {store}?',
  'pages.sandbox.resetBody':
    'Every record the simulated apps made in {store} is deleted: messages, rows, tasks, cards, points and the rest. The store data (orders, customers, products) and the run history are kept.',
} as const;
