/**
 * A store's time zone on the Organization page: a select of the IANA zones
 * the browser knows (UTC first), saved as soon as it changes. The zone is
 * what the store's connector schedules (daily reports, birthdays) run in,
 * and where a new Scheduled time schedule starts.
 */
import { useId, useState } from 'react';
import type { Store } from '../../domain/org/organization';
import { timeZoneNames } from '../../domain/time/zones';
import { orgCommands } from '../../state/org';
import { ErrorAlert } from '../common/ErrorAlert';
import { useAsyncAction } from '../common/useAsyncAction';
import { useT } from '../i18n';

export function StoreZoneSelect({ store }: { store: Store }) {
  const id = useId();
  const t = useT();
  const { error, run } = useAsyncAction();
  // The zone being saved is shown (and the select busy) until the stored store has it.
  const [pending, setPending] = useState<string>();
  if (pending !== undefined && store.timeZone === pending) setPending(undefined);
  const shown = pending ?? store.timeZone;
  // A zone stored under another name (a link such as "US/Eastern") is still shown as chosen.
  const options = timeZoneNames().includes(shown) ? timeZoneNames() : [shown, ...timeZoneNames()];
  const choose = async (zone: string) => {
    setPending(zone);
    if (!(await run(() => orgCommands.setStoreTimeZone(store.id, zone)))) setPending(undefined);
  };
  return (
    <span className="store-row__zone">
      <label htmlFor={id}>{t('org.stores.zone')}</label>{' '}
      <select
        id={id}
        aria-label={t('org.stores.zoneOf', { store: store.name })}
        value={shown}
        aria-busy={pending !== undefined}
        onChange={(e) => void choose(e.target.value)}
      >
        {options.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
      <ErrorAlert error={error} />
    </span>
  );
}
