/**
 * What every row and group of the condition builder shares: validation's
 * problems by criterion place, and the one way to change the tree. Built
 * once per change of those by the builder and passed down as one stable
 * object, so memoised rows re-render only when their own criterion changes.
 * What a row can read is its scope, passed down with it: a list condition's
 * criteria have one more variable, its item (`lineItems_item`).
 */
import type { ConditionGroup } from '../../domain/workflow/document';
import type { Problem } from '../../domain/workflow/problems';

export interface BuilderContext {
  /** Problems by their `field` (`criteria.items.0`, `criteria.items.1.criteria.items.0`...). */
  readonly problemsAt: ReadonlyMap<string, readonly Problem[]>;
  /**
   * Applies an edit to the latest criteria and dispatches the whole tree
   * as one `updateCondition`. `typing` merges consecutive edits into one undo entry.
   */
  readonly edit: (change: (root: ConditionGroup) => ConditionGroup, typing?: boolean) => void;
}

/** `"1.0"` ↔ `[1, 0]`: paths as strings, so memoised components compare them by value. */
export function toPathKey(path: readonly number[]): string {
  return path.join('.');
}

export function fromPathKey(key: string): number[] {
  return key === '' ? [] : key.split('.').map(Number);
}
