/**
 * "Nothing was imported": every problem of a refused import as
 * "<path> — <reason>", in a list named "Import problems". It is an alert, so
 * it is announced as soon as it appears. The problem lines themselves come
 * from the importer (a JSON path and a reason composed from the schema) and
 * stay in English; the words around them are translated.
 */
import { useId } from 'react';
import type { ImportProblem } from '../../state/transfer';
import { useT } from '../i18n';

interface Props {
  problems: readonly ImportProblem[];
  onDismiss?: () => void;
}

export function ImportProblems({ problems, onDismiss }: Props) {
  const titleId = useId();
  const t = useT();
  return (
    <div role="alert" aria-labelledby={titleId} className="import-problems">
      <h2 id={titleId}>{t('transfer.problems.title')}</h2>
      <p>{t('transfer.problems.intro', { count: problems.length })}</p>
      <ul aria-label={t('transfer.problems.list')} className="import-problems__list">
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p.path}</code> — {p.message}
          </li>
        ))}
      </ul>
      {onDismiss && (
        <button type="button" className="small-button" onClick={onDismiss}>
          {t('app.dismiss')}
        </button>
      )}
    </div>
  );
}
