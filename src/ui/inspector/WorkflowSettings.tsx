/**
 * What the inspector shows when no step is selected: the workflow's name
 * and description, its problems, where and whether it is turned on, and
 * per store whether it runs there and why not.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { WorkflowName } from '../../domain/workflow/document';
import { useOrganization } from '../../state/org';
import { useDocument, useEditorSession, useProblems } from '../../state/editor/context';
import { ActivationSettings } from './ActivationSettings';
import { type RefusedAt } from './inspectorModel';
import type { Step } from '../../domain/workflow/document';
import { ProblemList } from './ProblemList';
import { Readiness } from './Readiness';
import { useDraft } from './useDraft';
import { type Language, useLanguage, useT } from '../i18n';
import { appsOfStep } from '../../domain/workflow/kinds/registry';
import { stepTextIn } from '../kinds';

export function WorkflowSettings() {
  const org = useOrganization();
  const [refusedAt, setRefusedAt] = useState<RefusedAt>();
  const t = useT();
  return (
    <div className="inspector__body">
      <h2 className="inspector__title">{t('inspector.workflow.title')}</h2>
      <NameAndDescription />
      <WorkflowProblems />
      <ActivationSettings org={org} refusedAt={refusedAt} onRefused={setRefusedAt} />
      <Readiness org={org} refusedAt={refusedAt} onRefused={setRefusedAt} />
    </div>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function NameAndDescription() {
  const session = useEditorSession();
  const name = useDocument((s) => s.doc?.name ?? '');
  const description = useDocument((s) => s.doc?.description ?? '');
  const dispatch: typeof session.apply = (op, options) => session.apply(op, options);
  // The stored name is trimmed: the draft keeps what is typed ("My flow ").
  const [draft, setDraft] = useDraft(name, (d, stored) => d.trim() === stored);
  const parsed = WorkflowName.safeParse(draft);
  const nameError = parsed.success ? undefined : capitalize(parsed.error.issues[0]?.message ?? 'this name is not valid');
  const nameId = useId();
  const errorId = useId();
  const descriptionId = useId();
  const t = useT();

  const changeName = (text: string) => {
    setDraft(text);
    const result = WorkflowName.safeParse(text);
    if (result.success) dispatch({ type: 'rename', name: result.data }, { coalesceKey: 'name' });
  };

  return (
    <>
      <div className="inspector__field">
        <label htmlFor={nameId}>{t('inspector.workflow.name')}</label>
        <input
          id={nameId}
          type="text"
          value={draft}
          onChange={(e) => changeName(e.target.value)}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? errorId : undefined}
          required
        />
        {nameError && (
          <p id={errorId} className="inspector__error">
            {nameError}
          </p>
        )}
      </div>
      <div className="inspector__field">
        <label htmlFor={descriptionId}>{t('inspector.workflow.description')}</label>
        <textarea
          id={descriptionId}
          value={description}
          rows={3}
          maxLength={5000}
          onChange={(e) => dispatch({ type: 'setDescription', description: e.target.value }, { coalesceKey: 'description' })}
        />
      </div>
    </>
  );
}

/** Every problem of the workflow, each of a step with a button that selects that step. */
function WorkflowProblems() {
  const session = useEditorSession();
  const problems = useProblems((s) => s.all);
  const steps = useDocument((s) => s.doc?.steps);
  const selectStep = useCallback((id: string) => session.ui.getState().setSelection([id]), [session]);
  const headingId = useId();
  const t = useT();
  const language = useLanguage();
  // The steps' names are looked up when the first problem of a step asks for one, not for every step of every
  // workflow opened (a 5,000-step workflow without problems kept a Map of 5,000 names: docs/benchmarks.md, memory-5000).
  const stepName = useMemo(() => {
    let names: Map<string, string> | undefined;
    return (id: string) => (names ??= new Map((steps ?? []).map((s) => [s.id, stepNameIn(language, s)]))).get(id) ?? id;
  }, [steps, language]);
  return (
    <section className="inspector__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('inspector.workflow.problems')}</h3>
      {problems.length === 0 ? (
        <p className="muted">{t('inspector.workflow.noProblems')}</p>
      ) : (
        <ProblemList problems={problems} label={t('inspector.workflow.problemsLabel')} onShowStep={selectStep} stepName={stepName} />
      )}
    </section>
  );
}

/** The step's name as the "Show …" buttons say it: the trigger or action name, or the kind for logic steps. */
function stepNameIn(language: Language, step: Step): string {
  const text = stepTextIn(language, step);
  return appsOfStep(step).length > 0 ? text.title : text.kindLabel;
}
