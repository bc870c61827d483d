/**
 * The simulated clock: what time it is, +1 hour, +1 day or forward to a
 * chosen time. Moving it fires the scheduled triggers that fall due and
 * resumes waiting runs; the line below says how many runs that made.
 */
import { useState } from 'react';
import { advanceClock, type RunRecord, setClock, useSimNow } from '../../state/runtime';
import { useAsyncAction } from '../common/useAsyncAction';
import { formatTime, fromLocalInput, toLocalInput } from '../runs/format';
import { countRuns } from './runCounts';
import { useLanguage, useT } from '../i18n';
import { ErrorAlert } from '../common/ErrorAlert';

const HOUR = 3_600_000;

export function ClockControls() {
  const now = useSimNow();
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string>();
  const { error, run } = useAsyncAction();
  const t = useT();
  const language = useLanguage();

  const move = (action: () => Promise<RunRecord[]>) => {
    setBusy(true);
    setOutcome(undefined);
    void run(async () => {
      try {
        const runs = await action();
        setOutcome(
          runs.length === 0
            ? t('simulator.clock.nothing')
            : `${t('runs.count', { count: runs.length })}: ${countRuns(runs, language)}`,
        );
      } finally {
        setBusy(false);
      }
    });
  };

  const go = () => {
    const iso = fromLocalInput(target);
    if (!iso) return void run(() => Promise.reject(new Error(t('simulator.clock.choose'))));
    if (now && iso <= now) return void run(() => Promise.reject(new Error(t('simulator.clock.forward'))));
    move(() => setClock(iso));
  };

  return (
    <div className="simulator__clock">
      <p role="status" aria-label={t('simulator.clock.label')} className="simulator__now">
        {t('simulator.clock.now')}{' '}
        <strong>{now ? <time dateTime={now}>{formatTime(now, language)}</time> : t('simulator.clock.loading')}</strong>
      </p>
      <div className="row">
        <button type="button" onClick={() => move(() => advanceClock(HOUR))} disabled={busy || !now}>
          {t('simulator.clock.hour')}
        </button>
        <button type="button" onClick={() => move(() => advanceClock(24 * HOUR))} disabled={busy || !now}>
          {t('simulator.clock.day')}
        </button>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            go();
          }}
        >
          <label>
            {t('simulator.clock.goTo')}{' '}
            <input type="datetime-local" value={target} min={toLocalInput(now)} onChange={(e) => setTarget(e.target.value)} />
          </label>
          <button type="submit" disabled={busy || !now}>
            {t('simulator.clock.go')}
          </button>
        </form>
      </div>
      <p className="muted simulator__outcome" aria-live="polite">
        {outcome}
      </p>
      <ErrorAlert error={error} />
    </div>
  );
}
