/**
 * Static checks of one Condition step: it has criteria; each criterion reads
 * a single value the step can read (its scope: the trigger's data, earlier
 * steps' outputs, a loop's item, the items of the list conditions around
 * it), uses an operator that fits the value's type and has the value(s) its
 * operator needs, of the right kind; each list condition iterates a list
 * and names its item with a name not already taken. Part of validate.ts,
 * split out to keep each file readable.
 *
 * A path that goes through a list (`order.line_items.title`) reads no single
 * value: Flow requires the list to be iterated first ("at least one of"...),
 * and so does Flowbench (`condition-list-not-iterated`, naming the list).
 */
import { type FieldValueIssue, describeFieldValueIssue, fieldValueIssue } from '../catalog/fieldTypes';
import type { DataType } from '../catalog/dataTypes';
import type { LocalizedText } from '../catalog/manifest';
import { OPERATOR_LABELS, operandKind, operatorsFor } from './conditionOperators';
import type { ConditionGroup, ConditionStep, Criterion, ListCondition } from './document';
import type { Problem } from './problems';
import { type Scope, type PathProblem, resolvePathIn, withVariables } from './scope';
import { itemShape, isListShape } from './shapes';

/** The problems of one condition step, in the order of its criteria. `scope` is undefined when the trigger is missing or unknown. */
export function validateCondition(step: ConditionStep, scope: Scope | undefined, provided?: Scope): Problem[] {
  const problems: Problem[] = [];
  let count = 0;
  const at = (field: string, problem: Worded): Problem => ({ severity: 'error', stepId: step.id, field, ...problem });
  const walk = (group: ConditionGroup, path: string, inScope: Scope | undefined) => {
    group.items.forEach((item, i) => {
      const here = `${path}.items.${i}`;
      if (item.kind === 'group') return walk(item, here, inScope);
      if (item.kind === 'quantifier') {
        const checked = inScope && listProblem(item, inScope, provided);
        if (checked && 'problem' in checked) problems.push(at(here, checked.problem));
        // Without a known list the item's criteria still count, and their other checks are skipped.
        return walk(item.criteria, `${here}.criteria`, checked && 'scope' in checked ? checked.scope : undefined);
      }
      count++;
      if (!inScope) return; // without a known trigger (or list) there is nothing to check the field against
      const problem = criterionProblem(item, inScope, provided);
      if (problem) problems.push(at(here, problem));
    });
  };
  walk(step.criteria, 'criteria', scope);
  if (count === 0) {
    problems.push({
      severity: 'warning',
      stepId: step.id,
      code: 'condition-empty',
      message: 'This condition has no criteria yet, so it always takes the "then" path. Add a criterion.',
    });
  }
  return problems;
}

type Worded = Pick<Problem, 'code' | 'message' | 'variant' | 'params' | 'valueIssue'>;

/** The list condition's problem, or the scope its criteria are checked in (with the item). */
function listProblem(condition: ListCondition, scope: Scope, provided: Scope | undefined): { problem: Worded } | { scope: Scope } {
  const resolved = resolvePathIn(scope, condition.list);
  if (!resolved.ok) return { problem: unknownPath(condition.list, resolved.problem, provided) };
  const { path } = resolved;
  if (path.listsCrossed.length > 0) return { problem: notIterated(condition.list, path.listsCrossed[0]!) };
  const item = itemShape(path.shape);
  if (path.shape.kind !== 'json' && (!item || !isListShape(path.shape))) {
    return {
      problem: {
        code: 'condition-not-a-list',
        params: { path: condition.list },
        message: `"At least one of", "all of" and "none of" go through a list, and ${condition.list} is not a list. Choose a list, like the order's line items.`,
      },
    };
  }
  if (scope.variables.has(condition.item)) {
    return {
      problem: {
        code: 'condition-item-name-taken',
        params: { name: condition.item },
        message: `The items of this list are named ${condition.item}, but that name is already taken here. Choose another name.`,
      },
    };
  }
  const label = path.labels.at(-1)!;
  return {
    scope: withVariables(scope, [
      { name: condition.item, label, shape: item ?? { kind: 'json' }, origin: 'condition-item' },
    ]),
  };
}

function unknownPath(path: string, problem: PathProblem, provided: Scope | undefined): Worded {
  const elsewhere = problem.kind === 'no-variable' ? provided?.variables.get(problem.name) : undefined;
  if (elsewhere) {
    const step = elsewhere.provider ?? elsewhere.label;
    const loop = elsewhere.origin === 'loop-item';
    return {
      code: 'condition-unknown-field',
      variant: loop ? 'outside-loop' : 'not-before',
      params: { path, root: elsewhere.name, key: '', step },
      message: loop
        ? `This condition checks ${path}, the current item of the loop "${step.en}", but only the steps on that loop's "For each item" path can read it.`
        : `This condition checks ${path}, which comes from the step "${step.en}", but that step doesn't come before this one on every path (or a Wait comes between, and a Wait forgets it).`,
    };
  }
  if (problem.kind === 'no-variable') {
    const root = problem.name;
    return {
      code: 'condition-unknown-field',
      variant: 'no-root',
      params: { path, root, key: '' },
      message: `This condition checks ${path}, but there is no ${root} here: the trigger does not provide it and no step before this one does. Choose data this step can read.`,
    };
  }
  const key = problem.kind === 'no-member' ? problem.key : (path.split('.')[problem.at] ?? '');
  return {
    code: 'condition-unknown-field',
    variant: 'no-field',
    params: { path, root: problem.owner, key },
    message: `This condition checks ${path}, but ${problem.owner} has no field "${key}". Choose another field.`,
  };
}

function notIterated(path: string, list: string): Worded {
  return {
    code: 'condition-list-not-iterated',
    params: { path, list },
    message: `${path} is inside the list ${list}, which has many items. Check the list with "at least one of", "all of" or "none of" first.`,
  };
}

/** A value a criterion compares: its path, label and type. */
interface ComparedValue {
  readonly path: string;
  readonly label: LocalizedText;
  /** Undefined for JSON nobody typed (an Admin API response): compared as text. */
  readonly type: DataType | undefined;
}

function criterionProblem(criterion: Criterion, scope: Scope, provided: Scope | undefined): Worded | undefined {
  const resolved = resolvePathIn(scope, criterion.field);
  if (!resolved.ok) return unknownPath(criterion.field, resolved.problem, provided);
  const { path } = resolved;
  if (path.listsCrossed.length > 0) return notIterated(criterion.field, path.listsCrossed[0]!);
  const { shape } = path;
  if (shape.kind !== 'value' && shape.kind !== 'json') {
    const list = shape.kind === 'objects' || shape.kind === 'records';
    return {
      code: 'condition-not-a-value',
      variant: list ? 'list' : 'object',
      params: { path: criterion.field },
      message: list
        ? `${criterion.field} is a list: check it with "at least one of", "all of" or "none of", then compare a field of its items.`
        : `${criterion.field} is a whole object: choose one of its fields to compare.`,
    };
  }
  const field: ComparedValue = { path: criterion.field, label: path.labels.at(-1)!, type: shape.kind === 'value' ? shape.type : undefined };
  const allowed = operatorsFor(field.type ?? 'single_line_text_field');
  const name = `"${field.label.en}" (${field.path})`;
  if (!allowed.includes(criterion.operator)) {
    return {
      code: 'condition-bad-operator',
      params: {
        operator: OPERATOR_LABELS[criterion.operator],
        field: field.label,
        path: field.path,
        allowed: {
          en: allowed.map((op) => OPERATOR_LABELS[op].en).join(', '),
          pl: allowed.map((op) => OPERATOR_LABELS[op].pl).join(', '),
        },
      },
      message:
        `"${OPERATOR_LABELS[criterion.operator].en}" can't be used with ${name}. ` +
        `Choose one of: ${allowed.map((op) => OPERATOR_LABELS[op].en).join(', ')}.`,
    };
  }
  const kind = operandKind(criterion.operator);
  if (kind === 'none') return undefined;
  const { value } = criterion;
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  if (values.length === 0 || values.every((v) => typeof v === 'string' && v.trim() === '')) {
    const what = kind === 'list' ? 'at least one value' : 'a value';
    return {
      code: 'condition-value-missing',
      variant: kind === 'list' ? 'list' : 'single',
      params: { field: field.label, path: field.path },
      message: `This criterion on ${name} needs ${what} to compare with.`,
    };
  }
  if (kind === 'single' && Array.isArray(value)) {
    return {
      code: 'condition-value-invalid',
      variant: 'not-a-list',
      params: { field: field.label, path: field.path },
      message: `This criterion on ${name} compares with one value, not a list.`,
    };
  }
  for (const v of values) {
    const issue = valueProblem(field.type, v);
    if (issue) {
      return {
        code: 'condition-value-invalid',
        variant: 'value',
        params: { field: field.label, path: field.path, value: String(v) },
        valueIssue: issue,
        message: `${name} is compared with "${String(v)}", which ${reasonWords(issue)}.`,
      };
    }
  }
  return undefined;
}

function reasonWords(issue: FieldValueIssue): string {
  if (issue.code === 'number') return 'is not a number';
  if (issue.code === 'boolean') return 'is not true or false';
  return describeFieldValueIssue(issue);
}

/** Values of number, boolean and reference fields must be of that kind; text fields take any text. */
function valueProblem(type: DataType | undefined, value: string | number | boolean): FieldValueIssue | undefined {
  switch (type) {
    case 'number_integer':
    case 'number_decimal':
      // An integer field may still be compared with 2.5, so any number will do.
      return fieldValueIssue('number_decimal', value);
    case 'boolean':
      return fieldValueIssue('boolean', value);
    case 'customer_reference':
    case 'order_reference':
    case 'product_reference':
      return fieldValueIssue(type, value);
    default:
      return undefined;
  }
}
