/**
 * One row of the workflow list: select (for export), open, rename inline,
 * duplicate, export, delete, and the on/off switch. The switch shows what is stored; a refused "on" leaves
 * it off and says why in an alert. The row shows the workflow's list summary
 * (state/workflowList.ts); an export reads the document when clicked.
 */
import { type Ref, Suspense, lazy, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { currentIndex } from '../../state/catalog';
import type { Organization } from '../../domain/org/organization';
import { loadTransfer } from '../transfer/loadTransfer';
import { FlowExportButton } from './FlowExportButton';
import type { WorkflowListRow } from '../../state/workflowList';
import { workflowCommands } from '../../state/workflows';
import { useAsyncAction } from '../common/useAsyncAction';
import { useLanguage, useLocalized, useT } from '../i18n';
import { lastEdited, storesSummary, triggerLabel } from './summary';

// The inline rename form loads when Rename is first chosen; the name stays shown meanwhile.
const RenameForm = lazy(() => import('./RenameForm').then((m) => ({ default: m.RenameForm })));

interface Props {
  entry: WorkflowListRow;
  /** Undefined while the organization loads. */
  org: Organization | undefined;
  /** The time "Last edited" is relative to. */
  now: number;
  onDelete: (entry: WorkflowListRow) => void;
  /** Move focus to this row's link once (after Undo brought the row back). */
  focusRequested: boolean;
  onFocused: () => void;
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
  /** The virtualised table's row attributes (measure ref, index, aria-rowindex). */
  rowProps: { 'data-index': number; 'aria-rowindex': number; ref: Ref<HTMLTableRowElement> };
}

export function WorkflowRow({ entry, org, now, onDelete, focusRequested, onFocused, selected, onSelect, rowProps }: Props) {
  const { name, id, updatedAt } = entry;
  const [editing, setEditing] = useState(false);
  const linkRef = useRef<HTMLAnchorElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const toggle = useAsyncAction();
  const action = useAsyncAction();
  const t = useT();
  const language = useLanguage();
  const localize = useLocalized();

  useEffect(() => {
    if (!focusRequested) return;
    linkRef.current?.focus();
    onFocused();
  }, [focusRequested, onFocused]);

  const stopEditing = () => {
    setEditing(false);
    // After the form is gone, give focus back to the button that opened it.
    requestAnimationFrame(() => renameRef.current?.focus());
  };

  const summary = org && storesSummary(entry, org, currentIndex(), t);

  return (
    <tr {...rowProps}>
      <td className="workflows__select">
        <input
          type="checkbox"
          aria-label={t('workflows.row.select', { name })}
          checked={selected}
          onChange={(e) => onSelect(id, e.target.checked)}
        />
      </td>
      <th scope="row" className="workflows__name">
        {editing ? (
          <Suspense fallback={name}>
            <RenameForm name={name} onSave={(next) => workflowCommands.rename(id, next)} onDone={stopEditing} />
          </Suspense>
        ) : (
          <Link ref={linkRef} href={`/editor/${id}`}>
            <span className="visually-hidden">{t('workflows.row.open')}</span>
            {name}
          </Link>
        )}
      </th>
      <td>{triggerLabel(entry.trigger, currentIndex(), t, localize)}</td>
      <td>
        <div className="row nowrap">
          <input
            type="checkbox"
            role="switch"
            className="switch"
            aria-label={t('workflows.row.isOn', { name })}
            checked={entry.activation.on}
            onChange={(e) => {
              const on = e.target.checked;
              toggle.clearError();
              void toggle.run(() => workflowCommands.setOn(id, on));
            }}
          />
          <span>{summary ? summary.text : '…'}</span>
        </div>
        {summary && summary.notRunning.length > 0 && (
          <details className="workflows__why">
            <summary>{t('workflows.row.whyNot', { count: summary.notRunning.length })}</summary>
            <ul>
              {summary.notRunning.map((s) => (
                <li key={s.store}>
                  <strong>{s.store}:</strong> {s.reasons.join(' ')}
                </li>
              ))}
            </ul>
          </details>
        )}
        {toggle.error && (
          <p role="alert" className="error-text">
            {toggle.error}
          </p>
        )}
      </td>
      <td>
        <time dateTime={updatedAt} title={new Date(updatedAt).toLocaleString(language)}>
          {lastEdited(updatedAt, now, language, t)}
        </time>
      </td>
      <td>
        <div className="row nowrap">
          <button
            ref={renameRef}
            type="button"
            className="small-button"
            aria-label={t('workflows.row.rename', { name })}
            onClick={() => setEditing(true)}
          >
            {t('app.rename')}
          </button>
          <button
            type="button"
            className="small-button"
            aria-label={t('workflows.row.duplicate', { name })}
            onClick={() => void action.run(() => workflowCommands.duplicate(id))}
          >
            {t('workflows.row.duplicateButton')}
          </button>
          <button
            type="button"
            className="small-button"
            aria-label={t('workflows.row.export', { name })}
            onClick={() =>
              void action.run(async () => {
                const [{ exportDocument, downloadText }, workflow] = await Promise.all([loadTransfer(), workflowCommands.document(id)]);
                const file = await exportDocument(workflow);
                downloadText(file.fileName, file.text);
              })
            }
          >
            {t('workflows.row.exportButton')}
          </button>
          <FlowExportButton id={id} name={name} />
          <button type="button" className="small-button danger" aria-label={t('workflows.row.delete', { name })} onClick={() => onDelete(entry)}>
            {t('workflows.row.deleteButton')}
          </button>
        </div>
        {action.error && (
          <p role="alert" className="error-text">
            {action.error}
          </p>
        )}
      </td>
    </tr>
  );
}
