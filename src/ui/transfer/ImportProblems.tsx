/**
 * "Nothing was imported": every problem of a refused import as
 * "<path> — <reason>", in a list named "Import problems". It is an alert, so
 * it is announced as soon as it appears.
 */
import { useId } from 'react';
import type { ImportProblem } from '../../state/transfer';

interface Props {
  problems: readonly ImportProblem[];
  onDismiss?: () => void;
}

export function ImportProblems({ problems, onDismiss }: Props) {
  const titleId = useId();
  return (
    <div role="alert" aria-labelledby={titleId} className="import-problems">
      <h2 id={titleId}>Nothing was imported</h2>
      <p>
        {problems.length === 1 ? 'The file has a problem' : `The file has ${problems.length} problems`}; your workflows and
        setup were not changed. Fix {problems.length === 1 ? 'it' : 'them'} and import the file again.
      </p>
      <ul aria-label="Import problems" className="import-problems__list">
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p.path}</code> — {p.message}
          </li>
        ))}
      </ul>
      {onDismiss && (
        <button type="button" className="small-button" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
