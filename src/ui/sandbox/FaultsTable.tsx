/** The injected faults of one store: a row per app installed there (Shopify first). */
import { currentCatalog } from '../../state/catalog';
import { type Organization, findInstallation } from '../../domain/org/organization';
import { useFaults } from '../../state/runtime';
import { useAsyncAction } from '../common/useAsyncAction';
import { FaultRow } from './FaultRow';
import { useT } from '../i18n';
import { ErrorAlert } from '../common/ErrorAlert';

export function FaultsTable({ org, storeId }: { org: Organization; storeId: string }) {
  const faults = useFaults(storeId);
  const { error, run } = useAsyncAction();
  const t = useT();
  const apps = currentCatalog().apps.filter((app) => app.builtIn || findInstallation(org, storeId, app.id));
  return (
    <section aria-labelledby="faults-title" className="card">
      <h2 id="faults-title">{t('sandbox.faults')}</h2>
      <p className="muted">{t('sandbox.faults.hint')}</p>
      <ErrorAlert error={error} />
      {!faults ? (
        <p aria-busy="true">{t('sandbox.faults.loading')}</p>
      ) : (
        <table className="faults">
          <caption>{t('sandbox.faults.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sandbox.faults.app')}</th>
              <th scope="col">{t('sandbox.faults.fault')}</th>
              <th scope="col">{t('sandbox.faults.settings')}</th>
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
