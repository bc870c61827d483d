/**
 * The store picker: a labelled select of the organization's stores, written
 * once for the editor's test run, the Sandbox page and the run filters.
 * With `anyLabel` its first option ("All stores") has the value ''; without
 * it, the select is disabled while there is no store to pick.
 */
import type { Store } from '../../domain/org/organization';

interface Props {
  /** The label's words (the select's accessible name). */
  label: string;
  /** The stores to offer; undefined while the organization loads. */
  stores: readonly Store[] | undefined;
  /** The picked store's id ('' for the "any" option, or when nothing is picked). */
  value: string;
  onChange: (storeId: string) => void;
  /** When given, an option for no store in particular, with the value ''. */
  anyLabel?: string;
}

/** A labelled select of stores (see the module comment). */
export function StoreSelect({ label, stores, value, onChange, anyLabel }: Props) {
  const nothingToPick = anyLabel === undefined && (stores?.length ?? 0) === 0;
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)} disabled={nothingToPick}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {stores?.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}
