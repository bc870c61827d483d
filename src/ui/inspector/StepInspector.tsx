/**
 * The settings of one step: headed by its app and name, its problems
 * (errors first), the settings of its kind, and the author's note.
 * Each kind's settings subscribe to nothing but this step and what they
 * read besides (the trigger, for the data a condition or field can use).
 */
import { lazy, Suspense, useId } from 'react';
import { useDocument, useEditorSession, useStepProblems } from '../../state/editor/context';
import { ProblemList } from './ProblemList';
import { useLanguage, useT } from '../i18n';
import { stepHeadingIn } from '../kinds';

// The kinds' forms load with the first step shown, not with the editor: their checks of what a step can
// read need the validator (Liquid, GraphQL) and a Scheduled time reads the schedule library (docs/benchmarks.md).
const KindSettings = lazy(() => import('./KindSettings').then((m) => ({ default: m.KindSettings })));

export function StepInspector({ stepId }: { stepId: string }) {
  const step = useDocument((s) => s.doc?.steps.find((st) => st.id === stepId));
  const problems = useStepProblems(stepId);
  const t = useT();
  const language = useLanguage();
  if (!step) return null;
  const heading = stepHeadingIn(language, step);
  return (
    <div className="inspector__body">
      <header className="inspector__heading">
        <p className="inspector__app">{heading.app}</p>
        <h2 className="inspector__title">{heading.name}</h2>
      </header>
      <ProblemList problems={problems} label={t('inspector.stepProblems')} />
      <Suspense fallback={null}>
        <KindSettings step={step} />
        <NoteField stepId={step.id} note={step.note} />
      </Suspense>
    </div>
  );
}

function NoteField({ stepId, note }: { stepId: string; note: string }) {
  const id = useId();
  const session = useEditorSession();
  const t = useT();
  return (
    <div className="inspector__field inspector__section">
      <label htmlFor={id}>{t('inspector.note')}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={2000}
        value={note}
        onChange={(e) => session.apply({ type: 'updateNote', id: stepId, note: e.target.value }, { coalesceKey: `${stepId}.note` })}
      />
    </div>
  );
}
