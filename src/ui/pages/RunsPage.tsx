/** Run history. */
import { useTitle } from '../useTitle';

export function RunsPage() {
  useTitle('Runs');
  return (
    <section aria-labelledby="runs-title" className="page">
      <h1 id="runs-title">Runs</h1>
      <div className="empty-state">
        <p>No runs yet.</p>
        <p className="muted">
          Every run of a workflow in a store will be listed here, including the runs that were skipped and why.
        </p>
      </div>
    </section>
  );
}
