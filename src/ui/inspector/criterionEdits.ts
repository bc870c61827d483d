/**
 * Pure edits of one criterion in the condition builder: choosing a field or
 * an operator keeps the criterion well-formed for the schema and as valid as
 * it can be (an operator the new field's type allows, a value of the shape
 * the operator takes), and the value text a person types is turned into the
 * value stored.
 *
 * Values are stored as typed where the field's type says how: numbers of
 * number fields as numbers, true/false of boolean fields as booleans, lists
 * (`is any of`) as lists of trimmed, non-empty text. Text that is not a
 * number is kept as typed, so validation can point at it.
 */
import type { DataType } from '../../domain/catalog/shopifyObjects';
import { operandKind, operatorsFor } from '../../domain/workflow/conditionOperators';
import type { ConditionValue, Criterion, ListCondition, Operator, Quantifier } from '../../domain/workflow/document';
import { type Scope, resolvePathIn, withVariables } from '../../domain/workflow/scope';
import { listItemName, scopeFieldGroups } from '../../domain/workflow/scopeFields';
import { itemShape } from '../../domain/workflow/shapes';

/** A field a criterion can read: its path and type (none for JSON nobody typed, compared as text). */
export interface FieldRef {
  readonly path: string;
  readonly type?: DataType;
}

const typeOf = (field: FieldRef): DataType => field.type ?? 'single_line_text_field';

/** A value for a new criterion of this operator on this type: none, an empty list, `true` or empty text. */
export function initialValue(type: DataType, operator: Operator): ConditionValue | undefined {
  const kind = operandKind(operator);
  if (kind === 'none') return undefined;
  if (kind === 'list') return [];
  return type === 'boolean' ? true : '';
}

function build(field: string, operator: Operator, value: ConditionValue | undefined): Criterion {
  return value === undefined ? { kind: 'criterion', field, operator } : { kind: 'criterion', field, operator, value };
}

/** A new criterion on a field: its type's first operator and an initial value. */
export function newCriterion(field: FieldRef): Criterion {
  const operator = operatorsFor(typeOf(field))[0]!;
  return build(field.path, operator, initialValue(typeOf(field), operator));
}

/**
 * A new list condition over `list` in `scope`: its item named as Flow names
 * it (unique in the scope), and one criterion on the item's first field
 * that can be compared, so the person sees at once what the item offers.
 */
export function newListCondition(scope: Scope, list: string, quantifier: Quantifier = 'any'): ListCondition {
  return withList({ kind: 'quantifier', quantifier, list: '', item: '', criteria: { kind: 'group', join: 'and', items: [] } }, scope, list);
}

/**
 * The list condition going through another list. Its item gets the new
 * list's name; criteria that read the old item no longer make sense, so
 * they start over with one criterion on the new item (undo brings them back).
 * The same condition when the list is the same.
 *
 * @param scope the scope the list condition is in (without its own item)
 */
export function withList(condition: ListCondition, scope: Scope, list: string): ListCondition {
  if (condition.list === list && condition.item !== '') return condition;
  const item = listItemName(scope, list);
  const inside = itemScope(scope, list, item);
  const first = inside && scopeFieldGroups(inside).find((g) => g.variable.name === item)?.fields.find((f) => f.comparable);
  return { kind: 'quantifier', quantifier: condition.quantifier, list, item, criteria: { kind: 'group', join: 'and', items: first ? [newCriterion(first)] : [] } };
}

/** The scope inside a list condition over `list`: the scope with the item, or undefined when `list` is no list there. */
export function itemScope(scope: Scope, list: string, item: string): Scope | undefined {
  const resolved = resolvePathIn(scope, list);
  if (!resolved.ok || resolved.path.listsCrossed.length > 0) return undefined;
  const { shape: listShape, labels } = resolved.path;
  const shape = listShape.kind === 'json' ? listShape : itemShape(listShape);
  if (!shape) return undefined;
  return withVariables(scope, [{ name: item, label: labels.at(-1)!, shape, origin: 'condition-item' }]);
}

/**
 * The criterion reading another field. The operator is kept when the new
 * field's type allows it (else its first operator); the value is kept when
 * the type is the same, else it starts over.
 *
 * @param previous the type of the field the criterion read before, when known
 */
export function withField(criterion: Criterion, field: FieldRef, previous: DataType | undefined): Criterion {
  const type = typeOf(field);
  const allowed = operatorsFor(type);
  const operator = allowed.includes(criterion.operator) ? criterion.operator : allowed[0]!;
  if (previous === type && operator === criterion.operator) return build(field.path, operator, criterion.value);
  return build(field.path, operator, initialValue(type, operator));
}

/** The criterion with another operator, its value reshaped for what that operator takes. */
export function withOperator(criterion: Criterion, operator: Operator, type: DataType | undefined): Criterion {
  const kind = operandKind(operator);
  const { value } = criterion;
  if (kind === 'none') return build(criterion.field, operator, undefined);
  if (kind === 'list') {
    if (Array.isArray(value)) return build(criterion.field, operator, value);
    const one = value === undefined || value === '' ? [] : [String(value)];
    return build(criterion.field, operator, one);
  }
  if (Array.isArray(value)) {
    const first = value[0];
    return build(criterion.field, operator, first === undefined ? '' : parseSingle(first, type));
  }
  return build(criterion.field, operator, value ?? (type ? initialValue(type, operator) : ''));
}

/** `"a, b ,,c"` → `['a', 'b', 'c']`: comma-separated text as a list, blanks dropped. */
export function parseList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A list as the builder shows it: `a, b, c`. */
export function formatList(values: readonly string[]): string {
  return values.join(', ');
}

/**
 * The value stored for text typed into a single-value box: a number for
 * number fields when the text is one, a boolean for boolean fields when it
 * says true or false, the text otherwise.
 */
export function parseSingle(text: string, type: DataType | undefined): string | number | boolean {
  if ((type === 'number_integer' || type === 'number_decimal') && text.trim() !== '') {
    const n = Number(text);
    if (Number.isFinite(n)) return n;
  }
  if (type === 'boolean') {
    const lower = text.trim().toLowerCase();
    if (lower === 'true' || lower === 'false') return lower === 'true';
  }
  return text;
}

/** The text shown for a stored single value. */
export function formatSingle(value: ConditionValue | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? formatList(value) : String(value);
}

