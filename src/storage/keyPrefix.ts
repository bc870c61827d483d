/**
 * Rows of a table whose compound primary key begins with `prefix`, as a range
 * of the primary key: from `[...prefix]` (shorter arrays sort before every
 * longer one that begins the same) to `[...prefix, maxKey]` (`Dexie.maxKey`, an
 * array, sorts after every string part). Tables whose queries name a leading
 * part of the key (a store's sandbox rows, a store's faults) so need no index
 * of their own for it: v10 dropped those that were prefixes of the key, which
 * every row written updated.
 */
import Dexie, { type Collection, type Table } from 'dexie';

export function byKeyPrefix<T, K, I>(table: Table<T, K, I>, prefix: readonly string[]): Collection<T, K, I> {
  return table.where(':id').between([...prefix], [...prefix, Dexie.maxKey], true, true);
}
