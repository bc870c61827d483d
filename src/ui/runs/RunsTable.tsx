/**
 * The run history: newest first, live as runs are recorded. Shows a page of
 * runs and loads more on request, so ten thousand bulk runs never render at
 * once.
 */
import { useState } from 'react';
import { Link } from 'wouter';
import type { Organization } from '../../domain/org/organization';
import { type RunFilter, useRuns } from '../../state/runtime';
import { AppMarkOfId } from '../common/AppMark';
import { formatTime, runSummary } from './format';
import { useLanguage, useT } from '../i18n';
import { RunStatusBadge } from './RunStatusBadge';

const PAGE = 100;

interface Props {
  filter: RunFilter;
  filtered: boolean;
  org: Organization | undefined;
  onClearFilters: () => void;
}

export function RunsTable({ filter, filtered, org, onClearFilters }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const runs = useRuns(filter, limit);
  const t = useT();
  const language = useLanguage();
  const storeName = (id: string) => org?.stores.find((s) => s.id === id)?.name ?? t('runs.removedStore', { id });

  if (!runs) return <p aria-busy="true">{t('runs.loading')}</p>;
  if (runs.length === 0) {
    return filtered ? (
      <div className="empty-state">
        <p>{t('runs.empty.filtered')}</p>
        <button type="button" onClick={onClearFilters}>
          {t('runs.filters.clear')}
        </button>
      </div>
    ) : (
      <div className="empty-state">
        <p>{t('runs.empty')}</p>
        <p className="muted">{t('runs.empty.hint')}</p>
      </div>
    );
  }
  return (
    <>
      <div className="runs__scroll">
        <table className="runs">
          <caption>{t('runs.history')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('runs.column.started')}</th>
              <th scope="col">{t('runs.column.workflow')}</th>
              <th scope="col">{t('runs.column.store')}</th>
              <th scope="col">{t('runs.column.status')}</th>
              <th scope="col">{t('runs.column.summary')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('runs.details')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => {
              const store = storeName(run.storeId);
              const started = formatTime(run.startedAt, language);
              return (
                <tr key={run.id}>
                  <td>
                    <time dateTime={run.startedAt}>{started}</time>
                  </td>
                  <td>
                    <AppMarkOfId appId={run.event.app} />
                    {run.workflowName}
                  </td>
                  <td>{store}</td>
                  <td>
                    <RunStatusBadge status={run.status} />
                  </td>
                  <td className="runs__summary">
                    {runSummary(run, language)}
                    {run.retryOf && <div className="muted small">{t('runs.retryOfEarlier')}</div>}
                  </td>
                  <td>
                    <Link href={`/runs/${run.id}`} aria-label={t('runs.detailsOf', { workflow: run.workflowName, store, time: started })}>
                      {t('runs.details')}
                    </Link>
                    {run.steps.length > 0 && (
                      <Link className="runs__canvas" href={`/runs/${run.id}/canvas`} aria-label={t('runCanvas.showOf', { workflow: run.workflowName, store, time: started })}>
                        {t('runCanvas.show')}
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="row runs__more">
        <span className="muted">
          {runs.length === limit ? t('runs.showingNewest', { count: runs.length }) : t('runs.count', { count: runs.length })}
        </span>
        {runs.length === limit && (
          <button type="button" onClick={() => setLimit(limit + PAGE)}>
            {t('runs.showMore', { count: PAGE })}
          </button>
        )}
      </div>
    </>
  );
}
