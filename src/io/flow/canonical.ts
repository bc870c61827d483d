/**
 * The canonical text of a Flow workflow file, as the Shopify CLI writes
 * `workflow.flow.json` (FORMAT.md §1 [D C1]): keys sorted recursively by
 * JavaScript's `localeCompare`, `JSON.stringify(…, null, 2)`, one trailing
 * newline; arrays keep their order. Equal workflows give equal bytes, so a
 * `git diff` of two exports shows only real changes.
 */

/** A deep copy with every object's keys in `localeCompare` order (undefined values left out, as JSON does). */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort((a, b) => a.localeCompare(b))
        .filter((key) => record[key] !== undefined)
        .map((key) => [key, sortKeysDeep(record[key])]),
    );
  }
  return value;
}

/** The canonical text of a Flow document (or any JSON value). */
export function canonicalFlowText(value: unknown): string {
  return `${JSON.stringify(sortKeysDeep(value), null, 2)}\n`;
}
