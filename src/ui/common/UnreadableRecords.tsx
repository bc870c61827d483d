/**
 * Stored records the reading layer left out because they cannot be read
 * (they fail their schema, or clash with the catalog), each with its key,
 * the reason (`$.path: reason`, in English like every schema sentence,
 * docs/i18n.md) and a button that removes it. Bad stored data never
 * reaches the page that would render it, and never stays out of reach.
 */
import { useId } from 'react';
import type { UnreadableRecord } from '../../state/workflows';

interface Props {
  records: readonly UnreadableRecord[];
  title: string;
  intro: string;
  /** The accessible name of the list. */
  listLabel: string;
  /** The visible words of each remove button. */
  removeText: string;
  /** The accessible name of the remove button of one record. */
  removeLabel: (id: string) => string;
  onRemove: (id: string) => void;
}

export function UnreadableRecords({ records, title, intro, listLabel, removeText, removeLabel, onRemove }: Props) {
  const titleId = useId();
  if (records.length === 0) return null;
  return (
    <section aria-labelledby={titleId} className="unreadable-records">
      <h3 id={titleId}>{title}</h3>
      <p className="muted">{intro}</p>
      <ul aria-label={listLabel} className="unreadable-records__list">
        {records.map((record) => (
          <li key={record.id} className="unreadable-records__item">
            <div>
              {record.name !== undefined && <strong>{record.name} </strong>}
              <code>{record.id}</code>
              <div className="unreadable-records__problem">{record.problem}</div>
            </div>
            <button type="button" className="small-button danger" aria-label={removeLabel(record.id)} onClick={() => onRemove(record.id)}>
              {removeText}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
