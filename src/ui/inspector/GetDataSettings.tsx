/**
 * The settings of a Get data step: what to search (orders, customers,
 * products, draft orders), the query in Shopify's search syntax (Liquid
 * allowed, with the variable picker), the sort key and direction, and the
 * most results to keep (1–100), and the name later steps read the results
 * by. A maximum outside 1–100 is refused inline and not dispatched.
 */
import { memo, useCallback, useId } from 'react';
import { MAX_RESULTS } from '../../domain/search/errors';
import { sortKeysOf } from '../../domain/search/search';
import { GET_DATA_NAMES, GET_DATA_RESOURCES, type GetDataStep } from '../../domain/workflow/kinds/getData';
import type { Problem } from '../../domain/workflow/problems';
import { StoreResource } from '../../domain/shopify/storeResources';
import { useEditorSession, useStepProblems } from '../../state/editor/context';
import { useLocalized, useT } from '../i18n';
import { ActionField } from './ActionField';
import { FieldProblems } from './FieldProblems';
import { useDraft } from './useDraft';
import { useStepFields } from './useStepFields';

const QUERY = {
  key: 'query',
  label: { en: 'Query', pl: 'Zapytanie' },
  type: 'single_line_text_field' as const,
  required: false,
  description: {
    en: 'Shopify search syntax, like tag:vip AND created_at:>2026-01-01. Leave it empty to get everything.',
    pl: 'Składnia wyszukiwania Shopify, np. tag:vip AND created_at:>2026-01-01. Pozostaw puste, aby pobrać wszystko.',
  },
};
const NONE: readonly Problem[] = [];

/** 1–100 as a whole number, or undefined. */
function parseFirst(text: string): number | undefined {
  if (!/^\d+$/.test(text.trim())) return undefined;
  const n = Number(text);
  return n >= 1 && n <= MAX_RESULTS ? n : undefined;
}

export const GetDataSettings = memo(function GetDataSettings({ step }: { step: GetDataStep }) {
  const session = useEditorSession();
  const problems = useStepProblems(step.id);
  const data = useStepFields(step.id);
  const t = useT();
  const localized = useLocalized();
  const ids = { resource: useId(), sort: useId(), sortProblems: useId(), reverse: useId(), first: useId(), firstError: useId(), variable: useId() };
  const [firstDraft, setFirstDraft] = useDraft(String(step.first), (d, s) => String(parseFirst(d)) === s);
  const firstInvalid = parseFirst(firstDraft) === undefined;
  const update = useCallback(
    (change: Omit<Extract<Parameters<typeof session.apply>[0], { type: 'updateGetData' }>, 'type' | 'id'>, coalesceKey?: string) =>
      session.apply({ type: 'updateGetData', id: step.id, ...change }, coalesceKey ? { coalesceKey } : undefined),
    [session, step.id],
  );
  const setQuery = useCallback((query: string, typing: boolean) => update({ query }, typing ? `${step.id}.query` : undefined), [update, step.id]);
  const of = (field: string) => problems.filter((p) => p.field === field);
  const queryProblems = of('query');

  return (
    <section className="inspector__section" aria-label={t('inspector.getData.label')}>
      <div className="inspector__field">
        <label htmlFor={ids.resource}>{t('inspector.getData.resource')}</label>
        <select
          id={ids.resource}
          value={step.resource}
          onChange={(e) => {
            const parsed = StoreResource.safeParse(e.target.value);
            if (parsed.success) update({ resource: parsed.data });
          }}
        >
          {GET_DATA_RESOURCES.map((r) => (
            <option key={r} value={r}>
              {localized(GET_DATA_NAMES[r])}
            </option>
          ))}
        </select>
      </div>
      <ActionField stepId={step.id} input={QUERY} value={step.query} problems={queryProblems.length > 0 ? queryProblems : NONE} data={data} set={setQuery} />
      <div className="inspector__field">
        <label htmlFor={ids.sort}>{t('inspector.getData.sortKey')}</label>
        <select
          id={ids.sort}
          value={step.sortKey}
          aria-describedby={of('sortKey').length > 0 ? ids.sortProblems : undefined}
          onChange={(e) => update({ sortKey: e.target.value })}
        >
          {!sortKeysOf(step.resource).includes(step.sortKey) && <option value={step.sortKey}>{step.sortKey}</option>}
          {sortKeysOf(step.resource).map((key) => (
            <option key={key} value={key}>
              {key}
            </option>
          ))}
        </select>
        <FieldProblems id={ids.sortProblems} problems={of('sortKey')} />
      </div>
      <div className="inspector__field inspector__check">
        <input id={ids.reverse} type="checkbox" checked={step.reverse} onChange={(e) => update({ reverse: e.target.checked })} />
        <label htmlFor={ids.reverse}>{t('inspector.getData.reverse')}</label>
      </div>
      <div className="inspector__field">
        <label htmlFor={ids.first}>{t('inspector.getData.first')}</label>
        <input
          id={ids.first}
          type="number"
          min={1}
          max={MAX_RESULTS}
          step={1}
          value={firstDraft}
          aria-invalid={firstInvalid ? true : undefined}
          aria-describedby={firstInvalid ? ids.firstError : undefined}
          onChange={(e) => {
            setFirstDraft(e.target.value);
            const first = parseFirst(e.target.value);
            if (first !== undefined) update({ first }, `${step.id}.first`);
          }}
        />
        {firstInvalid && (
          <p id={ids.firstError} className="inspector__error">
            {t('inspector.getData.firstInvalid', { max: MAX_RESULTS })}
          </p>
        )}
      </div>
      <p className="muted" aria-describedby={of('variable').length > 0 ? ids.variable : undefined}>
        {t('inspector.getData.variable', { name: step.variable })}
      </p>
      <FieldProblems id={ids.variable} problems={of('variable')} />
    </section>
  );
});
