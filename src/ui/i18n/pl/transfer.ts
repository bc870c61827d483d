/** Polish messages of import and export. */
import type { MessagesOf } from '../catalog';
import type { transfer as en } from '../en/transfer';

export const transfer: MessagesOf<typeof en> = {
  'transfer.group': 'Import i eksport',
  'transfer.import': 'Importuj…',
  'transfer.importFile': 'Importuj z pliku',
  'transfer.paste': 'Wklej JSON…',
  'transfer.exportAll': 'Eksportuj wszystko',
  'transfer.exportSelected': 'Eksportuj zaznaczone ({count})',
  'transfer.drop': 'Upuść eksport Flowbench, aby go zaimportować',
  'transfer.importing': 'Importowanie…',
  'transfer.pasteTitle': 'Importuj wklejony JSON',
  'transfer.pasteLabel': 'JSON do zaimportowania',
  'transfer.importButton': 'Importuj',
  'transfer.problems.title': 'Nic nie zostało zaimportowane',
  'transfer.problems.intro': {
    one: 'Plik ma {count} problem; Twoje przepływy i konfiguracja nie zostały zmienione. Popraw go i zaimportuj plik ponownie.',
    few: 'Plik ma {count} problemy; Twoje przepływy i konfiguracja nie zostały zmienione. Popraw je i zaimportuj plik ponownie.',
    many: 'Plik ma {count} problemów; Twoje przepływy i konfiguracja nie zostały zmienione. Popraw je i zaimportuj plik ponownie.',
    other: 'Plik ma {count} problemu; Twoje przepływy i konfiguracja nie zostały zmienione. Popraw je i zaimportuj plik ponownie.',
  },
  'transfer.problems.list': 'Problemy importu',
  'transfer.done.none': 'Plik nie zawierał żadnych przepływów.',
  'transfer.done.workflows': {
    one: 'Zaimportowano {count} przepływ (wyłączony).',
    few: 'Zaimportowano {count} przepływy (wyłączone).',
    many: 'Zaimportowano {count} przepływów (wyłączonych).',
    other: 'Zaimportowano {count} przepływu (wyłączonego).',
  },
  'transfer.done.copies': {
    one: '{count} trafił jako kopia, bo jego identyfikator był już zajęty: {names}.',
    few: '{count} trafiły jako kopie, bo ich identyfikatory były już zajęte: {names}.',
    many: '{count} trafiło jako kopie, bo ich identyfikatory były już zajęte: {names}.',
    other: '{count} trafiło jako kopie, bo ich identyfikatory były już zajęte: {names}.',
  },
  'transfer.done.stores': {
    one: 'Dodano {count} sklep z jego aplikacjami; klucze i tokeny nigdy nie są eksportowane, więc wpisz je na stronie Organizacja.',
    few: 'Dodano {count} sklepy z ich aplikacjami; klucze i tokeny nigdy nie są eksportowane, więc wpisz je na stronie Organizacja.',
    many: 'Dodano {count} sklepów z ich aplikacjami; klucze i tokeny nigdy nie są eksportowane, więc wpisz je na stronie Organizacja.',
    other: 'Dodano {count} sklepu z ich aplikacjami; klucze i tokeny nigdy nie są eksportowane, więc wpisz je na stronie Organizacja.',
  },
  'transfer.done.skipped': 'Już istniały i pozostały bez zmian: {names}.',
  'transfer.quoted': '„{name}”',
  'transfer.export.noneSelected': 'Zaznacz co najmniej jeden przepływ do eksportu.',
  'transfer.export.gone': 'Zaznaczone przepływy już nie istnieją.',
};
