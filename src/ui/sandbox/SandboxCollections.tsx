/** Everything the simulated apps hold in one store, grouped by app, a table per collection. */
import type { SandboxCollectionView } from '../../state/runtime';
import { useSandbox } from '../../state/runtime';
import { SandboxTable } from './SandboxTable';

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
  if (!views) return <p aria-busy="true">Loading the sandbox…</p>;
  const groups = byApp(views.filter((v) => v.records.length > 0));
  if (groups.length === 0) {
    return (
      <div className="empty-state">
        <p>Nothing in the sandbox of {storeName} yet.</p>
        <p className="muted">
          When a workflow runs here, what its actions do lands in this sandbox: Slack messages, sheet rows, tasks and
          cards, messages sent to customers, loyalty points and more.
        </p>
      </div>
    );
  }
  return (
    <>
      {groups.map((g) => (
        <section key={g.appId} aria-labelledby={`sandbox-${g.appId}`} className="card sandbox__app">
          <h2 id={`sandbox-${g.appId}`}>{g.appName}</h2>
          {g.views.map((v) => (
            <SandboxTable key={v.collection} view={v} />
          ))}
        </section>
      ))}
    </>
  );
}
