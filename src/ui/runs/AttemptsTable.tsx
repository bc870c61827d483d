/** Every try of one action call: when, how long, the outcome and the error. */
import type { StepRecord } from '../../state/runtime';
import { attemptOutcomeLabel, formatDuration, formatTime } from './format';

export function AttemptsTable({ step }: { step: StepRecord }) {
  return (
    <table className="attempts">
      <caption>Attempts of {step.name}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Time</th>
          <th scope="col">Duration</th>
          <th scope="col">Outcome</th>
          <th scope="col">Error</th>
        </tr>
      </thead>
      <tbody>
        {step.attempts.map((a, i) => (
          <tr key={i}>
            <td>{i + 1}</td>
            <td>
              <time dateTime={a.at}>{formatTime(a.at)}</time>
            </td>
            <td>{formatDuration(a.durationMs)}</td>
            <td>{attemptOutcomeLabel(a.outcome)}</td>
            <td>{a.error ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
