/** Polish messages of the trigger and action palettes. */
import type { MessagesOf } from '../messages';
import type { palette as en } from '../en/palette';

export const palette: MessagesOf<typeof en> = {
  'palette.triggers': 'Wyzwalacze',
  'palette.actions': 'Akcje',
  'palette.search.triggers': 'Szukaj wyzwalaczy',
  'palette.search.actions': 'Szukaj akcji',
  'palette.search.placeholder': 'Szukaj po nazwie (PL lub EN)',
  'palette.found.triggers': {
    one: 'Znaleziono {count} wyzwalacz',
    few: 'Znaleziono {count} wyzwalacze',
    many: 'Znaleziono {count} wyzwalaczy',
    other: 'Znaleziono {count} wyzwalacza',
  },
  'palette.found.actions': {
    one: 'Znaleziono {count} akcję',
    few: 'Znaleziono {count} akcje',
    many: 'Znaleziono {count} akcji',
    other: 'Znaleziono {count} akcji',
  },
  'palette.loading': 'Wczytywanie aplikacji…',
  'palette.logic': 'Logika',
  'palette.installed': 'Zainstalowane',
  'palette.installed.noTriggers': 'Żadna zainstalowana aplikacja nie ma wyzwalaczy.',
  'palette.installed.noActions': 'Żadna zainstalowana aplikacja nie ma akcji.',
  'palette.installed.noMatchingTriggers': 'Żadna zainstalowana aplikacja nie ma pasujących wyzwalaczy.',
  'palette.installed.noMatchingActions': 'Żadna zainstalowana aplikacja nie ma pasujących akcji.',
  'palette.notInstalled': 'Niezainstalowane',
  'palette.appCount': { one: '{count} aplikacja', few: '{count} aplikacje', many: '{count} aplikacji', other: '{count} aplikacji' },
  'palette.notInstalled.noMatchingTriggers': 'Żadna niezainstalowana aplikacja nie ma pasujących wyzwalaczy.',
  'palette.notInstalled.noMatchingActions': 'Żadna niezainstalowana aplikacja nie ma pasujących akcji.',
  'palette.notInstalled.allTriggersInstalled': 'Wszystkie aplikacje z wyzwalaczami są zainstalowane.',
  'palette.notInstalled.allActionsInstalled': 'Wszystkie aplikacje z akcjami są zainstalowane.',
  'palette.notInstalled.installForTriggers': 'Zainstaluj aplikację w co najmniej jednym sklepie, aby używać jej wyzwalaczy.',
  'palette.notInstalled.installForActions': 'Zainstaluj aplikację w co najmniej jednym sklepie, aby używać jej akcji.',
  'palette.builtIn': 'Wbudowana',
  'palette.openOrganization': 'Otwórz Organizację',
  'palette.earlyAccess': 'Wczesny dostęp',
  'palette.onlyWith': 'Tylko z: {trigger}',
  'palette.replaceTriggerHint': 'Ten przepływ ma już wyzwalacz: wybranie innego zastąpi jego zdarzenie.',
  // The Actions palette's Data section (Get data steps).
  'palette.data': 'Dane',
};
