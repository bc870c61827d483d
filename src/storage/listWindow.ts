/**
 * Reads positions `offset` … `offset + limit - 1` of an ordered list held by
 * an index, walking from whichever end is nearer: IndexedDB skips to the
 * offset over index keys natively, so the last page costs what the first
 * does, whatever the list's length. Used by the run history and the
 * workflow list.
 */
import type { Collection } from 'dexie';

export async function readListWindow<T, K>(
  inOrder: () => Collection<T, K>,
  reversed: () => Collection<T, K>,
  total: number,
  offset: number,
  limit: number,
): Promise<T[]> {
  const start = Math.max(0, offset);
  const count = Math.max(0, Math.min(limit, total - start));
  if (count === 0) return [];
  if (start + count / 2 <= total / 2) return inOrder().offset(start).limit(count).toArray();
  // The far half: walk from the other end.
  return (await reversed().offset(total - start - count).limit(count).toArray()).reverse();
}
