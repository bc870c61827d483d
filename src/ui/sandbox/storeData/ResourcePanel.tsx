/**
 * One resource of a store's data: a search in Shopify's search syntax (the
 * same evaluator as a Get data step), a sort key with a reverse switch, and
 * the table of matching records (at most 100, as Get data returns; the
 * first 20 until asked for all, so the rest of the page stays in reach).
 */
import { useId, useMemo, useState } from 'react';
import { sortKeysOf, searchStore } from '../../../domain/search/search';
import type { StoreReader } from '../../../domain/shopify/resolve';
import type { StoreResource } from '../../../domain/shopify/storeResources';
import type { StoreDataView } from '../../../state/storeData';
import { useLanguage, useT } from '../../i18n';
import { COLUMNS, DEFAULT_SORT, EXAMPLE_QUERY, NAME_KEY, columnLabel } from './columns';
import { RecordRow } from './RecordRow';
import { searchErrorText } from './searchText';

/** Rows shown before "Show all". */
const PAGE = 20;

interface Props {
  storeId: string;
  resource: StoreResource;
  view: StoreDataView;
  /** The simulated time `now` means in a query. */
  now: string;
}

export function ResourcePanel({ storeId, resource, view, now }: Props) {
  const t = useT();
  const language = useLanguage();
  const ids = { query: useId(), help: useId(), sort: useId() };
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState(DEFAULT_SORT[resource]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [all, setAll] = useState(false);

  const outcome = useMemo(() => {
    const reader: StoreReader = {
      get: (r, id) => view[r].find((e) => e.id === id)?.record,
      list: (r) => view[r].map((e) => e.record),
    };
    return searchStore(reader, resource, { query, sortKey: sort.sortKey, reverse: sort.reverse, now });
  }, [view, resource, query, sort, now]);
  const found = outcome.ok ? outcome.records.map((r) => view[resource].find((e) => e.id === r.id)!) : [];
  const entries = all ? found : found.slice(0, PAGE);
  const firstHeader = NAME_KEY[resource] ? columnLabel(resource, NAME_KEY[resource], language) : t('storeData.column.name');

  const toggle = (id: string) => setExpanded((prev) => {
    const next = new Set(prev);
    if (!next.delete(id)) next.add(id);
    return next;
  });

  return (
    <div className="store-data__panel">
      <div className="row store-data__search" role="search">
        <label htmlFor={ids.query}>{t(`storeData.search.${resource}`)}</label>
        <input id={ids.query} type="search" className="store-data__query" value={query} placeholder={EXAMPLE_QUERY[resource]} aria-describedby={ids.help} spellCheck={false} onChange={(e) => setQuery(e.target.value)} />
        <label htmlFor={ids.sort}>{t('storeData.sort')}</label>
        <select id={ids.sort} value={sort.sortKey} onChange={(e) => setSort((s) => ({ ...s, sortKey: e.target.value }))}>
          {sortKeysOf(resource).map((key) => (
            <option key={key} value={key}>
              {key}
            </option>
          ))}
        </select>
        <label className="row nowrap">
          <input type="checkbox" checked={sort.reverse} onChange={(e) => setSort((s) => ({ ...s, reverse: e.target.checked }))} />
          {t('storeData.reverse')}
        </label>
      </div>
      <p id={ids.help} className="muted small">{t('storeData.search.help')}</p>
      {!outcome.ok ? (
        <p role="alert" className="error-text">{searchErrorText(t, outcome.error)}</p>
      ) : (
        <p role="status" className="small">
          {t('storeData.matches', { count: outcome.total })} {outcome.total > entries.length && t('storeData.showingFirst', { shown: entries.length })}{' '}
          {found.length > entries.length && (
            <button type="button" className="small-button" onClick={() => setAll(true)}>
              {t('storeData.showAll', { count: found.length })}
            </button>
          )}{' '}
          {outcome.ignoredFields.length > 0 && <span className="warning-text">{t('storeData.ignored', { fields: outcome.ignoredFields.join(', ') })}</span>}
        </p>
      )}
      {saved && <p role="status" className="store-data__saved">{t('storeData.saved', { name: saved })}</p>}
      <div className="sandbox__scroll">
        <table className="sandbox__table store-data__table">
          <caption className="visually-hidden">{t(`storeData.tab.${resource}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{firstHeader}</th>
              {COLUMNS[resource].map((col) => (
                <th scope="col" key={col.key}>
                  {columnLabel(resource, col.key, language)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('storeData.column.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <RecordRow
                key={entry.id}
                storeId={storeId}
                resource={resource}
                entry={entry}
                expanded={expanded.has(entry.id)}
                editing={editing === entry.id}
                onToggle={() => toggle(entry.id)}
                onEdit={(on) => {
                  setEditing(on ? entry.id : undefined);
                  setSaved(undefined);
                }}
                onSaved={(name) => {
                  setEditing(undefined);
                  setSaved(name);
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
