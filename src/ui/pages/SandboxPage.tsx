/**
 * The sandbox of one store: its simulated Shopify data (orders, customers,
 * products, draft orders: seen, searched, edited, reset), what the simulated
 * apps hold (messages, rows, tasks, points…), the faults injected per app, a
 * reset of the apps' records, and the switch to real HTTP requests. The
 * simulator is at hand to fire triggers and move the clock.
 */
import { useState } from 'react';
import { useOrganization } from '../../state/org';
import { resetSandbox } from '../../state/runtime';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { StoreSelect } from '../common/StoreSelect';
import { usePickedStore } from '../common/usePickedStore';
import { useAsyncAction } from '../common/useAsyncAction';
import { FaultsTable } from '../sandbox/FaultsTable';
import { LiveHttpSwitch } from '../sandbox/LiveHttpSwitch';
import { SandboxCollections } from '../sandbox/SandboxCollections';
import { StoreDataSection } from '../sandbox/storeData/StoreDataSection';
import '../sandbox/sandbox.css';
import '../runs/runs.css';
import { SimulatorPanel } from '../simulator/SimulatorPanel';
import { useT } from '../i18n';
import { useTitle } from '../useTitle';
import { ErrorAlert } from '../common/ErrorAlert';

export function SandboxPage() {
  const t = useT();
  useTitle(t('pages.sandbox.title'));
  const org = useOrganization();
  const { store, pick } = usePickedStore(org);
  const [confirming, setConfirming] = useState(false);
  const { error, run } = useAsyncAction();

  return (
    <section aria-labelledby="sandbox-title" className="page">
      <h1 id="sandbox-title">{t('pages.sandbox.title')}</h1>
      <SimulatorPanel defaultOpen={false} />
      {!org ? (
        <p aria-busy="true">{t('pages.sandbox.loadingOrg')}</p>
      ) : !store ? (
        <div className="empty-state">
          <p>{t('pages.sandbox.noStores')}</p>
          <p className="muted">{t('pages.sandbox.noStoresHint')}</p>
        </div>
      ) : (
        <>
          <div className="row sandbox__toolbar">
            <StoreSelect label={t('pages.sandbox.store')} stores={org.stores} value={store.id} onChange={pick} />
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              {t('pages.sandbox.reset')}
            </button>
          </div>
          <ErrorAlert error={error} />
          <StoreDataSection storeId={store.id} storeName={store.name} />
          <SandboxCollections storeId={store.id} storeName={store.name} />
          <FaultsTable org={org} storeId={store.id} />
          {confirming && (
            <ConfirmDialog
              title={t('pages.sandbox.resetTitle', { store: store.name })}
              confirmLabel={t('pages.sandbox.reset')}
              danger
              onCancel={() => setConfirming(false)}
              onConfirm={() => {
                setConfirming(false);
                void run(() => resetSandbox(store.id));
              }}
            >
              <p>{t('pages.sandbox.resetBody', { store: store.name })}</p>
            </ConfirmDialog>
          )}
        </>
      )}
      <LiveHttpSwitch />
    </section>
  );
}
