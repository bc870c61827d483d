/**
 * Run history with the simulator on top: fire triggers, move the simulated
 * clock, then filter the runs by workflow, store, status and time.
 */
import { useMemo, useState } from 'react';
import { useOrganization } from '../../state/org';
import type { RunFilter } from '../../state/runtime';
import { useWorkflowNames } from '../../state/workflows';
import { endOfLocalDay, fromLocalInput } from '../runs/format';
import { NO_FILTER, RunFilters, type RunFilterForm, isFiltered } from '../runs/RunFilters';
import { RunsTable } from '../runs/RunsTable';
import '../runs/runs.css';
import { SimulatorPanel } from '../simulator/SimulatorPanel';
import { useT } from '../i18n';
import { useTitle } from '../useTitle';

export function RunsPage() {
  const t = useT();
  useTitle(t('pages.runs.title'));
  const org = useOrganization();
  // Names only: the filter lists every workflow, and reading thousands of documents for it would not scale.
  const workflows = useWorkflowNames();
  const [form, setForm] = useState<RunFilterForm>(NO_FILTER);
  // One object per filter value, so the live query re-runs only when the filter changes.
  const filter = useMemo<RunFilter>(
    () => ({
      workflowId: form.workflowId || undefined,
      storeId: form.storeId || undefined,
      status: form.status || undefined,
      from: fromLocalInput(form.from),
      to: form.to ? endOfLocalDay(form.to) : undefined,
    }),
    [form],
  );
  return (
    <section aria-labelledby="runs-title" className="page">
      <h1 id="runs-title">{t('pages.runs.title')}</h1>
      <SimulatorPanel />
      <RunFilters value={form} onChange={setForm} workflows={workflows} org={org} />
      {/* A new filter is a new list: back to its newest run. */}
      <RunsTable key={JSON.stringify(filter)} filter={filter} filtered={isFiltered(form)} org={org} onClearFilters={() => setForm(NO_FILTER)} />
    </section>
  );
}
