/**
 * The table of workflows: one row each, newest edit first (the order storage
 * returns), with a checkbox per row to select workflows for export. It is
 * virtualised like the run history (common/virtualRows.tsx): only the rows
 * in view and a few around are rendered, and the page reads only the
 * window of summaries they fall in, so ten thousand workflows cost what a
 * hundred do. Row indexes and the row count are given to assistive
 * technology (aria-rowindex, aria-rowcount).
 */
import { useEffect, useRef, useState } from 'react';
import type { Organization } from '../../domain/org/organization';
import type { WorkflowListRow, WorkflowListWindow } from '../../state/workflowList';
import { SpacerRow, useVirtualRows } from '../common/virtualRows';
import { useT } from '../i18n';
import { WorkflowRow } from './WorkflowRow';

/** A row's height before it is measured (the small buttons and the cell padding, at the default font size). */
const ROW_ESTIMATE = 49;
/** Rows rendered beyond each edge of the view. */
const OVERSCAN = 8;
const COLUMNS = 6;

interface Props {
  /** The window of the list read for the rows in view (see usePageWindow). */
  list: WorkflowListWindow;
  /** Moves the window to the pages holding the rendered rows. */
  follow: (first: number, last: number) => void;
  org: Organization | undefined;
  onDelete: (entry: WorkflowListRow) => void;
  /** Id of a row whose link should take focus (a restored workflow). */
  focusId: string | undefined;
  onFocused: () => void;
  /** Ids of the selected workflows. */
  selected: ReadonlySet<string>;
  /** The header checkbox: every listed workflow selected, or some. */
  allSelected: boolean;
  someSelected: boolean;
  onSelect: (id: string, selected: boolean) => void;
  onSelectAll: (selected: boolean) => void;
}

export function WorkflowsTable({ list, follow, org, onDelete, focusId, onFocused, selected, allSelected, someSelected, onSelect, onSelectAll }: Props) {
  const now = useNow(60_000);
  const t = useT();
  const { scrollRef, onKeyDown, items, rowProps, before, after } = useVirtualRows({ count: list.total, estimate: ROW_ESTIMATE, overscan: OVERSCAN, follow });
  const rowAt = (index: number): WorkflowListRow | null | undefined => list.rows[index - list.offset];
  return (
    <div ref={scrollRef} className="workflows__scroll" role="region" onKeyDown={onKeyDown} aria-label={t('workflows.table.caption')} tabIndex={0}>
      <table className="workflows" aria-rowcount={list.total + 1}>
        <caption>{t('workflows.table.caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="workflows__select">
              <SelectAll checked={allSelected} mixed={someSelected && !allSelected} onChange={onSelectAll} />
            </th>
            <th scope="col">{t('workflows.table.name')}</th>
            <th scope="col">{t('workflows.table.trigger')}</th>
            <th scope="col">{t('workflows.table.stores')}</th>
            <th scope="col">{t('workflows.table.lastEdited')}</th>
            <th scope="col">{t('workflows.table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={before} columns={COLUMNS} />
          {items.map((item) => {
            const entry = rowAt(item.index);
            if (!entry) {
              return (
                <tr key={`empty-${item.index}`} {...rowProps(item.index)} className="workflows__pending">
                  <td colSpan={COLUMNS} aria-busy={entry === undefined}>
                    {entry === undefined ? '…' : t('workflows.row.unreadable')}
                  </td>
                </tr>
              );
            }
            return (
              <WorkflowRow
                key={entry.id}
                entry={entry}
                rowProps={rowProps(item.index)}
                org={org}
                now={now}
                onDelete={onDelete}
                focusRequested={entry.id === focusId}
                onFocused={onFocused}
                selected={selected.has(entry.id)}
                onSelect={onSelect}
              />
            );
          })}
          <SpacerRow height={after} columns={COLUMNS} />
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
