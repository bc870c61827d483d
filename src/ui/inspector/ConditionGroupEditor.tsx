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
  const name = isRoot ? 'All criteria' : `Group ${label}`;
  // Nested controls name their group, so each is found by name alone (the root's are just "Match"...).
  const suffix = isRoot ? '' : ` group ${label}`;

  return (
    <div role="group" aria-label={name} className={`condition-group${isRoot ? ' is-root' : ''}`}>
      <div className="condition-group__header">
        <label htmlFor={joinId}>Match</label>
        <select
          id={joinId}
          aria-label={isRoot ? undefined : `Match in${suffix}`}
          value={group.join}
          onChange={(e) => ctx.edit((root) => setJoin(root, path, e.target.value === 'or' ? 'or' : 'and'))}
        >
          <option value="and">all (AND)</option>
          <option value="or">any (OR)</option>
        </select>
        <span className="muted">of these</span>
        {!isRoot && (
          <button
            type="button"
            className="danger condition-group__remove"
            aria-label={`Remove${suffix}`}
            onClick={() => ctx.edit((root) => removeAt(root, path))}
          >
            Remove group
          </button>
        )}
      </div>
      {group.items.length === 0 && <p className="muted condition-group__empty">No criteria yet.</p>}
      <ol className="condition-group__items">
        {group.items.map((item, i) => {
          const key = toPathKey([...path, i]);
          return (
            <li key={key}>
              {i > 0 && <span className="condition-group__join">{group.join === 'and' ? 'AND' : 'OR'}</span>}
              {item.kind === 'group' ? (
                <ConditionGroupEditor group={item} pathKey={key} ctx={ctx} />
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
          aria-label={isRoot ? undefined : `Add criterion to${suffix}`}
          onClick={() => first && ctx.edit((root) => addCriterion(root, path, newCriterion(first)))}
        >
          Add criterion
        </button>
        <button
          type="button"
          disabled={!first}
          aria-label={isRoot ? undefined : `Add group to${suffix}`}
          onClick={() => first && ctx.edit((root) => addGroup(root, path, newCriterion(first)))}
        >
          Add group
        </button>
      </div>
    </div>
  );
});
