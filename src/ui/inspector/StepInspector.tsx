/**
 * The settings of one step: headed by its app and name, its problems
 * (errors first), the settings of its kind, and the author's note.
 * Each kind's settings subscribe to nothing but this step and what they
 * read besides (the trigger, for the data a condition or field can use).
 */
import { useId } from 'react';
import { catalog } from '../../domain/catalog/catalog';
import type { Step } from '../../domain/workflow/document';
import { useDocumentStore } from '../../state/editor/documentStore';
import { useStepProblems } from '../../state/editor/problems';
import { ActionSettings } from './ActionSettings';
import { ConditionBuilder } from './ConditionBuilder';
import { stepHeading } from './inspectorModel';
import { ProblemList } from './ProblemList';
import { TriggerSettings } from './TriggerSettings';
import { WaitSettings } from './WaitSettings';
import { type Translate, useLocalized, useT } from '../i18n';

export function StepInspector({ stepId }: { stepId: string }) {
  const step = useDocumentStore((s) => s.doc?.steps.find((st) => st.id === stepId));
  const problems = useStepProblems(stepId);
  const t = useT();
  const localized = useLocalized();
  if (!step) return null;
  const heading = localizedHeading(stepHeading(catalog, step), step, t, localized);
  return (
    <div className="inspector__body">
      <header className="inspector__heading">
        <p className="inspector__app">{heading.app}</p>
        <h2 className="inspector__title">{heading.name}</h2>
      </header>
      <ProblemList problems={problems} label={t('inspector.stepProblems')} />
      <KindSettings step={step} />
      <NoteField stepId={step.id} note={step.note} />
    </div>
  );
}

/** The heading in the UI language: the catalog's names, "Logic" and the kind for conditions and waits. */
function localizedHeading(
  heading: { app: string; name: string },
  step: Step,
  t: Translate,
  localized: (text: { en: string; pl?: string }) => string,
): { app: string; name: string } {
  switch (step.kind) {
    case 'condition':
      return { app: t('canvas.logic'), name: t('canvas.kind.condition') };
    case 'wait':
      return { app: t('canvas.logic'), name: t('canvas.kind.wait') };
    case 'trigger': {
      const app = catalog.byId.get(step.app);
      const def = app?.triggers.find((x) => x.id === step.trigger);
      return { app: app ? localized(app.name) : heading.app, name: def ? localized(def.name) : heading.name };
    }
    case 'action': {
      const app = catalog.byId.get(step.app);
      const def = app?.actions.find((x) => x.id === step.action);
      return { app: app ? localized(app.name) : heading.app, name: def ? localized(def.name) : heading.name };
    }
  }
}

function KindSettings({ step }: { step: Step }) {
  switch (step.kind) {
    case 'trigger':
      return <TriggerSettings step={step} />;
    case 'action':
      return <ActionSettings step={step} />;
    case 'condition':
      return <ConditionBuilder step={step} />;
    case 'wait':
      return <WaitSettings step={step} />;
  }
}

function NoteField({ stepId, note }: { stepId: string; note: string }) {
  const id = useId();
  const dispatch = useDocumentStore((s) => s.dispatch);
  const t = useT();
  return (
    <div className="inspector__field inspector__section">
      <label htmlFor={id}>{t('inspector.note')}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={2000}
        value={note}
        onChange={(e) => dispatch({ type: 'updateNote', id: stepId, note: e.target.value }, { coalesceKey: `${stepId}.note` })}
      />
    </div>
  );
}
