/**
 * One string object per distinct text, for what every node and link of a large
 * canvas repeats (class lists, accessible names): built per node, 5,000 nodes
 * held 5,000 equal strings each (docs/benchmarks.md, memory-5000); through
 * this table they hold one. Bounded: past {@link LIMIT} distinct texts (a long
 * session over many workflows) the table starts again, which only costs the
 * sharing.
 */
const LIMIT = 20_000;
const table = new Map<string, string>();

/** `text`, or the equal string handed out before. */
export function interned(text: string): string {
  const known = table.get(text);
  if (known !== undefined) return known;
  if (table.size >= LIMIT) table.clear();
  table.set(text, text);
  return text;
}
