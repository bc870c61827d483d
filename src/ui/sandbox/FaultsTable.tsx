/** The injected faults of one store: a row per app installed there (Shopify first). */
import { catalog } from '../../domain/catalog/catalog';
import { type Organization, findInstallation } from '../../domain/org/organization';
import { useFaults } from '../../state/runtime';
import { useAsyncAction } from '../common/useAsyncAction';
import { FaultRow } from './FaultRow';

export function FaultsTable({ org, storeId }: { org: Organization; storeId: string }) {
  const faults = useFaults(storeId);
  const { error, run } = useAsyncAction();
  const apps = catalog.apps.filter((app) => app.builtIn || findInstallation(org, storeId, app.id));
  return (
    <section aria-labelledby="faults-title" className="card">
      <h2 id="faults-title">Faults</h2>
      <p className="muted">
        Make an app fail in this store to see retries and failed runs. Transient errors (408, 429, 5xx) and timeouts are
        retried up to 4 attempts in all; other errors fail the step at once.
      </p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {!faults ? (
        <p aria-busy="true">Loading faults…</p>
      ) : (
        <table className="faults">
          <caption>Injected faults</caption>
          <thead>
            <tr>
              <th scope="col">App</th>
              <th scope="col">Fault</th>
              <th scope="col">Settings</th>
            </tr>
          </thead>
          <tbody>
            {apps.map((app) => (
              <FaultRow key={`${storeId}-${app.id}`} app={app} storeId={storeId} config={faults.get(app.id)} run={run} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
