/** v4's upgrade: stores made before ran their schedules in UTC, so they get UTC and nothing they do changes. */
import type { Transaction } from 'dexie';
import { DEFAULT_STORE_TIME_ZONE } from '../../domain/org/organization';

export function upgrade(tx: Transaction) {
  return tx
    .table('stores')
    .toCollection()
    .modify((record: { timeZone?: string }) => {
      record.timeZone ??= DEFAULT_STORE_TIME_ZONE;
    });
}
