/**
 * One sandbox collection as a table: a column per record key, values as
 * text (arrays joined, objects as compact JSON; never HTML). A long
 * collection shows its newest hundred records (the runtime lists them
 * newest first) until asked for all of them.
 */
import { useMemo, useState } from 'react';
import { ownValue } from '../../domain/ownKeys';
import type { SandboxCollectionView } from '../../state/runtime';
import { columnsOf, formatValue } from '../runs/format';
import { useT } from '../i18n';

const PAGE = 100;

export function SandboxTable({ view }: { view: SandboxCollectionView }) {
  const [all, setAll] = useState(false);
  const columns = useMemo(() => columnsOf(view.records), [view.records]);
  const shown = all ? view.records : view.records.slice(0, PAGE);
  const t = useT();
  return (
    <div className="sandbox__scroll">
      <table className="sandbox__table">
        <caption>
          {view.heading} <span className="muted small">({view.records.length})</span>
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((record, i) => (
            <tr key={typeof record.id === 'string' ? record.id : i}>
              {columns.map((c) => (
                <td key={c}>{formatValue(ownValue(record, c))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length < view.records.length && (
        <p className="row small">
          <span className="muted">
            {t('sandbox.showingNewest', { shown: shown.length, count: view.records.length })}
          </span>
          <button type="button" className="small-button" onClick={() => setAll(true)}>
            {t('sandbox.showAll', { what: view.heading.toLocaleLowerCase() })}
          </button>
        </p>
      )}
    </div>
  );
}
