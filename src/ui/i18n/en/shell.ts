/** English messages of the app shell: header, navigation, page frame. */
export const shell = {
  'shell.nav.label': 'Main',
  'shell.nav.workflows': 'Workflows',
  'shell.nav.editor': 'Editor',
  'shell.nav.organization': 'Organization',
  'shell.nav.runs': 'Runs',
  'shell.nav.sandbox': 'Sandbox',
  'shell.theme.label': 'Theme',
  'shell.theme.system': 'Follow system',
  'shell.theme.light': 'Light',
  'shell.theme.dark': 'Dark',
  'shell.language.label': 'Language',
  'shell.save.status': 'Save status',
  'shell.help.button': 'Help',
  'shell.help.takeTour': 'Take the tour',
} as const;
