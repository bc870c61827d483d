/**
 * One list condition of the condition builder, Flow's "at least one of",
 * "all of" and "none of": which items must match, the list (any list the
 * step can read: line items, tags, Get data's results, a loop item's
 * product's tags...), the name its items have inside (`lineItems_item`, as
 * Flow names it), a one-line hint on what an empty list gives (the engine's
 * rule, as Flow's), its problems, and its criteria, a group over what the
 * step can read plus the item. Changing the list starts the criteria over on
 * the new item (undo brings them back).
 */
import { memo, useId, useMemo } from 'react';
import { type ListCondition, QUANTIFIERS, type Quantifier } from '../../domain/workflow/document';
import type { Scope } from '../../domain/workflow/scope';
import { scopeFieldGroups } from '../../domain/workflow/scopeFields';
import { type BuilderContext, fromPathKey } from './builderContext';
import { ConditionGroupEditor } from './ConditionGroupEditor';
import { criteriaFieldOf, pathLabel, removeAt, updateListAt } from './conditionTree';
import { itemScope, withList } from './criterionEdits';
import { FieldProblems } from './FieldProblems';
import { fieldLabel, variableHeading } from './scopeLabels';
import { useLocalized, useT } from '../i18n';

interface ListConditionProps {
  condition: ListCondition;
  pathKey: string;
  problemField: string;
  /** The scope the list condition is in (without its item). */
  scope: Scope | undefined;
  ctx: BuilderContext;
}

export const ListConditionEditor = memo(function ListConditionEditor({ condition, pathKey, problemField, scope, ctx }: ListConditionProps) {
  const path = fromPathKey(pathKey);
  const label = pathLabel(path);
  const quantifierId = useId();
  const listId = useId();
  const problemsId = useId();
  const t = useT();
  const localized = useLocalized();
  const lists = useMemo(
    () => (scope ? scopeFieldGroups(scope).map((g) => ({ variable: g.variable, fields: g.fields.filter((f) => f.iterable) })).filter((g) => g.fields.length > 0) : []),
    [scope],
  );
  const known = lists.some((g) => g.fields.some((f) => f.path === condition.list));
  const inner = useMemo(() => (scope ? itemScope(scope, condition.list, condition.item) : undefined), [scope, condition.list, condition.item]);
  const problems = ctx.problemsAt.get(problemField) ?? [];
  const describedBy = problems.length > 0 ? problemsId : undefined;

  const change = (edit: (c: ListCondition) => ListCondition) => ctx.edit((root) => updateListAt(root, path, edit));
  const chooseQuantifier = (to: string) => {
    if ((QUANTIFIERS as readonly string[]).includes(to)) change((c) => ({ ...c, quantifier: to as Quantifier }));
  };
  const chooseList = (to: string) => {
    if (scope) change((c) => withList(c, scope, to));
  };

  return (
    <div role="group" aria-label={t('inspector.list.name', { label })} className="list-condition">
      <div className="list-condition__controls">
        <div className="criterion__control">
          <label htmlFor={quantifierId}>{t('inspector.list.quantifier')}</label>
          <select
            id={quantifierId}
            aria-label={t('inspector.list.quantifierIn', { label })}
            value={condition.quantifier}
            onChange={(e) => chooseQuantifier(e.target.value)}
          >
            {QUANTIFIERS.map((q) => (
              <option key={q} value={q}>
                {t(`inspector.list.${q}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="criterion__remove"
          aria-label={t('inspector.list.removeNamed', { label })}
          onClick={() => ctx.edit((root) => removeAt(root, path))}
        >
          {t('inspector.list.remove')}
        </button>
        <div className="criterion__control list-condition__list">
          <label htmlFor={listId}>{t('inspector.list.list')}</label>
          <select
            id={listId}
            aria-label={t('inspector.list.listIn', { label })}
            value={condition.list}
            aria-invalid={problems.some((p) => p.severity === 'error') ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => chooseList(e.target.value)}
          >
            {!known && <option value={condition.list}>{t('inspector.list.notAvailable', { list: condition.list })}</option>}
            {lists.map((group) => (
              <optgroup key={group.variable.name} label={variableHeading(group.variable, t, localized)}>
                {group.fields.map((f) => (
                  <option key={f.path} value={f.path}>
                    {fieldLabel(f, localized)} ({f.path})
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      </div>
      <p className="muted list-condition__hint">{t(`inspector.list.empty.${condition.quantifier}`)}</p>
      <FieldProblems id={problemsId} problems={problems} />
      <p className="list-condition__about">{t('inspector.list.item', { item: condition.item })}</p>
      <ConditionGroupEditor group={condition.criteria} pathKey={pathKey} problemField={criteriaFieldOf(problemField)} scope={inner} ctx={ctx} variant="list" />
    </div>
  );
});
