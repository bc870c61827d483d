/** Fires many events of the chosen trigger across the chosen stores, with progress and a cancel. */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useBulk } from './bulkStore';
import { useLanguage, useT } from '../i18n';
import { ErrorAlert } from '../common/ErrorAlert';

/** The runtime's limit for one bulk firing. */
const MAX_EVENTS = 10_000;

export function BulkFire({ app, trigger, storeIds }: { app: string; trigger: string; storeIds: string[] }) {
  const [count, setCount] = useState('1000');
  const { running, progress, done, error, start, cancel } = useBulk(
    useShallow((s) => ({ running: s.running, progress: s.progress, done: s.done, error: s.error, start: s.start, cancel: s.cancel })),
  );
  const n = Number(count);
  const valid = Number.isInteger(n) && n >= 1 && n <= MAX_EVENTS;
  const t = useT();
  const language = useLanguage();
  const fmt = (x: number) => x.toLocaleString(language === 'pl' ? 'pl-PL' : 'en-GB');

  return (
    <form
      className="simulator__bulk"
      aria-label={t('simulator.bulk')}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid && storeIds.length > 0) void start({ app, trigger, count: n, storeIds });
      }}
    >
      <div className="row">
        <label>
          {t('simulator.bulk.events')}{' '}
          <input
            type="number"
            min={1}
            max={MAX_EVENTS}
            step={1}
            value={count}
            onChange={(e) => setCount(e.target.value)}
            aria-invalid={!valid}
          />
        </label>
        <button type="submit" disabled={running || !valid || storeIds.length === 0}>
          {t('simulator.bulk')}
        </button>
        {running && (
          <button type="button" onClick={cancel}>
            {t('simulator.bulk.cancel')}
          </button>
        )}
        <span className="muted small">
          {valid ? t('simulator.bulk.hint', { count: n }) : t('simulator.bulk.range', { max: MAX_EVENTS })}
        </span>
      </div>
      {progress && (
        <div className="row">
          <progress aria-label={t('simulator.bulk.progress')} max={progress.total} value={progress.fired} />
          <span aria-live="polite">
            {done
              ? t(done.cancelled ? 'simulator.bulk.cancelled' : 'simulator.bulk.done', {
                  fired: fmt(done.fired),
                  count: done.total,
                  runs: fmt(done.runs),
                })
              : t('simulator.bulk.running', { fired: fmt(progress.fired), count: progress.total, runs: fmt(progress.runs) })}
          </span>
        </div>
      )}
      <ErrorAlert error={error} />
    </form>
  );
}
