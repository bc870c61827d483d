/**
 * The settings of a Run code step: three labelled monospace text areas,
 * the input query (GraphQL over the workflow's data), the code (a JavaScript
 * module whose default export is main(input)) and the output schema
 * (GraphQL SDL, type Output), each with its problems under it, and the
 * name later steps read the result by. Plain text, no Liquid: Run code
 * reads data through its input query.
 */
import { memo, useCallback, useId } from 'react';
import type { Problem } from '../../domain/workflow/problems';
import { RUN_CODE_FIELDS, type RunCodeStep } from '../../domain/workflow/kinds/runCode';
import { useEditorSession, useStepProblems } from '../../state/editor/context';
import { type MessageKey, useLocalized, useT } from '../i18n';
import { FieldProblems } from './FieldProblems';

type Field = keyof typeof RUN_CODE_FIELDS;

const HELP: Record<Field, MessageKey> = {
  input: 'inspector.runCode.inputHelp',
  script: 'inspector.runCode.scriptHelp',
  outputSchema: 'inspector.runCode.outputSchemaHelp',
};
const ROWS: Record<Field, number> = { input: 6, script: 12, outputSchema: 5 };

const CodeArea = memo(function CodeArea(props: { field: Field; value: string; problems: readonly Problem[]; set: (field: Field, text: string) => void }) {
  const { field, value, problems, set } = props;
  const t = useT();
  const localized = useLocalized();
  const id = useId();
  const helpId = useId();
  const problemsId = useId();
  return (
    <div className="inspector__field">
      <label htmlFor={id}>{localized(RUN_CODE_FIELDS[field])}</label>
      <textarea
        id={id}
        className="inspector__code"
        rows={ROWS[field]}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        value={value}
        aria-invalid={problems.length > 0 ? true : undefined}
        aria-describedby={problems.length > 0 ? `${helpId} ${problemsId}` : helpId}
        onChange={(e) => set(field, e.currentTarget.value)}
      />
      <p id={helpId} className="muted small">
        {t(HELP[field])}
      </p>
      <FieldProblems id={problemsId} problems={problems} />
    </div>
  );
});

const NONE: readonly Problem[] = [];

export const RunCodeSettings = memo(function RunCodeSettings({ step }: { step: RunCodeStep }) {
  const session = useEditorSession();
  const problems = useStepProblems(step.id);
  const t = useT();
  const variableId = useId();
  const set = useCallback(
    (field: Field, text: string) => session.apply({ type: 'updateRunCode', id: step.id, [field]: text }, { coalesceKey: `${step.id}.${field}` }),
    [session, step.id],
  );
  const of = (field: string) => {
    const mine = problems.filter((p) => p.field === field);
    return mine.length > 0 ? mine : NONE;
  };
  return (
    <section className="inspector__section" aria-label={t('inspector.runCode.label')}>
      <p className="muted">{t('inspector.runCode.about')}</p>
      <CodeArea field="input" value={step.input} problems={of('input')} set={set} />
      <CodeArea field="script" value={step.script} problems={of('script')} set={set} />
      <CodeArea field="outputSchema" value={step.outputSchema} problems={of('outputSchema')} set={set} />
      <p className="muted">{t('inspector.runCode.variable', { name: step.variable })}</p>
      <FieldProblems id={variableId} problems={of('variable')} />
    </section>
  );
});
