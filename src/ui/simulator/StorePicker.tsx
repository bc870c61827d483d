/** Which stores an event fires in: one checkbox per store and "All stores" (mixed when some are chosen). */
import { useEffect, useRef } from 'react';
import type { Store } from '../../domain/org/organization';
import { useT } from '../i18n';

interface Props {
  stores: readonly Store[];
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}

export function StorePicker({ stores, selected, onChange }: Props) {
  const all = useRef<HTMLInputElement>(null);
  const t = useT();
  const count = stores.filter((s) => selected.has(s.id)).length;
  useEffect(() => {
    if (all.current) all.current.indeterminate = count > 0 && count < stores.length;
  }, [count, stores.length]);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset className="simulator__stores">
      <legend>{t('simulator.storesLegend')}</legend>
      {stores.length === 0 ? (
        <p className="muted">{t('simulator.noStores')}</p>
      ) : (
        <div className="row">
          <label>
            <input
              ref={all}
              type="checkbox"
              checked={count === stores.length}
              onChange={(e) => onChange(e.target.checked ? new Set(stores.map((s) => s.id)) : new Set())}
            />{' '}
            {t('simulator.allStores')}
          </label>
          {stores.map((s) => (
            <label key={s.id}>
              <input
                type="checkbox"
                aria-label={t('simulator.fireIn', { store: s.name })}
                checked={selected.has(s.id)}
                onChange={(e) => toggle(s.id, e.target.checked)}
              />{' '}
              {s.name}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
