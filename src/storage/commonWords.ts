/**
 * The words an import left out of its workflows' `words` index entries
 * (db.ts WorkflowListFields) because more than LOOKUP_LIMIT workflows of its
 * file hold them: a search for a term such a word begins would scan the
 * list's keys anyway (workflowSummaries.ts), so their entries only cost the
 * import (about 0.2 s of IndexedDB's CPU per 10,000 workflows for two words
 * each, docs/benchmarks.md "import-10k, fifth pass"). The list of them is
 * kept in the settings table (no new database version) so that the search
 * counts a term they begin as too common (a scan of the complete
 * `[rank+search]` keys) instead of trusting the incomplete `words` count:
 * the search finds exactly what it found with every word indexed. The list
 * only grows; a word in it that no workflow holds any more only makes a
 * search for it scan.
 */
import { z } from 'zod';
import type { FlowbenchDb, StorageNoteKey } from './db';

const KEY: StorageNoteKey = 'workflowCommonWords';
const CommonWords = z.array(z.string());

/** Above this many workflows holding the query's rarest word, the search scans the list index's keys. */
export const LOOKUP_LIMIT = 1_000;

/**
 * The words left out of some record's `words`; undefined when the stored list cannot be read (then
 * no word count can be trusted, and every search scans). Inside the caller's transaction (settings).
 */
export async function readCommonWords(db: FlowbenchDb): Promise<string[] | undefined> {
  const record = await db.settings.get(KEY);
  if (!record) return [];
  const parsed = CommonWords.safeParse(record.value);
  if (parsed.success) return parsed.data;
  console.warn(`Ignored the list of common search words: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return undefined;
}

/** The words of the given search word lists (one per workflow) held by more than LOOKUP_LIMIT of them. */
export function wordsHeldByMany(wordLists: Iterable<readonly string[]>): string[] {
  const holders = new Map<string, number>();
  for (const words of wordLists) for (const word of words) holders.set(word, (holders.get(word) ?? 0) + 1);
  return [...holders].filter(([, n]) => n > LOOKUP_LIMIT).map(([word]) => word);
}

/**
 * Adds `words` to the stored list (inside the caller's read-write transaction, settings included)
 * and returns the words records may now leave out: the whole list. An unreadable list is left as it
 * is and nothing may be left out (a search then scans, whatever the words index holds).
 */
export async function addCommonWords(db: FlowbenchDb, words: readonly string[], now: string): Promise<ReadonlySet<string>> {
  const stored = await readCommonWords(db);
  if (stored === undefined) return new Set();
  const all = new Set(stored);
  const before = all.size;
  for (const word of words) all.add(word);
  if (all.size > before) await db.settings.put({ key: KEY, value: [...all], schemaVersion: 1, updatedAt: now });
  return all;
}
