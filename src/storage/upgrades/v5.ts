/** v5's upgrade: every run gets a write order (0: older than any tie written since), so the compound list indexes hold it. */
import type { Transaction } from 'dexie';

export function upgrade(tx: Transaction) {
  return tx
    .table('runs')
    .toCollection()
    .modify((record: { seq?: number }) => {
      record.seq ??= 0;
    });
}
