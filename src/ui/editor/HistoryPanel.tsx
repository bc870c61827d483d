/**
 * Version history: every saved version with its time and a summary; a diff
 * of any version against the workflow as it is now (steps added, removed,
 * changed with fields before and after); and restore, as a new version.
 */
import { useMemo, useState } from 'react';
import { currentCatalog } from '../../state/catalog';
import { diffWorkflows, type WorkflowDiff } from '../../domain/workflow/diff';
import { useDocument, useEditorSession } from '../../state/editor/context';
import { restoreVersion, useVersions, type WorkflowVersion } from '../../state/editor/history';
import { useLanguage, useT, type Language, type MessageKey } from '../i18n';
import { noteColorName } from '../canvas/nodes/noteColors';
import { versionSummary } from './versionSummary';

/** Workflow-level fields the diff reports, by name. */
const WORKFLOW_FIELDS = {
  name: 'editor.diff.field.name',
  description: 'editor.diff.field.description',
  activation: 'editor.diff.field.activation',
} as const satisfies Record<string, MessageKey>;

function when(iso: string, language: Language): string {
  return new Date(iso).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'medium' });
}

export function HistoryPanel({ onClose }: { onClose: () => void }) {
  const session = useEditorSession();
  const workflowId = useDocument((s) => s.doc?.id);
  const versions = useVersions(workflowId);
  const [open, setOpen] = useState<number>();
  const t = useT();
  const language = useLanguage();
  const summaries = useMemo(() => versions?.map((v, i) => versionSummary(v, versions[i + 1], t)), [versions, t]);
  return (
    <aside aria-label={t('editor.history.label')} className="history">
      <div className="row">
        <h2>{t('editor.history.label')}</h2>
        <button type="button" className="history__close" onClick={onClose}>
          {t('editor.history.close')}
        </button>
      </div>
      {!versions ? (
        <p aria-busy="true">{t('editor.history.loading')}</p>
      ) : versions.length === 0 ? (
        <p className="muted">{t('editor.history.empty')}</p>
      ) : (
        <ol className="history__list" aria-label={t('editor.history.versions')}>
          {versions.map((v, i) => (
            <li key={v.seq}>
              <div className="history__item">
                <strong>{t(`editor.history.reason.${v.reason}`)}</strong>{' '}
                <time dateTime={v.updatedAt}>{when(v.updatedAt, language)}</time>
                {i === 0 && <span className="badge">{t('editor.history.latest')}</span>}
                <div className="muted">{summaries?.[i] ?? v.summary}</div>
                <div className="row">
                  <button type="button" aria-expanded={open === v.seq} onClick={() => setOpen(open === v.seq ? undefined : v.seq)}>
                    {t('editor.history.compare')}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      const result = restoreVersion(session, v);
                      const ui = session.ui.getState();
                      if (result.ok) ui.showMessage(t('editor.history.restored', { when: when(v.updatedAt, language) }));
                      else ui.showRefusal(result.refusal);
                    }}
                  >
                    {t('editor.history.restore')}
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
  const doc = useDocument((s) => s.doc);
  const diff = useMemo<WorkflowDiff | undefined>(() => (doc ? diffWorkflows(currentCatalog(), version.doc, doc) : undefined), [doc, version]);
  const t = useT();
  if (!diff) return null;
  const fieldName = (field: string) => (Object.hasOwn(WORKFLOW_FIELDS, field) ? t(WORKFLOW_FIELDS[field as keyof typeof WORKFLOW_FIELDS]) : field);
  const empty =
    !diff.added.length && !diff.removed.length && !diff.changed.length && !diff.linksAdded.length && !diff.linksRemoved.length && !diff.workflow.length && !diff.notes.length;
  return (
    <section className="history__diff" aria-label={t('editor.diff.label')}>
      {empty && <p className="muted">{t('editor.diff.none')}</p>}
      {diff.workflow.map((c) => (
        <p key={c.field}>
          {t('editor.diff.workflowField', { field: fieldName(c.field) })} <del>{c.before}</del> →{' '}
          <ins>{c.after}</ins>
        </p>
      ))}
      {diff.added.length > 0 && <h3>{t('editor.diff.added')}</h3>}
      <ul>{diff.added.map((s) => <li key={s.stepId}>{s.name}</li>)}</ul>
      {diff.removed.length > 0 && <h3>{t('editor.diff.removed')}</h3>}
      <ul>{diff.removed.map((s) => <li key={s.stepId}>{s.name}</li>)}</ul>
      {diff.changed.length > 0 && <h3>{t('editor.diff.changed')}</h3>}
      <ul>
        {diff.changed.map((s) => (
          <li key={s.stepId}>
            {s.name}
            <table className="history__fields">
              <thead>
                <tr>
                  <th scope="col">{t('editor.diff.field')}</th>
                  <th scope="col">{t('editor.diff.then')}</th>
                  <th scope="col">{t('editor.diff.now')}</th>
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
      {(diff.linksAdded.length > 0 || diff.linksRemoved.length > 0) && <h3>{t('editor.diff.links')}</h3>}
      <ul>
        {diff.linksAdded.map((l) => <li key={`+${l}`}>{t('editor.diff.linkAdded', { link: l })}</li>)}
        {diff.linksRemoved.map((l) => <li key={`-${l}`}>{t('editor.diff.linkRemoved', { link: l })}</li>)}
      </ul>
      {diff.notes.length > 0 && <h3>{t('notes.diff.heading')}</h3>}
      <ul>
        {diff.notes.map((n) => (
          <li key={n.noteId}>
            {t(`notes.diff.${n.change}`, { note: n.excerpt || t('notes.diff.empty') })}
            {n.changes.map((c) => (
              <p key={c.field} className="history__note-change">
                {t(c.field === 'color' ? 'notes.diff.color' : 'notes.diff.text')} <del>{c.field === 'color' ? noteColorName(c.before, t) : c.before}</del> →{' '}
                <ins>{c.field === 'color' ? noteColorName(c.after, t) : c.after}</ins>
              </p>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
