/**
 * Version history: every saved version with its time and a summary; a diff
 * of any version against the workflow as it is now (steps added, removed,
 * changed with fields before and after); and restore, as a new version.
 */
import { useMemo, useState } from 'react';
import { catalog } from '../../domain/catalog/catalog';
import { diffWorkflows, type WorkflowDiff } from '../../domain/workflow/diff';
import { useDocumentStore } from '../../state/editor/documentStore';
import { restoreVersion, useVersions, type WorkflowVersion } from '../../state/editor/history';
import { useEditorUi } from '../../state/editor/uiStore';

const REASON = { create: 'Created', edit: 'Edited', on: 'Turned on', off: 'Turned off', import: 'Imported', restore: 'Restored' } as const;

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

export function HistoryPanel({ onClose }: { onClose: () => void }) {
  const workflowId = useDocumentStore((s) => s.doc?.id);
  const versions = useVersions(workflowId);
  const [open, setOpen] = useState<number>();
  return (
    <aside aria-label="Version history" className="history">
      <div className="row">
        <h2>Version history</h2>
        <button type="button" className="history__close" onClick={onClose}>
          Close history
        </button>
      </div>
      {!versions ? (
        <p aria-busy="true">Loading versions…</p>
      ) : versions.length === 0 ? (
        <p className="muted">No saved versions yet.</p>
      ) : (
        <ol className="history__list" aria-label="Versions">
          {versions.map((v, i) => (
            <li key={v.seq}>
              <div className="history__item">
                <strong>{REASON[v.reason]}</strong> <time dateTime={v.updatedAt}>{when(v.updatedAt)}</time>
                {i === 0 && <span className="badge">Latest</span>}
                <div className="muted">{v.summary}</div>
                <div className="row">
                  <button type="button" aria-expanded={open === v.seq} onClick={() => setOpen(open === v.seq ? undefined : v.seq)}>
                    Compare with now
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      const result = restoreVersion(v);
                      const ui = useEditorUi.getState();
                      if (result.ok) ui.showMessage(`Restored the version of ${when(v.updatedAt)}. Undo takes it back.`);
                      else ui.showMessage(result.reason, 'error');
                    }}
                  >
                    Restore this version
                  </button>
                </div>
                {open === v.seq && <VersionDiff version={v} />}
              </div>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}

function VersionDiff({ version }: { version: WorkflowVersion }) {
  const doc = useDocumentStore((s) => s.doc);
  const diff = useMemo<WorkflowDiff | undefined>(() => (doc ? diffWorkflows(catalog, version.doc, doc) : undefined), [doc, version]);
  if (!diff) return null;
  const empty = !diff.added.length && !diff.removed.length && !diff.changed.length && !diff.linksAdded.length && !diff.linksRemoved.length && !diff.workflow.length;
  return (
    <section className="history__diff" aria-label="Changes since this version">
      {empty && <p className="muted">No changes since this version (apart from positions).</p>}
      {diff.workflow.map((c) => (
        <p key={c.field}>
          Workflow {c.field}: <del>{c.before}</del> → <ins>{c.after}</ins>
        </p>
      ))}
      {diff.added.length > 0 && <h3>Steps added since</h3>}
      <ul>{diff.added.map((s) => <li key={s.stepId}>{s.name}</li>)}</ul>
      {diff.removed.length > 0 && <h3>Steps removed since</h3>}
      <ul>{diff.removed.map((s) => <li key={s.stepId}>{s.name}</li>)}</ul>
      {diff.changed.length > 0 && <h3>Steps changed since</h3>}
      <ul>
        {diff.changed.map((s) => (
          <li key={s.stepId}>
            {s.name}
            <table className="history__fields">
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Then</th>
                  <th scope="col">Now</th>
                </tr>
              </thead>
              <tbody>
                {s.changes.map((c) => (
                  <tr key={c.field}>
                    <th scope="row">{c.field}</th>
                    <td><del>{c.before}</del></td>
                    <td><ins>{c.after}</ins></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </li>
        ))}
      </ul>
      {(diff.linksAdded.length > 0 || diff.linksRemoved.length > 0) && <h3>Links</h3>}
      <ul>
        {diff.linksAdded.map((l) => <li key={`+${l}`}>Added: {l}</li>)}
        {diff.linksRemoved.map((l) => <li key={`-${l}`}>Removed: {l}</li>)}
      </ul>
    </section>
  );
}
