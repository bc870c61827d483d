/**
 * The run history: newest first, live as runs are recorded. Shows a page of
 * runs and loads more on request, so ten thousand bulk runs never render at
 * once.
 */
import { useState } from 'react';
import { Link } from 'wouter';
import type { Organization } from '../../domain/org/organization';
import { type RunFilter, useRuns } from '../../state/runtime';
import { formatTime, runSummary } from './format';
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
  const storeName = (id: string) => org?.stores.find((s) => s.id === id)?.name ?? `Removed store (${id})`;

  if (!runs) return <p aria-busy="true">Loading runs…</p>;
  if (runs.length === 0) {
    return filtered ? (
      <div className="empty-state">
        <p>No runs match these filters.</p>
        <button type="button" onClick={onClearFilters}>
          Clear filters
        </button>
      </div>
    ) : (
      <div className="empty-state">
        <p>No runs yet.</p>
        <p className="muted">
          Turn a workflow on and fire its trigger with the simulator above. Every run in every store is listed here,
          including the runs that were skipped and why.
        </p>
      </div>
    );
  }
  return (
    <>
      <div className="runs__scroll">
        <table className="runs">
          <caption>Run history</caption>
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Workflow</th>
              <th scope="col">Store</th>
              <th scope="col">Status</th>
              <th scope="col">Summary</th>
              <th scope="col">
                <span className="visually-hidden">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => {
              const store = storeName(run.storeId);
              const started = formatTime(run.startedAt);
              return (
                <tr key={run.id}>
                  <td>
                    <time dateTime={run.startedAt}>{started}</time>
                  </td>
                  <td>{run.workflowName}</td>
                  <td>{store}</td>
                  <td>
                    <RunStatusBadge status={run.status} />
                  </td>
                  <td className="runs__summary">
                    {runSummary(run)}
                    {run.retryOf && <div className="muted small">Retry of an earlier run</div>}
                  </td>
                  <td>
                    <Link href={`/runs/${run.id}`} aria-label={`Details of the run of ${run.workflowName} in ${store} at ${started}`}>
                      Details
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="row runs__more">
        <span className="muted">
          {runs.length === limit
            ? `Showing the newest ${runs.length} runs`
            : `${runs.length} ${runs.length === 1 ? 'run' : 'runs'}`}
        </span>
        {runs.length === limit && (
          <button type="button" onClick={() => setLimit(limit + PAGE)}>
            Show {PAGE} more
          </button>
        )}
      </div>
    </>
  );
}
