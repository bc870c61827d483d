/**
 * One store record in its table: the name as a button that shows or hides
 * the whole record, the key values, and Edit, which opens the JSON editor
 * below the row. An invalid record is marked and can still be opened and
 * edited.
 */
import { useId } from 'react';
import { RESOURCE_OBJECT, type StoreResource } from '../../../domain/shopify/storeResources';
import type { StoreRecordEntry } from '../../../state/storeData';
import { useLanguage, useT } from '../../i18n';
import { COLUMNS, cellText, displayName } from './columns';
import { RecordDetails } from './RecordDetails';
import { RecordEditor } from './RecordEditor';

interface Props {
  storeId: string;
  resource: StoreResource;
  entry: StoreRecordEntry;
  expanded: boolean;
  editing: boolean;
  onToggle: () => void;
  onEdit: (editing: boolean) => void;
  onSaved: (name: string) => void;
}

export function RecordRow({ storeId, resource, entry, expanded, editing, onToggle, onEdit, onSaved }: Props) {
  const t = useT();
  const language = useLanguage();
  const detailsId = useId();
  const name = displayName(resource, entry.record);
  const columns = COLUMNS[resource];
  const span = columns.length + 2;
  return (
    <>
      <tr className={entry.valid ? undefined : 'store-data__invalid'}>
        <th scope="row">
          <button type="button" className="store-data__name" aria-expanded={expanded} aria-controls={expanded ? detailsId : undefined} onClick={onToggle}>
            {name}
          </button>
          {!entry.valid && (
            <span className="badge store-data__badge" title={t('storeData.invalidHint')}>
              {t('storeData.invalid')}
            </span>
          )}
        </th>
        {columns.map((col) => (
          <td key={col.key} className={col.kind === 'code' ? 'store-data__code' : col.kind === 'money' || col.kind === 'number' ? 'store-data__number' : undefined}>
            {cellText(col.kind, entry.record[col.key], entry.record, language)}
          </td>
        ))}
        <td>
          <button type="button" className="small-button" aria-label={t('storeData.editRecord', { name })} aria-pressed={editing} onClick={() => onEdit(!editing)}>
            {t('storeData.edit')}
          </button>
        </td>
      </tr>
      {expanded && (
        <tr>
          <td colSpan={span}>
            <RecordDetails object={RESOURCE_OBJECT[resource]} record={entry.record} name={name} id={detailsId} />
          </td>
        </tr>
      )}
      {editing && (
        <tr>
          <td colSpan={span}>
            <RecordEditor
              storeId={storeId}
              resource={resource}
              id={entry.id}
              name={name}
              record={entry.record}
              onCancel={() => onEdit(false)}
              onSaved={() => onSaved(name)}
            />
          </td>
        </tr>
      )}
    </>
  );
}
