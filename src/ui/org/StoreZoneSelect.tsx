/**
 * A store's time zone on the Organization page: a select of the IANA zones
 * the browser knows (UTC first), saved as soon as it changes. The zone is
 * what the store's connector schedules (daily reports, birthdays) run in,
 * and where a new Scheduled time schedule starts.
 */
import { useId } from 'react';
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
  // A zone stored under another name (a link such as "US/Eastern") is still shown as chosen.
  const options = timeZoneNames().includes(store.timeZone) ? timeZoneNames() : [store.timeZone, ...timeZoneNames()];
  return (
    <span className="store-row__zone">
      <label htmlFor={id}>{t('org.stores.zone')}</label>{' '}
      <select
        id={id}
        aria-label={t('org.stores.zoneOf', { store: store.name })}
        value={store.timeZone}
        onChange={(e) => void run(() => orgCommands.setStoreTimeZone(store.id, e.target.value))}
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
