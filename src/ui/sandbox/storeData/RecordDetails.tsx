/**
 * The whole of one store record, read-only: each value with its label (the
 * model's, in the UI's language) and key (what conditions, Liquid and queries
 * use), lists of text joined, lists of objects (line items, variants,
 * metafields) as small tables. Text only, never HTML.
 */
import { attributeOf, labelOf } from '../../../domain/shopify/model';
import type { ObjectTypeName } from '../../../domain/shopify/objectTypes';
import { useLanguage, useT, type Language } from '../../i18n';
import { cellText } from './columns';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

function valueText(value: unknown, record: Rec, language: Language): string {
  if (typeof value === 'number') return cellText('number', value, record, language);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
  return cellText('text', value, record, language);
}

function NestedTable({ owner, items, caption }: { owner: ObjectTypeName | undefined; items: Rec[]; caption: string }) {
  const language = useLanguage();
  const keys = [...new Set(items.flatMap((item) => Object.keys(item)))];
  return (
    <div className="sandbox__scroll">
      <table className="sandbox__table store-record__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {keys.map((k) => (
              <th scope="col" key={k}>
                {(owner && labelOf(owner, k, language)) ?? k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={typeof item.id === 'string' ? item.id : i}>
              {keys.map((k) => (
                <td key={k}>{valueText(item[k], item, language)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RecordDetails({ object, record, name, id }: { object: ObjectTypeName; record: Rec; name: string; id: string }) {
  const t = useT();
  const language = useLanguage();
  const entries = Object.entries(record);
  const lists = entries.filter(([, v]) => Array.isArray(v) && v.some(isRec));
  const values = entries.filter(([k]) => !lists.some(([l]) => l === k));
  return (
    <div role="region" id={id} aria-label={t('storeData.details', { name })} className="store-record">
      <dl className="store-record__values">
        {values.map(([key, value]) => (
          <div key={key}>
            <dt>
              {labelOf(object, key, language) ?? key} <code className="small">{key}</code>
            </dt>
            <dd>{Array.isArray(value) && value.length === 0 ? <span className="muted">{t('storeData.none')}</span> : valueText(value, record, language)}</dd>
          </div>
        ))}
      </dl>
      {lists.map(([key, value]) => {
        const attr = attributeOf(object, key);
        const owner = attr?.type.kind === 'objects' ? attr.type.object : undefined;
        return <NestedTable key={key} owner={owner} items={(value as unknown[]).filter(isRec)} caption={`${labelOf(object, key, language) ?? key} (${key})`} />;
      })}
    </div>
  );
}
