/**
 * Pure, immutable edits of a condition's criteria tree, addressed by paths
 * of item indices (`[1, 0]` = the first item of the group that is the
 * second item of the root). A list condition ("at least one of"...) is
 * stepped through into its criteria: `[2, 0]` is the first criterion inside
 * the list condition at `[2]`, and "the group at `[2]`" is its criteria.
 * The condition builder turns each gesture into one of these and dispatches
 * the whole new tree as `updateCondition`, one typed operation (undoable).
 *
 * Contract: every function returns a new root and leaves its input
 * untouched; a path that does not lead where the edit expects (past the
 * end, through a criterion) leaves the tree as it was, returning the same
 * object, so a stale click can never corrupt the document.
 */
import type { ConditionGroup, Criterion, ListCondition } from '../../domain/workflow/document';

export type ConditionItem = Criterion | ConditionGroup | ListCondition;
/** Indices from the root group down to an item. `[]` is the root group itself. */
export type ItemPath = readonly number[];

/** The group an item holds: a group itself, a list condition's criteria; none for a criterion. */
function groupOf(item: ConditionItem): ConditionGroup | undefined {
  return item.kind === 'group' ? item : item.kind === 'quantifier' ? item.criteria : undefined;
}

/** The item at a path, or undefined when the path leads nowhere. */
export function itemAt(root: ConditionGroup, path: ItemPath): ConditionItem | undefined {
  let item: ConditionItem = root;
  for (const index of path) {
    const group = groupOf(item);
    if (!group) return undefined;
    const next: ConditionItem | undefined = group.items[index];
    if (!next) return undefined;
    item = next;
  }
  return item;
}

/** Replaces the item at a (non-empty) path with what `change` makes of it. */
export function updateAt(
  root: ConditionGroup,
  path: ItemPath,
  change: (item: ConditionItem) => ConditionItem,
): ConditionGroup {
  if (path.length === 0) {
    const next = change(root);
    return next.kind === 'group' ? next : root;
  }
  const [index, ...rest] = path as [number, ...number[]];
  const child = root.items[index];
  if (!child) return root;
  let next: ConditionItem;
  if (rest.length === 0) next = change(child);
  else if (child.kind === 'group') next = updateAt(child, rest, change);
  else if (child.kind === 'quantifier') {
    const criteria = updateAt(child.criteria, rest, change);
    next = criteria === child.criteria ? child : { ...child, criteria };
  } else return root;
  if (next === child) return root;
  const items = root.items.slice();
  items[index] = next;
  return { ...root, items };
}

/** Changes the group at `groupPath` (the root for `[]`, a list condition's criteria); unchanged when the path holds no group. */
function updateGroup(root: ConditionGroup, groupPath: ItemPath, change: (group: ConditionGroup) => ConditionGroup) {
  return updateAt(root, groupPath, (item) => {
    if (item.kind === 'group') return change(item);
    if (item.kind !== 'quantifier') return item;
    const criteria = change(item.criteria);
    return criteria === item.criteria ? item : { ...item, criteria };
  });
}

/** Removes the item at a path (a criterion or a whole nested group). The root cannot be removed. */
export function removeAt(root: ConditionGroup, path: ItemPath): ConditionGroup {
  if (path.length === 0) return root;
  const parentPath = path.slice(0, -1);
  const index = path[path.length - 1]!;
  return updateGroup(root, parentPath, (group) =>
    index < group.items.length ? { ...group, items: group.items.filter((_, i) => i !== index) } : group,
  );
}

/** Appends a criterion (or a list condition) to the group at `groupPath`. */
export function addCriterion(root: ConditionGroup, groupPath: ItemPath, criterion: Criterion | ListCondition): ConditionGroup {
  return updateGroup(root, groupPath, (group) => ({ ...group, items: [...group.items, criterion] }));
}

/** Changes the list condition at `path` ("at least one of" → "none of"...); unchanged when it is none. */
export function updateListAt(root: ConditionGroup, path: ItemPath, change: (condition: ListCondition) => ListCondition): ConditionGroup {
  return updateAt(root, path, (item) => (item.kind === 'quantifier' ? change(item) : item));
}

/**
 * Appends a nested group to the group at `groupPath`, holding `first` when
 * given. A new group joins the other way from its parent (an AND group gets
 * an OR group), which is why one nests groups at all.
 */
export function addGroup(root: ConditionGroup, groupPath: ItemPath, first?: Criterion): ConditionGroup {
  return updateGroup(root, groupPath, (group) => ({
    ...group,
    items: [...group.items, { kind: 'group', join: group.join === 'and' ? 'or' : 'and', items: first ? [first] : [] }],
  }));
}

/** Sets how the group at `groupPath` joins its items. */
export function setJoin(root: ConditionGroup, groupPath: ItemPath, join: ConditionGroup['join']): ConditionGroup {
  return updateGroup(root, groupPath, (group) => (group.join === join ? group : { ...group, join }));
}

/**
 * The `field` a validation problem carries for the item at `index` of a
 * group, given the group's own field: `criteria` for the root, so
 * `criteria.items.1`, and `criteria.items.2.criteria` for the criteria of
 * the list condition at 2 (see validateCondition.ts).
 */
export function problemFieldOf(groupField: string, index: number): string {
  return `${groupField}.items.${index}`;
}

/** The `field` of a list condition's criteria group, given the list condition's own field. */
export function criteriaFieldOf(listField: string): string {
  return `${listField}.criteria`;
}

/** How a path reads to a person: `[1, 0]` → "2.1". */
export function pathLabel(path: ItemPath): string {
  return path.map((i) => i + 1).join('.');
}
