/**
 * The run history: newest first, live as runs are recorded, with the total
 * count. The table is virtualised (@tanstack/react-virtual): only the rows in
 * view (and a few around) are in the page, and only the pages of runs they
 * fall in are read from IndexedDB (useRunWindow), so opening the page and
 * scrolling to the oldest run cost the same with a hundred runs or a hundred
 * thousand. It stays a table for assistive technology: aria-rowcount on the
 * table, aria-rowindex on each rendered row; the space of the rows not
 * rendered is held by hidden spacer rows.
 */
import { Link } from 'wouter';
import type { Organization } from '../../domain/org/organization';
import { type RunFilter, type RunRecord, useRunWindow } from '../../state/runtime';
import { SpacerRow, usePageWindow, useShown, useVirtualRows } from '../common/virtualRows';
import { AppMarkOfId } from '../common/AppMark';
import { formatTime, runSummary } from './format';
import { useLanguage, useT } from '../i18n';
import { RunStatusBadge } from './RunStatusBadge';

/** Runs read per page; the window read is the pages the rendered rows fall in. */
const PAGE = 50;
/** A row's height before it is measured (one line of text and the cell padding, at the default font size). */
const ROW_ESTIMATE = 37;
/** Rows rendered beyond each edge of the view. */
const OVERSCAN = 10;
const COLUMNS = 6;

interface Props {
  filter: RunFilter;
  filtered: boolean;
  org: Organization | undefined;
  onClearFilters: () => void;
}

export function RunsTable({ filter, filtered, org, onClearFilters }: Props) {
  const t = useT();
  const language = useLanguage();
  const [range, follow] = usePageWindow(PAGE);
  const current = useShown(useRunWindow(filter, range.offset, range.limit));
  const total = current?.total ?? 0;
  const { scrollRef, onKeyDown, items, rowProps, before, after } = useVirtualRows({ count: total, estimate: ROW_ESTIMATE, overscan: OVERSCAN, follow });

  const storeName = (id: string) => org?.stores.find((s) => s.id === id)?.name ?? t('runs.removedStore', { id });

  if (!current) return <p aria-busy="true">{t('runs.loading')}</p>;
  if (total === 0) {
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
  const runAt = (index: number): RunRecord | null | undefined => current.runs[index - current.offset];
  return (
    <>
      <div ref={scrollRef} className="runs__scroll" role="region" onKeyDown={onKeyDown} aria-label={t('runs.history')} tabIndex={0}>
        <table className="runs" aria-rowcount={total + 1}>
          <caption>{t('runs.history')}</caption>
          <thead>
            <tr aria-rowindex={1}>
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
            <SpacerRow height={before} columns={COLUMNS} className="runs__spacer" />
            {items.map((item) => {
              const run = runAt(item.index);
              if (!run) {
                return (
                  <tr key={`empty-${item.index}`} {...rowProps(item.index)} className="runs__pending">
                    <td colSpan={COLUMNS} aria-busy={run === undefined}>
                      {run === undefined ? '…' : t('runs.unreadable')}
                    </td>
                  </tr>
                );
              }
              const store = storeName(run.storeId);
              const started = formatTime(run.startedAt, language);
              return (
                <tr key={run.id} {...rowProps(item.index)}>
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
            <SpacerRow height={after} columns={COLUMNS} className="runs__spacer" />
          </tbody>
        </table>
      </div>
      <p className="muted runs__more" role="status">
        {t('runs.count', { count: total })}
      </p>
    </>
  );
}
