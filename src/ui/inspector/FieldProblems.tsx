/** The problems of one field or criterion, under it; `id` is what its control's aria-describedby points at. */
import type { Problem } from '../../domain/workflow/problems';

export function FieldProblems({ id, problems }: { id: string; problems: readonly Pick<Problem, 'code' | 'message' | 'severity'>[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="inspector__field-problems">
      {problems.map((p) => (
        <li key={`${p.code}:${p.message}`} className={`is-${p.severity}`}>
          {p.severity === 'error' ? 'Error' : 'Warning'}: {p.message}
        </li>
      ))}
    </ul>
  );
}
