/** The problems of one field or criterion, under it; `id` is what its control's aria-describedby points at. */
import type { Problem } from '../../domain/workflow/problems';
import { useT } from '../i18n';
import { useProblemText } from '../i18n/domainText';

export function FieldProblems({ id, problems }: { id: string; problems: readonly Problem[] }) {
  const t = useT();
  const problemText = useProblemText();
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="inspector__field-problems">
      {problems.map((p) => (
        <li key={`${p.code}:${p.message}`} className={`is-${p.severity}`}>
          {t(p.severity === 'error' ? 'inspector.error' : 'inspector.warning')}: {problemText(p)}
        </li>
      ))}
    </ul>
  );
}
