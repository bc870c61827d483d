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
  'transfer.export.noneSelected': 'Zaznacz co najmniej jeden przepływ do eksportu.',
  'transfer.export.gone': 'Zaznaczone przepływy już nie istnieją.',
};
