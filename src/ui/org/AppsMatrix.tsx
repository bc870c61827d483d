/**
 * The apps × stores matrix: a real table with row and column headers, one
 * named checkbox per cell ("Install Slack in Store 2"), the Flow app on the
 * first row, and a search over English and Polish app names.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { useCatalog } from '../../state/customApps';
import type { AppManifest } from '../../domain/catalog/manifest';
import { type Organization, type Store, findInstallation } from '../../domain/org/organization';
import { installStatus, storesWithApp } from '../../domain/org/rules';
import { validateSetup } from '../../domain/org/setup';
import { orgCommands } from '../../state/org';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useAsyncAction } from '../common/useAsyncAction';
import { AppSetupDialog } from './AppSetupDialog';
import { CustomBadge } from '../common/CustomBadge';

type Filter = 'all' | 'installed' | 'not-installed';

export function AppsMatrix({ org }: { org: Organization }) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [setupOf, setSetupOf] = useState<{ app: AppManifest; store: Store }>();
  const [flowOff, setFlowOff] = useState<Store>();
  const { error, run } = useAsyncAction();
  const deferredQuery = useDeferredValue(query);
  const catalog = useCatalog(); // built-in + custom apps; re-renders when a custom app is imported or removed

  const apps = useMemo(() => {
    const q = deferredQuery.trim().toLocaleLowerCase();
    return catalog.apps.filter(
      (app) =>
        !app.builtIn &&
        (q === '' || app.name.en.toLocaleLowerCase().includes(q) || app.name.pl.toLocaleLowerCase().includes(q)) &&
        (filter === 'all' || installStatus(org, app) === filter),
    );
  }, [deferredQuery, filter, org, catalog]);

  return (
    <section aria-labelledby="apps-title" className="card">
      <h2 id="apps-title">Apps in each store</h2>
      <p className="muted">
        An app is <strong>Installed</strong> for the organization once it is installed in at least one store; a workflow
        using it runs only in the stores where it is installed.
      </p>
      <div className="row">
        <label>
          Search apps{' '}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name, in English or Polish" />
        </label>
        <label>
          Show{' '}
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="all">All apps</option>
            <option value="installed">Installed</option>
            <option value="not-installed">Not installed</option>
          </select>
        </label>
        <span className="muted" aria-live="polite">
          {apps.length} of {catalog.apps.length - 1} apps
        </span>
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {org.stores.length === 0 ? (
        <p className="muted">Add a store to install apps.</p>
      ) : (
        <div className="matrix-scroll">
          <table className="matrix">
            <caption className="visually-hidden">Apps installed in each store</caption>
            <thead>
              <tr>
                <th scope="col">App</th>
                <th scope="col">Organization</th>
                {org.stores.map((s) => (
                  <th scope="col" key={s.id}>
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr className="matrix__flow">
                <th scope="row">
                  Flow app
                  <div className="muted small">Runs the workflows in the store</div>
                </th>
                <td>{org.stores.filter((s) => s.flowInstalled).length} of {org.stores.length} stores</td>
                {org.stores.map((store) => (
                  <td key={store.id}>
                    <input
                      type="checkbox"
                      aria-label={`Install Flow in ${store.name}`}
                      checked={store.flowInstalled}
                      onChange={(e) =>
                        e.target.checked
                          ? void run(() => orgCommands.setFlowInstalled(store.id, true))
                          : setFlowOff(store)
                      }
                    />
                  </td>
                ))}
              </tr>
              {apps.map((app) => (
                <AppRow key={app.id} app={app} org={org} run={run} onSetup={(store) => setSetupOf({ app, store })} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {setupOf && (
        <AppSetupDialog
          app={setupOf.app}
          store={setupOf.store}
          installation={findInstallation(org, setupOf.store.id, setupOf.app.id)}
          org={org}
          onClose={() => setSetupOf(undefined)}
        />
      )}
      {flowOff && (
        <ConfirmDialog
          title={`Uninstall Flow from ${flowOff.name}?`}
          confirmLabel="Uninstall Flow"
          danger
          onCancel={() => setFlowOff(undefined)}
          onConfirm={() => {
            const id = flowOff.id;
            setFlowOff(undefined);
            void run(() => orgCommands.setFlowInstalled(id, false));
          }}
        >
          <p>
            Every workflow is turned off for {flowOff.name}. The workflows keep existing in the organization; after you
            install Flow again, turn them on for {flowOff.name} yourself.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

interface RowProps {
  app: AppManifest;
  org: Organization;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  onSetup: (store: Store) => void;
}

function AppRow({ app, org, run, onSetup }: RowProps) {
  const count = storesWithApp(org, app).length;
  return (
    <tr>
      <th scope="row">
        {app.name.en} <CustomBadge appId={app.id} />
        {app.name.pl !== app.name.en && (
          <div className="muted small" lang="pl">
            {app.name.pl}
          </div>
        )}
      </th>
      <td>
        {count > 0 ? (
          <span className="badge badge--ok">Installed · {count} of {org.stores.length}</span>
        ) : (
          <span className="badge">Not installed</span>
        )}
      </td>
      {org.stores.map((store) => {
        const installation = findInstallation(org, store.id, app.id);
        const needsSetup =
          installation !== undefined &&
          app.setup.fields.length > 0 &&
          validateSetup(app, installation.settings, installation.secretsSet).length > 0;
        return (
          <td key={store.id}>
            <span className="row nowrap">
              <input
                type="checkbox"
                aria-label={`Install ${app.name.en} in ${store.name}`}
                checked={installation !== undefined}
                onChange={(e) =>
                  void run(() =>
                    e.target.checked ? orgCommands.installApp(store.id, app.id) : orgCommands.uninstallApp(store.id, app.id),
                  )
                }
              />
              {installation && app.setup.fields.length > 0 && (
                <button
                  type="button"
                  className={needsSetup ? 'small-button attention' : 'small-button'}
                  aria-label={`Set up ${app.name.en} in ${store.name}`}
                  onClick={() => onSetup(store)}
                >
                  {needsSetup ? 'Set up' : 'Settings'}
                </button>
              )}
            </span>
          </td>
        );
      })}
    </tr>
  );
}
