/** /runs/:id: one run in detail, or an honest "not found". */
import { Link } from 'wouter';
import { useOrganization } from '../../state/org';
import { useRun } from '../../state/runtime';
import { RunDetail } from '../runs/RunDetail';
import '../runs/runs.css';
import { useTitle } from '../useTitle';

export function RunPage({ id }: { id: string }) {
  const run = useRun(id);
  const org = useOrganization();
  useTitle(run ? `Run of ${run.workflowName}` : 'Run');
  if (run === undefined) return <p aria-busy="true" className="page">Loading the run…</p>;
  if (run === null) {
    return (
      <section className="page" aria-labelledby="run-title">
        <h1 id="run-title">Run not found</h1>
        <p>
          There is no run with this address in this browser. Go back to <Link href="/runs">Runs</Link>.
        </p>
      </section>
    );
  }
  return <RunDetail run={run} org={org} />;
}
