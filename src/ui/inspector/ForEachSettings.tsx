/**
 * The settings of a For each: the list it goes through, chosen from the
 * lists the step can read (the trigger's objects' lists, Get data's
 * results, an outer loop's item's lists), and the name its item has inside
 * the loop, which the variable picker offers on the loop's path.
 */
import { memo, useId, useMemo } from 'react';
import { type ForEachStep, loopItemName, MAX_LOOP_ITEMS } from '../../domain/workflow/kinds/forEach';
import { listsIn } from '../../domain/workflow/scope';
import { useEditorSession } from '../../state/editor/context';
import { useLocalized, useT } from '../i18n';
import { useStepScope } from './useStepScope';

export const ForEachSettings = memo(function ForEachSettings({ step }: { step: ForEachStep }) {
  const session = useEditorSession();
  const scope = useStepScope(step.id);
  const lists = useMemo(() => (scope ? listsIn(scope) : []), [scope]);
  const listId = useId();
  const aboutId = useId();
  const t = useT();
  const localized = useLocalized();
  const known = lists.some((l) => l.path === step.list);

  return (
    <section className="inspector__section" aria-label={t('inspector.forEach.label')}>
      <div className="inspector__field">
        <label htmlFor={listId}>{t('inspector.forEach.list')}</label>
        <select
          id={listId}
          value={step.list}
          aria-describedby={aboutId}
          onChange={(e) => session.apply({ type: 'updateForEach', id: step.id, list: e.target.value })}
        >
          <option value="">{t('inspector.forEach.choose')}</option>
          {!known && step.list !== '' && <option value={step.list}>{step.list}</option>}
          {lists.map((l) => (
            <option key={l.path} value={l.path}>
              {l.labels.map((label) => localized(label)).join(' › ')} ({l.path})
            </option>
          ))}
        </select>
      </div>
      <p id={aboutId} className="muted">
        {step.list === ''
          ? t('inspector.forEach.aboutEmpty', { max: MAX_LOOP_ITEMS })
          : t('inspector.forEach.about', { item: loopItemName(step.list), max: MAX_LOOP_ITEMS })}
      </p>
    </section>
  );
});
