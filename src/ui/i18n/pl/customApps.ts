/** Polish messages of custom apps. */
import type { MessagesOf } from '../messages';
import type { customApps as en } from '../en/customApps';

export const customApps: MessagesOf<typeof en> = {
  'customApps.title': 'Własne aplikacje',
  'customApps.intro':
    'Dodaj własną aplikację: zaimportuj jej manifest (ten sam format JSON co wbudowany katalog, zob. docs/catalog.md). Od razu pojawi się w paletach, w sekcji Aplikacje w każdym sklepie i w symulatorze; jej akcje są symulowane, a każde wywołanie widać na stronie Piaskownica.',
  'customApps.chooseFile': 'Importuj plik manifestu…',
  'customApps.fileLabel': 'Plik manifestu',
  'customApps.pasteLabel': 'Albo wklej JSON manifestu',
  'customApps.pastePlaceholder': '{ "schemaVersion": 1, "id": "moja-aplikacja", "name": { "en": "…", "pl": "…" }, … }',
  'customApps.importPasted': 'Importuj wklejony manifest',
  'customApps.importing': 'Importowanie…',
  'customApps.imported': 'Zaimportowano {name}. Zainstaluj ją w sklepie w sekcji Aplikacje w każdym sklepie, aby używać jej w przepływach.',
  'customApps.problemsTitle': 'Aplikacja nie została zaimportowana',
  'customApps.problemsIntro': {
    one: 'Manifest ma {count} problem; nic nie zostało zmienione. Popraw go i zaimportuj ponownie.',
    few: 'Manifest ma {count} problemy; nic nie zostało zmienione. Popraw je i zaimportuj ponownie.',
    many: 'Manifest ma {count} problemów; nic nie zostało zmienione. Popraw je i zaimportuj ponownie.',
    other: 'Manifest ma {count} problemu; nic nie zostało zmienione. Popraw je i zaimportuj ponownie.',
  },
  'customApps.problemsList': 'Problemy manifestu',
  'customApps.dismiss': 'Zamknij',
  'customApps.none': 'Nie ma jeszcze własnych aplikacji.',
  'customApps.listLabel': 'Zaimportowane własne aplikacje',
  'customApps.triggers': { one: '{count} wyzwalacz', few: '{count} wyzwalacze', many: '{count} wyzwalaczy', other: '{count} wyzwalacza' },
  'customApps.actions': { one: '{count} akcja', few: '{count} akcje', many: '{count} akcji', other: '{count} akcji' },
  'customApps.installedIn': {
    zero: 'niezainstalowana w żadnym sklepie',
    one: 'zainstalowana w {count} sklepie',
    few: 'zainstalowana w {count} sklepach',
    many: 'zainstalowana w {count} sklepach',
    other: 'zainstalowana w {count} sklepu',
  },
  'customApps.badge': 'Własna',
  'customApps.remove': 'Usuń',
  'customApps.removeLabel': 'Usuń {name}',
  'customApps.removeTitle': 'Usunąć {name}?',
  'customApps.removeBody':
    'Zostanie odinstalowana ze wszystkich sklepów, a jej konfiguracja zapomniana. Przepływy nie zostaną usunięte ani zmienione: ich kroki tej aplikacji pokażą „nieznana aplikacja”, dopóki nie zaimportujesz jej ponownie.',
  'customApps.removeNoWorkflows': 'Żaden przepływ jej nie używa.',
  'customApps.removeWorkflows': {
    one: 'Używa jej {count} przepływ:',
    few: 'Używają jej {count} przepływy:',
    many: 'Używa jej {count} przepływów:',
    other: 'Używa jej {count} przepływu:',
  },
  'customApps.removeConfirm': 'Usuń aplikację',
  'customApps.unreadable.title': 'Zapisane aplikacje, których nie można użyć',
  'customApps.unreadable.intro':
    'Te aplikacje są zapisane w tej przeglądarce, ale pominięto je w katalogu z podanego powodu. Usuń aplikację, a potem zaimportuj poprawiony manifest.',
  'customApps.unreadable.list': 'Zapisane aplikacje, których nie można użyć',
  'customApps.unreadable.removeLabel': 'Usuń zapisaną aplikację {id}',
};
