/**
 * Static checks of one Condition step: it has criteria, each criterion reads
 * data the trigger provides, uses an operator that fits the field's type,
 * and has the value(s) its operator needs, of the right kind. Part of
 * validate.ts, split out to keep each file readable.
 */
import { type FieldValueIssue, describeFieldValueIssue, fieldValueIssue } from '../catalog/fieldTypes';
import type { DataField } from './dataFields';
import { OPERATOR_LABELS, operandKind, operatorsFor } from './conditionOperators';
import type { ConditionGroup, ConditionStep, Criterion } from './document';
import type { Problem } from './problems';

/** What the condition checks need to know of the workflow's data. */
export interface ConditionScope {
  /** Available data fields by path; undefined when the trigger is missing or unknown. */
  readonly fields: ReadonlyMap<string, DataField> | undefined;
  /** Roots the trigger provides (`trigger`, `customer`...). */
  readonly roots: ReadonlySet<string>;
}

/** The problems of one condition step, in the order of its criteria. */
export function validateCondition(step: ConditionStep, scope: ConditionScope): Problem[] {
  const problems: Problem[] = [];
  let count = 0;
  const walk = (group: ConditionGroup, path: string) => {
    group.items.forEach((item, i) => {
      const at = `${path}.items.${i}`;
      if (item.kind === 'group') return walk(item, at);
      count++;
      if (!scope.fields) return; // without a known trigger there is nothing to check the field against
      const message = criterionProblem(item, scope.fields, scope.roots);
      if (message) problems.push({ severity: 'error', stepId: step.id, field: at, ...message });
    });
  };
  walk(step.criteria, 'criteria');
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

type CriterionProblem = Pick<Problem, 'code' | 'message' | 'variant' | 'params' | 'valueIssue'>;

function criterionProblem(
  criterion: Criterion,
  fields: ReadonlyMap<string, DataField>,
  roots: ReadonlySet<string>,
): CriterionProblem | undefined {
  const field = fields.get(criterion.field);
  if (!field) {
    const [root = '', key = ''] = criterion.field.split('.');
    const article = /^[aeiou]/.test(root) ? 'an' : 'a';
    return {
      code: 'condition-unknown-field',
      variant: roots.has(root) ? 'no-field' : 'no-root',
      params: { path: criterion.field, root, key },
      message: roots.has(root)
        ? `This condition checks ${criterion.field}, but the ${root} has no field "${key}". Choose another field.`
        : `This condition checks ${criterion.field}, but the trigger does not provide ${article} ${root}. ` +
          'Choose a field the trigger provides.',
    };
  }
  const allowed = operatorsFor(field.type);
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
    const issue = valueProblem(field, v);
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
function valueProblem(field: DataField, value: string | number | boolean): FieldValueIssue | undefined {
  switch (field.type) {
    case 'number_integer':
    case 'number_decimal':
      // An integer field may still be compared with 2.5, so any number will do.
      return fieldValueIssue('number_decimal', value);
    case 'boolean':
      return fieldValueIssue('boolean', value);
    case 'customer_reference':
    case 'order_reference':
    case 'product_reference':
      return fieldValueIssue(field.type, value);
    default:
      return undefined;
  }
}
