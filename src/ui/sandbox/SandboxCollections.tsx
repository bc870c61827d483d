/** Everything the simulated apps hold in one store, grouped by app, a table per collection. */
import type { SandboxCollectionView } from '../../state/runtime';
import { useSandbox } from '../../state/runtime';
import { SandboxTable } from './SandboxTable';
import { useLocalized, useT } from '../i18n';
import { findApp } from '../../domain/catalog/catalog';
import { currentCatalog } from '../../state/catalog';

/** Consecutive views of the same app, in the order the runtime gives them. */
function byApp(views: readonly SandboxCollectionView[]): { appId: string; appName: string; views: SandboxCollectionView[] }[] {
  const groups: { appId: string; appName: string; views: SandboxCollectionView[] }[] = [];
  for (const view of views) {
    const last = groups.at(-1);
    if (last?.appId === view.appId) last.views.push(view);
    else groups.push({ appId: view.appId, appName: view.appName, views: [view] });
  }
  return groups;
}

export function SandboxCollections({ storeId, storeName }: { storeId: string; storeName: string }) {
  const views = useSandbox(storeId);
  const t = useT();
  const localized = useLocalized();
  if (!views) return <p aria-busy="true">{t('sandbox.loading')}</p>;
  const groups = byApp(views.filter((v) => v.records.length > 0));
  if (groups.length === 0) {
    return (
      <div className="empty-state">
        <p>{t('sandbox.empty', { store: storeName })}</p>
        <p className="muted">{t('sandbox.empty.hint')}</p>
      </div>
    );
  }
  return (
    <>
      {groups.map((g) => (
        <section key={g.appId} aria-labelledby={`sandbox-${g.appId}`} className="card sandbox__app">
          <h2 id={`sandbox-${g.appId}`}>{appNameOf(g.appId, g.appName, localized)}</h2>
          {g.views.map((v) => (
            <SandboxTable key={v.collection} view={v} />
          ))}
        </section>
      ))}
    </>
  );
}

/** The app's name from the catalog in the UI language; the stored name for an app the catalog lacks. */
function appNameOf(appId: string, stored: string, localized: (text: { en: string; pl?: string }) => string): string {
  const app = findApp(currentCatalog(), appId);
  return app ? localized(app.name) : stored;
}
