/** Polish messages of import and export. */
import type { MessagesOf } from '../messages';
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
  'transfer.progress': 'Postęp importu',
  'transfer.checking': {
    one: 'Sprawdzanie {done} z {count} przepływu…',
    few: 'Sprawdzanie {done} z {count} przepływów…',
    many: 'Sprawdzanie {done} z {count} przepływów…',
    other: 'Sprawdzanie {done} z {count} przepływu…',
  },
  'transfer.saving': {
    one: 'Zapisywanie {done} z {count} przepływu…',
    few: 'Zapisywanie {done} z {count} przepływów…',
    many: 'Zapisywanie {done} z {count} przepływów…',
    other: 'Zapisywanie {done} z {count} przepływu…',
  },
  'transfer.cancelImport': 'Anuluj import',
  'transfer.cancelled': 'Import anulowany; nic nie zostało zaimportowane.',
  'transfer.pasteTitle': 'Importuj wklejony JSON',
  'transfer.pasteLabel': 'JSON do zaimportowania',
  'transfer.importButton': 'Importuj',
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
