/**
 * A refused input's problems as "<path> — <reason>" lines under a title and
 * an intro, in a named list: the import of a workflow file and the import of
 * a custom app manifest both show their problems this way. It is an alert,
 * so it is announced as soon as it appears. zod's generic reasons are worded
 * in the UI's language; a schema's own sentences stay English (docs/i18n.md).
 */
import { useId } from 'react';
import type { PathProblem } from '../../domain/zodIssues';
import { useLanguage, useT } from '../i18n';
import { pathReasonText } from './pathReason';

interface Props {
  problems: readonly PathProblem[];
  title: string;
  intro: string;
  /** The accessible name of the list of problems. */
  listLabel: string;
  /** Where the title sits in the page's outline. */
  headingLevel: 2 | 3;
  dismiss?: { label: string; onDismiss: () => void };
}

export function PathProblems({ problems, title, intro, listLabel, headingLevel, dismiss }: Props) {
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const t = useT();
  const language = useLanguage();
  return (
    <div role="alert" aria-labelledby={titleId} className="import-problems">
      <Heading id={titleId}>{title}</Heading>
      <p>{intro}</p>
      <ul aria-label={listLabel} className="import-problems__list">
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p.path}</code> — {pathReasonText(t, language, p)}
          </li>
        ))}
      </ul>
      {dismiss && (
        <button type="button" className="small-button" onClick={dismiss.onDismiss}>
          {dismiss.label}
        </button>
      )}
    </div>
  );
}
