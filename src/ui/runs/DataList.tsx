/** A record's fields as a definition list; values as text (see formatValue), never HTML. */
import { formatValue } from './format';
import { useT } from '../i18n';

export function DataList({ data, label }: { data: Record<string, unknown> | undefined; label: string }) {
  const entries = Object.entries(data ?? {});
  const t = useT();
  if (entries.length === 0) return <p className="muted">{t('runs.none')}</p>;
  return (
    <dl className="data-list" aria-label={label}>
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{formatValue(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
