/**
 * The filters above the run history: workflow, store, status and a date
 * range of the simulated clock. Controlled: the page owns the filter values
 * and turns them into the runtime's RunFilter.
 */
import type { Organization } from '../../domain/org/organization';
import type { RunStatus } from '../../state/runtime';
import { StoreSelect } from '../common/StoreSelect';
import { RUN_STATUSES, statusLabel } from './format';
import { useLanguage, useT } from '../i18n';

/** The filter as the form holds it: empty strings mean "any". Dates are local "YYYY-MM-DD". */
export interface RunFilterForm {
  workflowId: string;
  storeId: string;
  status: '' | RunStatus;
  from: string;
  to: string;
}

export const NO_FILTER: RunFilterForm = { workflowId: '', storeId: '', status: '', from: '', to: '' };

export function isFiltered(form: RunFilterForm): boolean {
  return Object.values(form).some((v) => v !== '');
}

interface Props {
  value: RunFilterForm;
  onChange: (next: RunFilterForm) => void;
  /** Every workflow's id and name, in the order to list them. */
  workflows: readonly { id: string; name: string }[] | undefined;
  org: Organization | undefined;
}

export function RunFilters({ value, onChange, workflows, org }: Props) {
  const t = useT();
  const language = useLanguage();
  const set = <K extends keyof RunFilterForm>(key: K, v: RunFilterForm[K]) => onChange({ ...value, [key]: v });
  return (
    <form className="row runs__filters" aria-label={t('runs.filters')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('runs.column.workflow')}{' '}
        <select value={value.workflowId} onChange={(e) => set('workflowId', e.target.value)}>
          <option value="">{t('runs.filters.allWorkflows')}</option>
          {workflows?.map(({ id, name }) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <StoreSelect
        label={t('runs.column.store')}
        stores={org?.stores}
        value={value.storeId}
        onChange={(storeId) => set('storeId', storeId)}
        anyLabel={t('runs.filters.allStores')}
      />
      <label>
        {t('runs.column.status')}{' '}
        <select value={value.status} onChange={(e) => set('status', e.target.value as RunFilterForm['status'])}>
          <option value="">{t('runs.filters.allStatuses')}</option>
          {RUN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s, language)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('runs.filters.from')} <input type="date" value={value.from} max={value.to || undefined} onChange={(e) => set('from', e.target.value)} />
      </label>
      <label>
        {t('runs.filters.to')} <input type="date" value={value.to} min={value.from || undefined} onChange={(e) => set('to', e.target.value)} />
      </label>
      {isFiltered(value) && (
        <button type="button" onClick={() => onChange(NO_FILTER)}>
          {t('runs.filters.clear')}
        </button>
      )}
    </form>
  );
}
