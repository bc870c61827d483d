/**
 * One group of the condition builder, rendered recursively: how it joins
 * its items ("Match all (AND)" / "any (OR)"), its criteria, list conditions
 * and nested groups, and buttons to add a criterion, a list condition or a
 * group. The root group is the condition itself and cannot be removed;
 * nested ones have "Remove group"; a list condition's criteria are a group
 * too (variant `list`), removed with their list condition.
 */
import { memo, useId } from 'react';
import type { ConditionGroup } from '../../domain/workflow/document';
import type { Scope } from '../../domain/workflow/scope';
import { scopeFieldGroups } from '../../domain/workflow/scopeFields';
import { type BuilderContext, fromPathKey, toPathKey } from './builderContext';
import { addCriterion, addGroup, pathLabel, problemFieldOf, removeAt, setJoin } from './conditionTree';
import { newCriterion, newListCondition } from './criterionEdits';
import { CriterionRow } from './CriterionRow';
import { ListConditionEditor } from './ListConditionEditor';
import { type Translate, useT } from '../i18n';

interface GroupProps {
  group: ConditionGroup;
  /** Where the group is ("" for the root, "1.0"...; a list condition's path for its criteria), see builderContext. */
  pathKey: string;
  /** The `field` validation gives this group (`criteria`, `criteria.items.1`, `criteria.items.2.criteria`). */
  problemField: string;
  /** What criteria here can read; undefined without a known trigger. */
  scope: Scope | undefined;
  ctx: BuilderContext;
  /** `list`: the criteria of a list condition. */
  variant?: 'group' | 'list';
}

/** The accessible names of a group and its controls (the root's are the visible texts). */
function namesOf(t: Translate, isRoot: boolean, variant: GroupProps['variant'], label: string) {
  if (isRoot) return { name: t('inspector.group.all') };
  if (variant === 'list') {
    return {
      name: t('inspector.list.criteria', { label }),
      match: t('inspector.list.matchIn', { label }),
      addCriterion: t('inspector.list.addCriterionTo', { label }),
      addList: t('inspector.list.addListTo', { label }),
      addGroup: t('inspector.list.addGroupTo', { label }),
    };
  }
  return {
    name: t('inspector.group.name', { label }),
    match: t('inspector.group.matchIn', { label }),
    addCriterion: t('inspector.group.addCriterionTo', { label }),
    addList: t('inspector.group.addListTo', { label }),
    addGroup: t('inspector.group.addGroupTo', { label }),
  };
}

export const ConditionGroupEditor = memo(function ConditionGroupEditor({ group, pathKey, problemField, scope, ctx, variant = 'group' }: GroupProps) {
  const path = fromPathKey(pathKey);
  const isRoot = path.length === 0;
  const joinId = useId();
  const fields = scope ? scopeFieldGroups(scope).flatMap((g) => g.fields) : [];
  const first = fields.find((f) => f.comparable);
  // A list of objects is the likelier thing to check ("at least one line item..."), so it is the default.
  const firstList = fields.find((f) => f.iterable && !f.comparable) ?? fields.find((f) => f.iterable);
  const label = pathLabel(path);
  const t = useT();
  const names = namesOf(t, isRoot, variant, label);

  return (
    <div role="group" aria-label={names.name} className={`condition-group${isRoot ? ' is-root' : ''}${variant === 'list' ? ' is-list' : ''}`}>
      <div className="condition-group__header">
        <label htmlFor={joinId}>{t('inspector.group.match')}</label>
        <select
          id={joinId}
          aria-label={names.match}
          value={group.join}
          onChange={(e) => ctx.edit((root) => setJoin(root, path, e.target.value === 'or' ? 'or' : 'and'))}
        >
          <option value="and">{t('inspector.group.and')}</option>
          <option value="or">{t('inspector.group.or')}</option>
        </select>
        <span className="muted">{t('inspector.group.ofThese')}</span>
        {!isRoot && variant === 'group' && (
          <button
            type="button"
            className="danger condition-group__remove"
            aria-label={t('inspector.group.removeNamed', { label })}
            onClick={() => ctx.edit((root) => removeAt(root, path))}
          >
            {t('inspector.group.remove')}
          </button>
        )}
      </div>
      {group.items.length === 0 && <p className="muted condition-group__empty">{t('inspector.group.empty')}</p>}
      <ol className="condition-group__items">
        {group.items.map((item, i) => {
          const key = toPathKey([...path, i]);
          const field = problemFieldOf(problemField, i);
          return (
            <li key={key}>
              {i > 0 && <span className="condition-group__join">{t(group.join === 'and' ? 'inspector.group.joinAnd' : 'inspector.group.joinOr')}</span>}
              {item.kind === 'group' ? (
                <ConditionGroupEditor group={item} pathKey={key} problemField={field} scope={scope} ctx={ctx} />
              ) : item.kind === 'quantifier' ? (
                <ListConditionEditor condition={item} pathKey={key} problemField={field} scope={scope} ctx={ctx} />
              ) : (
                <CriterionRow criterion={item} pathKey={key} problemField={field} scope={scope} ctx={ctx} />
              )}
            </li>
          );
        })}
      </ol>
      <div className="row condition-group__actions">
        <button
          type="button"
          disabled={!first}
          aria-label={names.addCriterion}
          onClick={() => first && ctx.edit((root) => addCriterion(root, path, newCriterion(first)))}
        >
          {t('inspector.group.addCriterion')}
        </button>
        <button
          type="button"
          disabled={!firstList || !scope}
          aria-label={names.addList}
          onClick={() => firstList && scope && ctx.edit((root) => addCriterion(root, path, newListCondition(scope, firstList.path)))}
        >
          {t('inspector.group.addList')}
        </button>
        <button
          type="button"
          disabled={!first}
          aria-label={names.addGroup}
          onClick={() => first && ctx.edit((root) => addGroup(root, path, newCriterion(first)))}
        >
          {t('inspector.group.addGroup')}
        </button>
      </div>
    </div>
  );
});
