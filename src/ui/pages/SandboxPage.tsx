/**
 * The connector sandbox of one store: what the simulated apps hold
 * (messages, rows, tasks, points…), the faults injected per app, a reset,
 * and the switch to real HTTP requests. The simulator is at hand to fire
 * triggers and move the clock.
 */
import { useState } from 'react';
import { useOrganization } from '../../state/org';
import { resetSandbox } from '../../state/runtime';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useAsyncAction } from '../common/useAsyncAction';
import { FaultsTable } from '../sandbox/FaultsTable';
import { LiveHttpSwitch } from '../sandbox/LiveHttpSwitch';
import { SandboxCollections } from '../sandbox/SandboxCollections';
import '../sandbox/sandbox.css';
import '../runs/runs.css';
import { SimulatorPanel } from '../simulator/SimulatorPanel';
import { useTitle } from '../useTitle';

export function SandboxPage() {
  useTitle('Sandbox');
  const org = useOrganization();
  const [picked, setPicked] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const { error, run } = useAsyncAction();
  // The picked store, or the first one (also when the picked store was removed).
  const store = org?.stores.find((s) => s.id === picked) ?? org?.stores[0];

  return (
    <section aria-labelledby="sandbox-title" className="page">
      <h1 id="sandbox-title">Sandbox</h1>
      <SimulatorPanel defaultOpen={false} />
      {!org ? (
        <p aria-busy="true">Loading the organization…</p>
      ) : !store ? (
        <div className="empty-state">
          <p>There are no stores.</p>
          <p className="muted">Add a store on the Organization page; each store has its own sandbox.</p>
        </div>
      ) : (
        <>
          <div className="row sandbox__toolbar">
            <label>
              Store{' '}
              <select value={store.id} onChange={(e) => setPicked(e.target.value)}>
                {org.stores.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              Reset sandbox
            </button>
          </div>
          {error && (
            <p role="alert" className="error-text">
              {error}
            </p>
          )}
          <SandboxCollections storeId={store.id} storeName={store.name} />
          <FaultsTable org={org} storeId={store.id} />
          {confirming && (
            <ConfirmDialog
              title={`Reset the sandbox of ${store.name}?`}
              confirmLabel="Reset sandbox"
              danger
              onCancel={() => setConfirming(false)}
              onConfirm={() => {
                setConfirming(false);
                void run(() => resetSandbox(store.id));
              }}
            >
              <p>
                Every simulated record of {store.name} is deleted: messages, rows, tasks, cards, points and the rest. The
                run history is kept.
              </p>
            </ConfirmDialog>
          )}
        </>
      )}
      <LiveHttpSwitch />
    </section>
  );
}
