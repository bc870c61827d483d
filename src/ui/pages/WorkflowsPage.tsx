/** Lists the organization's workflows. */
import { useTitle } from '../useTitle';

export function WorkflowsPage() {
  useTitle('Workflows');
  return (
    <section aria-labelledby="workflows-title" className="page">
      <h1 id="workflows-title">Workflows</h1>
      <div className="empty-state">
        <p>No workflows yet.</p>
        <p className="muted">
          Workflows you create or import will be listed here, with the stores each one is on for.
        </p>
      </div>
    </section>
  );
}
