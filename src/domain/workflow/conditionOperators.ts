/**
 * Shopify Flow's condition operators: which apply to which data type, their
 * labels, and how a criterion and a group of criteria are evaluated. Used by
 * the condition builder, static validation and the engine, so the editor
 * never offers what the engine would evaluate differently.
 *
 * Evaluation is total: any value (missing, null, a list, an object, a
 * number given as text) gives true or false, never an exception. The rules:
 * - Text compares case-insensitively, without trimming.
 * - When either side is a number, both compare as numbers (numeric text
 *   is coerced); text that is not a number matches nothing.
 * - When either side is a boolean, both compare as booleans ("true"/"false").
 * - On a list value, an operator holds when it holds for at least one
 *   element; `includes` on a list means "has an element equal to", on text
 *   it means "contains the substring".
 * - `any_of` / `none_of` take a list (a single value counts as a list of
 *   one); other operators given a list as their value match nothing.
 * - Every negative operator is exactly the negation of its positive twin
 *   (`not_equal` = not `equal`...), so a missing value is `not_equal` to
 *   anything and `none_of` every list.
 * - is_empty: undefined, null, '' and [] are empty.
 * - An AND group with no items holds, an OR group with no items does not.
 */
import type { LocalizedText } from '../catalog/manifest';
import { type DataType, isListType } from '../catalog/shopifyObjects';
import type { ConditionGroup, ConditionValue, Criterion, ListCondition, Operator } from './document';

const TEXT_OPERATORS: readonly Operator[] = [
  'equal',
  'not_equal',
  'includes',
  'not_includes',
  'starts_with',
  'ends_with',
  'any_of',
  'none_of',
  'is_empty',
  'is_not_empty',
];
const NUMBER_OPERATORS: readonly Operator[] = [
  'equal',
  'not_equal',
  'greater_than',
  'greater_or_equal',
  'less_than',
  'less_or_equal',
  'any_of',
  'none_of',
  'is_empty',
  'is_not_empty',
];
const BOOLEAN_OPERATORS: readonly Operator[] = ['equal', 'not_equal'];
const LIST_OPERATORS: readonly Operator[] = ['includes', 'not_includes', 'is_empty', 'is_not_empty'];
const REFERENCE_OPERATORS: readonly Operator[] = ['equal', 'not_equal', 'is_empty', 'is_not_empty'];

/** The operators a condition may use on a field of this type, in the order the builder lists them. */
export function operatorsFor(type: DataType): readonly Operator[] {
  if (isListType(type)) return LIST_OPERATORS;
  switch (type) {
    case 'single_line_text_field':
    case 'multi_line_text_field':
    case 'email':
    case 'url':
      return TEXT_OPERATORS;
    case 'number_integer':
    case 'number_decimal':
      return NUMBER_OPERATORS;
    case 'boolean':
      return BOOLEAN_OPERATORS;
    case 'customer_reference':
    case 'order_reference':
    case 'product_reference':
      return REFERENCE_OPERATORS;
  }
}

/** What value an operator takes: none (is_empty), a list (any_of) or one value. */
export type OperandKind = 'none' | 'list' | 'single';

/** The shape of the value the builder asks for with this operator. */
export function operandKind(operator: Operator): OperandKind {
  if (operator === 'is_empty' || operator === 'is_not_empty') return 'none';
  if (operator === 'any_of' || operator === 'none_of') return 'list';
  return 'single';
}

/** How each operator reads in the condition builder, in English and Polish. */
export const OPERATOR_LABELS: Readonly<Record<Operator, LocalizedText>> = {
  equal: { en: 'is equal to', pl: 'jest równe' },
  not_equal: { en: 'is not equal to', pl: 'nie jest równe' },
  greater_than: { en: 'is greater than', pl: 'jest większe niż' },
  greater_or_equal: { en: 'is greater than or equal to', pl: 'jest większe lub równe' },
  less_than: { en: 'is less than', pl: 'jest mniejsze niż' },
  less_or_equal: { en: 'is less than or equal to', pl: 'jest mniejsze lub równe' },
  includes: { en: 'includes', pl: 'zawiera' },
  not_includes: { en: 'does not include', pl: 'nie zawiera' },
  starts_with: { en: 'starts with', pl: 'zaczyna się od' },
  ends_with: { en: 'ends with', pl: 'kończy się na' },
  any_of: { en: 'is any of', pl: 'jest jednym z' },
  none_of: { en: 'is none of', pl: 'nie jest żadnym z' },
  is_empty: { en: 'is empty', pl: 'jest puste' },
  is_not_empty: { en: 'is not empty', pl: 'nie jest puste' },
};

type Positive = Exclude<Operator, 'not_equal' | 'not_includes' | 'none_of' | 'is_not_empty'>;
const NEGATION: Partial<Record<Operator, Positive>> = {
  not_equal: 'equal',
  not_includes: 'includes',
  none_of: 'any_of',
  is_not_empty: 'is_empty',
};

/** True when the value counts as empty: undefined, null, '' or an empty list. */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Whether `value` (the data at the criterion's field; undefined when
 * missing) satisfies the criterion. Total: never throws.
 */
export function evaluateCriterion(criterion: Pick<Criterion, 'operator' | 'value'>, value: unknown): boolean {
  const negated = NEGATION[criterion.operator];
  if (negated) return !evaluatePositive(negated, criterion.value, value);
  return evaluatePositive(criterion.operator as Positive, criterion.value, value);
}

function evaluatePositive(operator: Positive, expected: ConditionValue | undefined, actual: unknown): boolean {
  if (operator === 'is_empty') return isEmptyValue(actual);
  if (operator === 'any_of') {
    if (expected === undefined) return false;
    const options: unknown[] = Array.isArray(expected) ? expected : [expected];
    return someElement(actual, (a) => options.some((o) => looseEqual(a, o)));
  }
  if (expected === undefined || Array.isArray(expected)) return false;
  if (operator === 'includes' && Array.isArray(actual)) return actual.some((a) => looseEqual(a, expected));
  return someElement(actual, (a) => compareScalar(operator, a, expected));
}

/** Applies a test to a value, or to each element of a list value (true if any passes). */
function someElement(actual: unknown, test: (scalar: unknown) => boolean): boolean {
  return Array.isArray(actual) ? actual.some(test) : test(actual);
}

function compareScalar(operator: Positive, actual: unknown, expected: string | number | boolean): boolean {
  switch (operator) {
    case 'equal':
      return looseEqual(actual, expected);
    case 'greater_than':
    case 'greater_or_equal':
    case 'less_than':
    case 'less_or_equal': {
      const a = toNumber(actual);
      const e = toNumber(expected);
      if (a === undefined || e === undefined) return false;
      if (operator === 'greater_than') return a > e;
      if (operator === 'greater_or_equal') return a >= e;
      if (operator === 'less_than') return a < e;
      return a <= e;
    }
    case 'includes':
    case 'starts_with':
    case 'ends_with': {
      const a = toText(actual);
      if (a === undefined) return false;
      const e = String(expected).toLowerCase();
      if (operator === 'includes') return a.includes(e);
      return operator === 'starts_with' ? a.startsWith(e) : a.endsWith(e);
    }
    default:
      return false;
  }
}

/** Equality by the module's rules: numbers numerically, booleans as booleans, text case-insensitively. */
function looseEqual(actual: unknown, expected: unknown): boolean {
  if (typeof actual === 'number' || typeof expected === 'number') {
    const a = toNumber(actual);
    const e = toNumber(expected);
    return a !== undefined && a === e;
  }
  if (typeof actual === 'boolean' || typeof expected === 'boolean') {
    const a = toBoolean(actual);
    return a !== undefined && a === toBoolean(expected);
  }
  const a = toText(actual);
  const e = toText(expected);
  return a !== undefined && a === e;
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const lower = value.trim().toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

/** Lower-cased text of a scalar; undefined for missing values, lists and objects. */
function toText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.toLowerCase();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).toLowerCase();
  return undefined;
}

/** Paths split at their dots, kept by text (a run reads the same few paths again and again). */
const splitPaths = new Map<string, readonly string[]>();
/** Most split paths kept; past that the cache starts again empty. */
const SPLIT_PATHS_MAX = 1000;

function partsOf(path: string): readonly string[] {
  let parts = splitPaths.get(path);
  if (!parts) {
    if (splitPaths.size >= SPLIT_PATHS_MAX) splitPaths.clear();
    splitPaths.set(path, (parts = Object.freeze(path.split('.'))));
  }
  return parts;
}

/**
 * The value at a dotted path like `order.total_price` in the run's data, or
 * undefined when any part is missing. Reads own properties only, so a path
 * like `trigger.constructor` finds nothing.
 */
export function resolvePath(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const part of partsOf(path)) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/**
 * Whether the run's data satisfies a (possibly nested) group of criteria.
 * Total: never throws.
 *
 * A list condition checks its criteria against each item of its list, with
 * the item bound to its name (`lineItems_item`) beside the run's data:
 * "at least one of" holds when some item passes, "all of" when every item
 * does, "none of" when no item does. On an empty list, or a value that is
 * not a list (missing, null), "at least one of" does not hold and "all of"
 * and "none of" do (Flow documents none of → true; all of is vacuously true).
 */
export function evaluateGroup(group: ConditionGroup, data: unknown): boolean {
  const holds = (item: ConditionGroup['items'][number]): boolean => {
    if (item.kind === 'group') return evaluateGroup(item, data);
    if (item.kind === 'quantifier') return evaluateList(item, data);
    return evaluateCriterion(item, resolvePath(data, item.field));
  };
  return group.join === 'and' ? group.items.every(holds) : group.items.some(holds);
}

function evaluateList(condition: ListCondition, data: unknown): boolean {
  const list = resolvePath(data, condition.list);
  const items: readonly unknown[] = Array.isArray(list) ? list : [];
  const passes = (item: unknown) => evaluateGroup(condition.criteria, withBinding(data, condition.item, item));
  switch (condition.quantifier) {
    case 'any':
      return items.some(passes);
    case 'all':
      return items.every(passes);
    case 'none':
      return !items.some(passes);
  }
}

/** The data with one more root (a list item's name), the rest shared, not copied. */
export function withBinding(data: unknown, name: string, value: unknown): Record<string, unknown> {
  const base = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(base)) out[key] = base[key];
  out[name] = value;
  return out;
}

/**
 * One line of a condition's explanation (explainGroup), flat and outermost
 * first: `depth` says how far in it sits (0: an item of the condition's own
 * group). A group line says how its items were joined; a criterion line
 * what it read and whether it held; a list line how many items passed and,
 * when one item settled it, which (its criteria follow one level deeper,
 * explained for that item).
 */
export type CriterionResult =
  | { kind: 'group'; depth: number; join: 'and' | 'or'; held: boolean }
  | { kind: 'criterion'; depth: number; field: string; operator: Operator; expected?: ConditionValue; actual: unknown; held: boolean }
  | {
      kind: 'quantifier';
      depth: number;
      list: string;
      quantifier: ListCondition['quantifier'];
      /** Items in the list (0 when it is missing or not a list). */
      count: number;
      /** Items whose criteria held. */
      passed: number;
      held: boolean;
      /** The item that settled it: the first that passed (at least one of, none of) or failed (all of); absent when every item had to be looked at. */
      deciding?: { index: number; item?: string };
    };

/**
 * Why a condition went the way it did, line by line (see CriterionResult),
 * with the same rules as evaluateGroup: `explainGroup(g, d)` holds exactly
 * when `evaluateGroup(g, d)` does (the lines of the group's own items are
 * returned; the group's result is `held`). `label` names a list item for
 * people (loopItemLabel in kinds/forEach.ts, passed in to keep this module
 * free of kinds). Total: never throws.
 */
export function explainGroup(
  group: ConditionGroup,
  data: unknown,
  label: (item: unknown) => string | undefined = () => undefined,
  depth = 0,
): { held: boolean; lines: CriterionResult[] } {
  const lines: CriterionResult[] = [];
  // The group holds as evaluateGroup says, from its items' results worked out here (each
  // item's line holds exactly when evaluateGroup's test of that item does).
  let all = true;
  let some = false;
  for (const item of group.items) {
    let held: boolean;
    if (item.kind === 'group') {
      const inner = explainGroup(item, data, label, depth + 1);
      held = inner.held;
      lines.push({ kind: 'group', depth, join: item.join, held }, ...inner.lines);
    } else if (item.kind === 'quantifier') {
      const explained = explainList(item, data, label, depth);
      held = explained[0]!.held;
      lines.push(...explained);
    } else {
      const actual = resolvePath(data, item.field);
      held = evaluateCriterion(item, actual);
      lines.push({
        kind: 'criterion',
        depth,
        field: item.field,
        operator: item.operator,
        ...(item.value !== undefined ? { expected: item.value } : {}),
        actual: actual ?? null,
        held,
      });
    }
    all &&= held;
    some ||= held;
  }
  return { held: group.join === 'and' ? all : some, lines };
}

function explainList(condition: ListCondition, data: unknown, label: (item: unknown) => string | undefined, depth: number): CriterionResult[] {
  const list = resolvePath(data, condition.list);
  const items: readonly unknown[] = Array.isArray(list) ? list : [];
  const results = items.map((item) => evaluateGroup(condition.criteria, withBinding(data, condition.item, item)));
  const passed = results.filter(Boolean).length;
  // "At least one of" and "none of" are settled by the first item that passes, "all of" by the first that fails.
  const index = condition.quantifier === 'all' ? results.indexOf(false) : results.indexOf(true);
  const held = evaluateList(condition, data);
  const line: CriterionResult = { kind: 'quantifier', depth, list: condition.list, quantifier: condition.quantifier, count: items.length, passed, held };
  if (index < 0) return [line];
  const item = items[index];
  const name = label(item);
  line.deciding = { index, ...(name !== undefined ? { item: name } : {}) };
  return [line, ...explainGroup(condition.criteria, withBinding(data, condition.item, item), label, depth + 1).lines];
}
