/**
 * A record's fields as a definition list. Fields a step kind names for
 * people (ui/kinds `recordFields`: Get data's "matched", "ids"...) show that
 * name, with the field's key as its title; values read as ValueView shows
 * them, never HTML.
 */
import type { StepKind } from '../../domain/workflow/document';
import { recordFieldLabel } from '../kinds';
import { useT } from '../i18n';
import { ValueView } from './ValueView';

export function DataList({ data, label, kind }: { data: Record<string, unknown> | undefined; label: string; kind?: StepKind }) {
  const entries = Object.entries(data ?? {});
  const t = useT();
  if (entries.length === 0) return <p className="muted">{t('runs.none')}</p>;
  return (
    <dl className="data-list" aria-label={label}>
      {entries.map(([key, value]) => {
        const named = kind && recordFieldLabel(kind, key);
        return (
          <div key={key}>
            <dt title={named ? key : undefined}>{named ? t(named) : key}</dt>
            <dd>
              <ValueView value={value} />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
