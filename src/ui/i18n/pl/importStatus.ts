/** Polish messages of an import's progress and outcome. */
import type { MessagesOf } from '../messages';
import type { importStatus as en } from '../en/importStatus';

export const importStatus: MessagesOf<typeof en> = {
  'importStatus.importing': 'Importowanie…',
  'importStatus.progress': 'Postęp importu',
  'importStatus.checking': {
    one: 'Sprawdzanie {done} z {count} przepływu…',
    few: 'Sprawdzanie {done} z {count} przepływów…',
    many: 'Sprawdzanie {done} z {count} przepływów…',
    other: 'Sprawdzanie {done} z {count} przepływu…',
  },
  'importStatus.saving': {
    one: 'Zapisywanie {done} z {count} przepływu…',
    few: 'Zapisywanie {done} z {count} przepływów…',
    many: 'Zapisywanie {done} z {count} przepływów…',
    other: 'Zapisywanie {done} z {count} przepływu…',
  },
  'importStatus.cancelImport': 'Anuluj import',
  'importStatus.cancelled': 'Import anulowany; nic nie zostało zaimportowane.',
  'importStatus.done.none': 'Plik nie zawierał żadnych przepływów.',
  'importStatus.done.workflows': {
    one: 'Zaimportowano {count} przepływ (wyłączony).',
    few: 'Zaimportowano {count} przepływy (wyłączone).',
    many: 'Zaimportowano {count} przepływów (wyłączonych).',
    other: 'Zaimportowano {count} przepływu (wyłączonego).',
  },
  'importStatus.done.copies': {
    one: '{count} trafił jako kopia, bo jego identyfikator był już zajęty: {names}.',
    few: '{count} trafiły jako kopie, bo ich identyfikatory były już zajęte: {names}.',
    many: '{count} trafiło jako kopie, bo ich identyfikatory były już zajęte: {names}.',
    other: '{count} trafiło jako kopie, bo ich identyfikatory były już zajęte: {names}.',
  },
  'importStatus.done.stores': {
    one: 'Dodano {count} sklep z jego aplikacjami; klucze i tokeny nigdy nie są eksportowane, więc wpisz je na stronie Organizacja.',
    few: 'Dodano {count} sklepy z ich aplikacjami; klucze i tokeny nigdy nie są eksportowane, więc wpisz je na stronie Organizacja.',
    many: 'Dodano {count} sklepów z ich aplikacjami; klucze i tokeny nigdy nie są eksportowane, więc wpisz je na stronie Organizacja.',
    other: 'Dodano {count} sklepu z ich aplikacjami; klucze i tokeny nigdy nie są eksportowane, więc wpisz je na stronie Organizacja.',
  },
  'importStatus.done.skipped': 'Już istniały i pozostały bez zmian: {names}.',
  'importStatus.quoted': '„{name}”',
  'importStatus.pasteTitle': 'Importuj wklejony JSON',
  'importStatus.pasteLabel': 'JSON do zaimportowania',
  'importStatus.importButton': 'Importuj',
};
