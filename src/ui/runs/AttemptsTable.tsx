/** Every try of one action call: when, how long, the outcome and the error. */
import type { StepRecord } from '../../state/runtime';
import { attemptOutcomeLabel, formatDuration, formatTime } from './format';
import { useLanguage, useT } from '../i18n';

export function AttemptsTable({ step, name }: { step: StepRecord; name: string }) {
  const t = useT();
  const language = useLanguage();
  return (
    <table className="attempts">
      <caption>{t('runs.attempts.caption', { step: name })}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('runs.attempts.time')}</th>
          <th scope="col">{t('runs.attempts.duration')}</th>
          <th scope="col">{t('runs.attempts.outcome')}</th>
          <th scope="col">{t('runs.attempts.error')}</th>
        </tr>
      </thead>
      <tbody>
        {step.attempts.map((a, i) => (
          <tr key={i}>
            <td>{i + 1}</td>
            <td>
              <time dateTime={a.at}>{formatTime(a.at, language)}</time>
            </td>
            <td>{formatDuration(a.durationMs, language)}</td>
            <td>{attemptOutcomeLabel(a.outcome, language)}</td>
            <td>{a.error ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
