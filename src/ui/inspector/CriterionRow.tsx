/**
 * One criterion of the condition builder: the field it reads (what the step
 * can read, grouped by variable: a list condition's item, the loop's item,
 * earlier steps' outputs, the trigger's Customer / Order / Product...), an
 * operator that fits the field's type, and the value(s) the operator takes
 * (none for "is empty", a comma-separated list for "is any of"). A field or
 * operator no longer offered stays shown, marked, so validation's problem
 * with it makes sense.
 */
import { memo, useId, useMemo } from 'react';
import { FieldProblems } from './FieldProblems';
import { OPERATOR_LABELS, operandKind, operatorsFor } from '../../domain/workflow/conditionOperators';
import { type Criterion, type Operator, OPERATORS } from '../../domain/workflow/document';
import type { ProblemCode } from '../../domain/workflow/problems';
import type { Scope } from '../../domain/workflow/scope';
import { type ScopeField, scopeFieldGroups, scopeFieldsByPath } from '../../domain/workflow/scopeFields';
import { type BuilderContext, fromPathKey } from './builderContext';
import { pathLabel, removeAt, updateAt } from './conditionTree';
import { withField, withOperator } from './criterionEdits';
import { fieldLabel, variableHeading } from './scopeLabels';
import { ListValueInput, SingleValueInput } from './ValueInputs';
import { useLocalized, useT } from '../i18n';

interface CriterionRowProps {
  criterion: Criterion;
  pathKey: string;
  /** The `field` validation gives this criterion's problems. */
  problemField: string;
  /** What the criterion can read; undefined without a known trigger. */
  scope: Scope | undefined;
  ctx: BuilderContext;
}

const NO_FIELDS: ReadonlyMap<string, ScopeField> = new Map<string, ScopeField>();

/** Which control a problem code points at, for aria-invalid. */
const CONTROL_OF: Partial<Record<ProblemCode, 'field' | 'operator' | 'value'>> = {
  'condition-unknown-field': 'field',
  'condition-bad-operator': 'operator',
  'condition-value-missing': 'value',
  'condition-value-invalid': 'value',
};

export const CriterionRow = memo(function CriterionRow({ criterion, pathKey, problemField, scope, ctx }: CriterionRowProps) {
  const path = fromPathKey(pathKey);
  const fieldId = useId();
  const operatorId = useId();
  const valueId = useId();
  const problemsId = useId();
  const t = useT();
  const localized = useLocalized();
  const byPath = scope ? scopeFieldsByPath(scope) : NO_FIELDS;
  const groups = useMemo(
    () => (scope ? scopeFieldGroups(scope).map((g) => ({ variable: g.variable, fields: g.fields.filter((f) => f.comparable) })).filter((g) => g.fields.length > 0) : []),
    [scope],
  );
  const found = byPath.get(criterion.field);
  const field = found?.comparable ? found : undefined;
  const type = field ? (field.type ?? 'single_line_text_field') : undefined;
  const operators = type ? operatorsFor(type) : [criterion.operator];
  const kind = operandKind(criterion.operator);
  const problems = ctx.problemsAt.get(problemField) ?? [];
  const invalid = new Set(problems.map((p) => CONTROL_OF[p.code]));
  const describedBy = problems.length > 0 ? problemsId : undefined;
  const aria = (control: 'field' | 'operator' | 'value') => ({
    'aria-invalid': invalid.has(control) ? true : undefined,
    'aria-describedby': describedBy,
  });

  // Edits apply to the criterion as it is in the latest document, not as this render saw it.
  const change = (edit: (c: Criterion) => Criterion, typing = false) =>
    ctx.edit((root) => updateAt(root, path, (item) => (item.kind === 'criterion' ? edit(item) : item)), typing);

  const typeAt = (path: string) => {
    const at = byPath.get(path);
    return at?.comparable ? (at.type ?? 'single_line_text_field') : undefined;
  };
  const chooseField = (to: string) => {
    const target = byPath.get(to);
    if (target?.comparable) change((c) => withField(c, target, typeAt(c.field)));
  };
  const chooseOperator = (to: string) => {
    if (!(OPERATORS as readonly string[]).includes(to)) return;
    change((c) => withOperator(c, to as Operator, typeAt(c.field)));
  };

  return (
    <div role="group" aria-label={t('inspector.criterion.name', { label: pathLabel(path) })} className="criterion">
      <div className="criterion__controls">
        <div className="criterion__control">
          <label htmlFor={fieldId}>{t('inspector.criterion.field')}</label>
          <select id={fieldId} value={criterion.field} onChange={(e) => chooseField(e.target.value)} {...aria('field')}>
            {!field && <option value={criterion.field}>{t('inspector.criterion.notAvailable', { field: criterion.field })}</option>}
            {groups.map((group) => (
              <optgroup key={group.variable.name} label={variableHeading(group.variable, t, localized)}>
                {group.fields.map((f) => (
                  <option key={f.path} value={f.path}>
                    {fieldLabel(f, localized)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="criterion__control">
          <label htmlFor={operatorId}>{t('inspector.criterion.operator')}</label>
          <select
            id={operatorId}
            value={criterion.operator}
            onChange={(e) => chooseOperator(e.target.value)}
            {...aria('operator')}
          >
            {!operators.includes(criterion.operator) && (
              <option value={criterion.operator}>{t('inspector.criterion.notForField', { operator: localized(OPERATOR_LABELS[criterion.operator]) })}</option>
            )}
            {operators.map((op) => (
              <option key={op} value={op}>
                {localized(OPERATOR_LABELS[op])}
              </option>
            ))}
          </select>
        </div>
        {kind !== 'none' && (
          <div className="criterion__control">
            <label htmlFor={valueId}>{t('inspector.criterion.value')}</label>
            {kind === 'list' ? (
              <ListValueInput
                id={valueId}
                value={criterion.value}
                onChange={(value) => change((c) => ({ ...c, value }), true)}
                {...aria('value')}
              />
            ) : (
              <SingleValueInput
                id={valueId}
                type={type}
                value={criterion.value}
                onChange={(value, typing) => change((c) => ({ ...c, value }), typing)}
                {...aria('value')}
              />
            )}
          </div>
        )}
        <button
          type="button"
          className="criterion__remove"
          aria-label={t('inspector.criterion.removeNamed', { label: pathLabel(path) })}
          onClick={() => ctx.edit((root) => removeAt(root, path))}
        >
          {t('inspector.criterion.remove')}
        </button>
      </div>
      <FieldProblems id={problemsId} problems={problems} />
    </div>
  );
});
