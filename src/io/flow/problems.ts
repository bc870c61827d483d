/**
 * A problem found in a Shopify Flow file, sorted into Flow's own buckets
 * (FORMAT.md §16: configFieldErrors, conditionErrors, foreachBodyErrors,
 * taskErrors, plus `file` for the envelope) so a Flow user recognises it.
 * Layers below the UI return a code and params; the UI words them.
 */

/** Flow's error buckets, and `file` for what is wrong with the file itself. */
export const FLOW_PROBLEM_BUCKETS = ['configField', 'condition', 'foreachBody', 'task', 'file'] as const;
export type FlowProblemBucket = (typeof FLOW_PROBLEM_BUCKETS)[number];

/** One problem: where (a JSON path from the file's root), which rule (a code) and its details. */
export interface FlowProblem {
  bucket: FlowProblemBucket;
  /** JSON path, e.g. `['root', 'steps', 3, 'config_field_values', 0, 'value']`. */
  path: (string | number)[];
  /** The rule broken, e.g. `CONDITION_SYNTAX` (the codes of FORMAT.md §16 and the modules' own). */
  code: string;
  params?: Record<string, string | number>;
}
