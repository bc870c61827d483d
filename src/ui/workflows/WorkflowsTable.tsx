/**
 * The table of workflows: one row each, newest edit first (the order storage
 * returns), with a checkbox per row to select workflows for export.
 */
import { useEffect, useRef, useState } from 'react';
import type { Organization } from '../../domain/org/organization';
import type { StoredWorkflow } from '../../state/workflows';
import { useT } from '../i18n';
import { WorkflowRow } from './WorkflowRow';

interface Props {
  workflows: readonly StoredWorkflow[];
  org: Organization | undefined;
  onDelete: (entry: StoredWorkflow) => void;
  /** Id of a row whose link should take focus (a restored workflow). */
  focusId: string | undefined;
  onFocused: () => void;
  /** Ids of the selected workflows. */
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  onSelectAll: (selected: boolean) => void;
}

export function WorkflowsTable({ workflows, org, onDelete, focusId, onFocused, selected, onSelect, onSelectAll }: Props) {
  const now = useNow(60_000);
  const t = useT();
  const count = workflows.filter((e) => selected.has(e.workflow.id)).length;
  return (
    <div className="workflows__scroll">
      <table className="workflows">
        <caption>{t('workflows.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="workflows__select">
              <SelectAll
                checked={count > 0 && count === workflows.length}
                mixed={count > 0 && count < workflows.length}
                onChange={onSelectAll}
              />
            </th>
            <th scope="col">{t('workflows.table.name')}</th>
            <th scope="col">{t('workflows.table.trigger')}</th>
            <th scope="col">{t('workflows.table.stores')}</th>
            <th scope="col">{t('workflows.table.lastEdited')}</th>
            <th scope="col">{t('workflows.table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {workflows.map((entry) => (
            <WorkflowRow
              key={entry.workflow.id}
              entry={entry}
              org={org}
              now={now}
              onDelete={onDelete}
              focusRequested={entry.workflow.id === focusId}
              onFocused={onFocused}
              selected={selected.has(entry.workflow.id)}
              onSelect={onSelect}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The header checkbox: selects every workflow, or none; shows "mixed" when some are selected. */
function SelectAll({ checked, mixed, onChange }: { checked: boolean; mixed: boolean; onChange: (selected: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const t = useT();
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={t('workflows.table.selectAll')}
      checked={checked}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}

/** The current time, refreshed every `everyMs`, so relative times like "5 minutes ago" stay true. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
