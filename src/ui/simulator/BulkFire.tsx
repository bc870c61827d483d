/** Fires many events of the chosen trigger across the chosen stores, with progress and a cancel. */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useBulk } from './bulkStore';

/** The runtime's limit for one bulk firing. */
const MAX_EVENTS = 10_000;

export function BulkFire({ app, trigger, storeIds }: { app: string; trigger: string; storeIds: string[] }) {
  const [count, setCount] = useState('1000');
  const { running, progress, done, error, start, cancel } = useBulk(
    useShallow((s) => ({ running: s.running, progress: s.progress, done: s.done, error: s.error, start: s.start, cancel: s.cancel })),
  );
  const n = Number(count);
  const valid = Number.isInteger(n) && n >= 1 && n <= MAX_EVENTS;
  const fmt = (x: number) => x.toLocaleString('en-GB');

  return (
    <form
      className="simulator__bulk"
      aria-label="Fire in bulk"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid && storeIds.length > 0) void start({ app, trigger, count: n, storeIds });
      }}
    >
      <div className="row">
        <label>
          Events{' '}
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
          Fire in bulk
        </button>
        {running && (
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        )}
        <span className="muted small">
          {valid ? `${fmt(n)} events with generated sample data, spread over the chosen stores.` : `Between 1 and ${fmt(MAX_EVENTS)} events.`}
        </span>
      </div>
      {progress && (
        <div className="row">
          <progress aria-label="Bulk progress" max={progress.total} value={progress.fired} />
          <span aria-live="polite">
            {done
              ? `${done.cancelled ? 'Cancelled after' : 'Fired'} ${fmt(done.fired)} of ${fmt(done.total)} events: ${fmt(done.runs)} runs.`
              : `${fmt(progress.fired)} of ${fmt(progress.total)} events, ${fmt(progress.runs)} runs…`}
          </span>
        </div>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </form>
  );
}
