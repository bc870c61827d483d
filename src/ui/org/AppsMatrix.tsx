/**
 * The apps × stores matrix: a real table with row and column headers, one
 * named checkbox per cell ("Install Slack in Store 2"), the Flow app on the
 * first row, and a search over English and Polish app names. App names are
 * shown in the UI's language, with the other language's name beneath.
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
import { useLanguage, useLocalized, useT } from '../i18n';
import { AppSetupDialog } from './AppSetupDialog';
import { AppMark } from '../common/AppMark';
import { CustomBadge } from '../common/CustomBadge';
import { ErrorAlert } from '../common/ErrorAlert';

type Filter = 'all' | 'installed' | 'not-installed';

export function AppsMatrix({ org }: { org: Organization }) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [setupOf, setSetupOf] = useState<{ app: AppManifest; store: Store }>();
  const [flowOff, setFlowOff] = useState<Store>();
  const { error, run } = useAsyncAction();
  const deferredQuery = useDeferredValue(query);
  const catalog = useCatalog(); // built-in + custom apps; re-renders when a custom app is imported or removed
  const t = useT();

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
      <h2 id="apps-title">{t('org.apps.title')}</h2>
      <p className="muted">
        {t('org.apps.introBefore')}
        <strong>{t('org.apps.introInstalled')}</strong>
        {t('org.apps.introAfter')}
      </p>
      <div className="row">
        <label>
          {t('org.apps.search')}{' '}
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('org.apps.searchPlaceholder')}
          />
        </label>
        <label>
          {t('org.apps.show')}{' '}
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="all">{t('org.apps.all')}</option>
            <option value="installed">{t('org.apps.installed')}</option>
            <option value="not-installed">{t('org.apps.notInstalled')}</option>
          </select>
        </label>
        <span className="muted" aria-live="polite">
          {t('org.apps.shown', { shown: apps.length, count: catalog.apps.length - 1 })}
        </span>
      </div>
      <ErrorAlert error={error} />
      {org.stores.length === 0 ? (
        <p className="muted">{t('org.apps.noStores')}</p>
      ) : (
        <div className="matrix-scroll">
          <table className="matrix">
            <caption className="visually-hidden">{t('org.apps.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('org.apps.app')}</th>
                <th scope="col">{t('org.apps.organization')}</th>
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
                  {t('org.apps.flow')}
                  <div className="muted small">{t('org.apps.flowHint')}</div>
                </th>
                <td>
                  {t('org.apps.flowCount', {
                    installed: org.stores.filter((s) => s.flowInstalled).length,
                    count: org.stores.length,
                  })}
                </td>
                {org.stores.map((store) => (
                  <td key={store.id}>
                    <input
                      type="checkbox"
                      aria-label={t('org.apps.installFlow', { store: store.name })}
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
          title={t('org.apps.uninstallFlowTitle', { store: flowOff.name })}
          confirmLabel={t('org.apps.uninstallFlow')}
          danger
          onCancel={() => setFlowOff(undefined)}
          onConfirm={() => {
            const id = flowOff.id;
            setFlowOff(undefined);
            void run(() => orgCommands.setFlowInstalled(id, false));
          }}
        >
          <p>{t('org.apps.uninstallFlowBody', { store: flowOff.name })}</p>
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
  const t = useT();
  const language = useLanguage();
  const localize = useLocalized();
  const name = localize(app.name);
  // The name in the other language, beneath, so either name can be recognised.
  const other = language === 'pl' ? { lang: 'en', text: app.name.en } : { lang: 'pl', text: app.name.pl };
  return (
    <tr>
      <th scope="row">
        <AppMark app={app} />
        {name} <CustomBadge appId={app.id} />
        {other.text !== name && (
          <div className="muted small" lang={other.lang}>
            {other.text}
          </div>
        )}
      </th>
      <td>
        {count > 0 ? (
          <span className="badge badge--ok">{t('org.apps.installedCount', { count, total: org.stores.length })}</span>
        ) : (
          <span className="badge">{t('org.apps.notInstalledBadge')}</span>
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
                aria-label={t('org.apps.install', { app: name, store: store.name })}
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
                  aria-label={t(needsSetup ? 'org.apps.setUpLabel' : 'org.apps.settingsLabel', { app: name, store: store.name })}
                  onClick={() => onSetup(store)}
                >
                  {needsSetup ? t('org.apps.setUp') : t('org.apps.settings')}
                </button>
              )}
            </span>
          </td>
        );
      })}
    </tr>
  );
}
