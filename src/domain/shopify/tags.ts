/**
 * Tags as Shopify keeps them: a list of texts, each at most 255 characters,
 * at most 250 per object, no repeats ignoring case (the first spelling is
 * kept), a comma separating tags in text. Shared by the built-in "Add order
 * tags" action and the simulated Admin API mutations, so both add, refuse
 * and count tags alike.
 */
import { MAX_TAG_LENGTH, MAX_TAGS } from './records';

/** Drops repeats ignoring case, keeping the first spelling and the order. */
export function uniqueIgnoringCase(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const key = item.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/**
 * Tags from text or a list of texts: every item split at commas, trimmed,
 * blanks dropped, repeats dropped. Undefined when the input is neither.
 */
export function splitTags(input: unknown): string[] | undefined {
  const items = typeof input === 'string' ? [input] : Array.isArray(input) && input.every((t) => typeof t === 'string') ? (input as string[]) : undefined;
  if (!items) return undefined;
  return uniqueIgnoringCase(items.flatMap((t) => t.split(',')).map((t) => t.trim()).filter((t) => t !== ''));
}

/** Why tags cannot be kept, in words; undefined when they can. `index` names the tag at fault. */
export function tagsProblem(tags: readonly string[]): { index?: number; message: string } | undefined {
  const index = tags.findIndex((t) => t.length > MAX_TAG_LENGTH);
  if (index >= 0) return { index, message: `the tag "${tags[index]!.slice(0, 40)}…" is longer than ${MAX_TAG_LENGTH} characters` };
  if (tags.length > MAX_TAGS) return { message: `${tags.length} tags; Shopify allows at most ${MAX_TAGS}` };
  return undefined;
}

/** The tags with `added` appended (repeats ignoring case dropped). */
export function addTags(before: readonly string[], added: readonly string[]): string[] {
  return uniqueIgnoringCase([...before, ...added]);
}

/** The tags without `removed` (compared ignoring case). */
export function removeTags(before: readonly string[], removed: readonly string[]): string[] {
  const drop = new Set(removed.map((t) => t.toLowerCase()));
  return before.filter((t) => !drop.has(t.toLowerCase()));
}

/** A record's tags as a list of texts (anything else reads as none). */
export function tagsOf(record: Record<string, unknown> | undefined): string[] {
  const tags = record?.tags;
  return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [];
}
