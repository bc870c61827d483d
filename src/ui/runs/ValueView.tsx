/**
 * Any value of a run record, readable: text as text (several lines kept),
 * lists of names as one line, objects as nested definition lists, lists of
 * objects one disclosure per entry, and long lists shortened with a "Show
 * N more" disclosure. Never a wall of JSON, never HTML: every value is
 * React text. Disclosures are <details>, which the keyboard opens natively.
 */
import { memo } from 'react';
import { formatValue } from './format';
import { useT } from '../i18n';

/** How many entries of a list show before "Show N more". */
export const SHOWN_ENTRIES = 20;
/** Deeper than this, an object is shown closed (a disclosure) rather than laid out. */
const OPEN_DEPTH = 2;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A short name of an object in a list, for its disclosure: its title, name, email or id. */
function nameOf(value: Obj): string | undefined {
  for (const key of ['title', 'name', 'displayName', 'email', 'id']) {
    const v = Object.hasOwn(value, key) ? value[key] : undefined;
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return undefined;
}

export const ValueView = memo(function ValueView({ value, depth = 0 }: { value: unknown; depth?: number }) {
  const t = useT();
  if (value === null || value === undefined || value === '') return <span className="muted">{t('runs.value.empty')}</span>;
  if (typeof value === 'boolean') return <>{t(value ? 'runs.value.yes' : 'runs.value.no')}</>;
  if (typeof value === 'string') return value.includes('\n') ? <pre className="value__text">{value}</pre> : <>{value}</>;
  if (Array.isArray(value)) return <ListView items={value} depth={depth} />;
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return <span className="muted">{t('runs.value.empty')}</span>;
    if (depth < OPEN_DEPTH) return <FieldsView value={value} depth={depth + 1} />;
    return (
      <details className="value__more">
        <summary>{t('runs.value.fields', { count: keys.length })}</summary>
        <FieldsView value={value} depth={depth + 1} />
      </details>
    );
  }
  return <>{formatValue(value)}</>;
});

/** An object's fields as a nested definition list. */
function FieldsView({ value, depth }: { value: Obj; depth: number }) {
  return (
    <dl className="data-list data-list--nested">
      {Object.entries(value).map(([key, v]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>
            <ValueView value={v} depth={depth} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function ListView({ items, depth }: { items: readonly unknown[]; depth: number }) {
  const t = useT();
  if (items.length === 0) return <span className="muted">{t('runs.value.emptyList')}</span>;
  const shown = items.slice(0, SHOWN_ENTRIES);
  const rest = items.slice(SHOWN_ENTRIES);
  const objects = items.some((v) => v !== null && typeof v === 'object');
  const more = rest.length > 0 && (
    <details className="value__more">
      <summary>{t('runs.value.showMore', { count: rest.length })}</summary>
      <ListBody items={rest} objects={objects} depth={depth} offset={SHOWN_ENTRIES} />
    </details>
  );
  return (
    <>
      <ListBody items={shown} objects={objects} depth={depth} offset={0} />
      {more}
    </>
  );
}

/** Scalars as one line ("1001, 1002"), objects one disclosure each, named by their title or id. */
function ListBody({ items, objects, depth, offset }: { items: readonly unknown[]; objects: boolean; depth: number; offset: number }) {
  const t = useT();
  if (!objects) return <span>{items.map((v) => formatValue(v)).join(', ')}</span>;
  return (
    <ol className="value__list" start={offset + 1}>
      {items.map((v, i) => (
        <li key={offset + i}>
          {isObject(v) ? (
            <details className="value__more">
              <summary>{nameOf(v) ?? t('runs.value.entry', { n: offset + i + 1 })}</summary>
              <FieldsView value={v} depth={depth + 1} />
            </details>
          ) : (
            <ValueView value={v} depth={depth + 1} />
          )}
        </li>
      ))}
    </ol>
  );
}
