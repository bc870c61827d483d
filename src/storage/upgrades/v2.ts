/** v2's upgrade: every workflow gets a revision (a revision-checked save works on records written before). */
import type { Transaction } from 'dexie';

export function upgrade(tx: Transaction) {
  return tx
    .table('workflows')
    .toCollection()
    .modify((record: { revision?: number }) => {
      record.revision ??= 1;
    });
}
