/**
 * One group of the condition builder, rendered recursively: how it joins
 * its items ("Match all (AND)" / "any (OR)"), its criteria and nested
 * groups, and buttons to add a criterion or a group. The root group is the
 * condition itself and cannot be removed; nested ones have "Remove group".
 */
import { memo, useId } from 'react';
import type { ConditionGroup } from '../../domain/workflow/document';
import { type BuilderContext, fromPathKey, toPathKey } from './builderContext';
import { addCriterion, addGroup, pathLabel, removeAt, setJoin } from './conditionTree';
import { newCriterion } from './criterionEdits';
import { CriterionRow } from './CriterionRow';
import { useT } from '../i18n';

interface GroupProps {
  group: ConditionGroup;
  /** Where the group is ("" for the root, "1.0"...), see builderContext. */
  pathKey: string;
  ctx: BuilderContext;
}

export const ConditionGroupEditor = memo(function ConditionGroupEditor({ group, pathKey, ctx }: GroupProps) {
  const path = fromPathKey(pathKey);
  const isRoot = path.length === 0;
  const joinId = useId();
  const first = ctx.fields[0];
  const label = pathLabel(path);
  const t = useT();
  const name = isRoot ? t('inspector.group.all') : t('inspector.group.name', { label });
  // Nested controls name their group, so each is found by name alone (the root's are just "Match"...).

  return (
    <div role="group" aria-label={name} className={`condition-group${isRoot ? ' is-root' : ''}`}>
      <div className="condition-group__header">
        <label htmlFor={joinId}>{t('inspector.group.match')}</label>
        <select
          id={joinId}
          aria-label={isRoot ? undefined : t('inspector.group.matchIn', { label })}
          value={group.join}
          onChange={(e) => ctx.edit((root) => setJoin(root, path, e.target.value === 'or' ? 'or' : 'and'))}
        >
          <option value="and">{t('inspector.group.and')}</option>
          <option value="or">{t('inspector.group.or')}</option>
        </select>
        <span className="muted">{t('inspector.group.ofThese')}</span>
        {!isRoot && (
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
          return (
            <li key={key}>
              {i > 0 && <span className="condition-group__join">{t(group.join === 'and' ? 'inspector.group.joinAnd' : 'inspector.group.joinOr')}</span>}
              {item.kind === 'group' ? (
                <ConditionGroupEditor group={item} pathKey={key} ctx={ctx} />
              ) : item.kind === 'quantifier' ? (
                <p className="muted">
                  {item.quantifier} {item.list} ({item.item})
                </p>
              ) : (
                <CriterionRow criterion={item} pathKey={key} ctx={ctx} />
              )}
            </li>
          );
        })}
      </ol>
      <div className="row condition-group__actions">
        <button
          type="button"
          disabled={!first}
          aria-label={isRoot ? undefined : t('inspector.group.addCriterionTo', { label })}
          onClick={() => first && ctx.edit((root) => addCriterion(root, path, newCriterion(first)))}
        >
          {t('inspector.group.addCriterion')}
        </button>
        <button
          type="button"
          disabled={!first}
          aria-label={isRoot ? undefined : t('inspector.group.addGroupTo', { label })}
          onClick={() => first && ctx.edit((root) => addGroup(root, path, newCriterion(first)))}
        >
          {t('inspector.group.addGroup')}
        </button>
      </div>
    </div>
  );
});
