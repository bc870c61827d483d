/**
 * The settings of a Send Admin API request step: the mutation's name (a
 * combobox offering the mutations the sandbox simulates, free text for any
 * other), its variables as JSON in a monospace text area (Liquid allowed,
 * with the variable picker), an example of the chosen mutation's variables
 * to start from, and the name later steps read the response by. Validation's
 * problems show under each field.
 */
import { memo, useCallback, useId } from 'react';
import { ADMIN_MUTATION_EXAMPLES, ADMIN_MUTATION_NAMES, isSupportedMutation } from '../../domain/shopify/adminMutations';
import { ADMIN_API_VARIABLES, type AdminApiStep, MAX_MUTATION_CHARS } from '../../domain/workflow/kinds/adminApi';
import { payloadExamplePath } from '../../domain/workflow/kinds/adminApiPayloads';
import type { Problem } from '../../domain/workflow/problems';
import { useEditorSession, useStepProblems } from '../../state/editor/context';
import { useT } from '../i18n';
import { ActionField } from './ActionField';
import { FieldProblems } from './FieldProblems';
import { useStepFields } from './useStepFields';

const VARIABLES = {
  ...ADMIN_API_VARIABLES,
  type: 'multi_line_text_field' as const,
  description: {
    en: "The mutation's variables as a JSON object; Liquid in it is filled in before it is sent.",
    pl: 'Zmienne mutacji jako obiekt JSON; Liquid jest w nim wypełniany przed wysłaniem.',
  },
};
const NONE: readonly Problem[] = [];

export const AdminApiSettings = memo(function AdminApiSettings({ step }: { step: AdminApiStep }) {
  const session = useEditorSession();
  const problems = useStepProblems(step.id);
  const data = useStepFields(step.id);
  const t = useT();
  const ids = { mutation: useId(), list: useId(), help: useId(), problems: useId(), variable: useId() };
  const setVariables = useCallback(
    (variables: string, typing: boolean) =>
      session.apply({ type: 'updateAdminApi', id: step.id, variables }, typing ? { coalesceKey: `${step.id}.variables` } : undefined),
    [session, step.id],
  );
  const of = (field: string) => problems.filter((p) => p.field === field);
  const mutationProblems = of('mutation');
  const variablesProblems = of('variables');
  const name = step.mutation.trim();
  const path = payloadExamplePath(name);

  return (
    <section className="inspector__section" aria-label={t('inspector.adminApi.label')}>
      <div className="inspector__field">
        <label htmlFor={ids.mutation}>{t('inspector.adminApi.mutation')}</label>
        <input
          id={ids.mutation}
          type="text"
          list={ids.list}
          className="inspector__mono"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_MUTATION_CHARS}
          value={step.mutation}
          aria-invalid={mutationProblems.some((p) => p.severity === 'error') ? true : undefined}
          aria-describedby={[ids.help, mutationProblems.length > 0 ? ids.problems : ''].filter(Boolean).join(' ')}
          onChange={(e) => session.apply({ type: 'updateAdminApi', id: step.id, mutation: e.currentTarget.value }, { coalesceKey: `${step.id}.mutation` })}
        />
        <datalist id={ids.list}>
          {ADMIN_MUTATION_NAMES.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
        <p id={ids.help} className="inspector__help">
          {t('inspector.adminApi.mutationHelp', { supported: ADMIN_MUTATION_NAMES.join(', ') })}
        </p>
        <FieldProblems id={ids.problems} problems={mutationProblems} />
      </div>
      <div className="inspector__mono-field">
        <ActionField stepId={step.id} input={VARIABLES} value={step.variables} problems={variablesProblems.length > 0 ? variablesProblems : NONE} data={data} set={setVariables} />
      </div>
      {isSupportedMutation(name) && step.variables !== ADMIN_MUTATION_EXAMPLES[name] && (
        <button type="button" className="inspector__example" onClick={() => setVariables(ADMIN_MUTATION_EXAMPLES[name], false)}>
          {t('inspector.adminApi.example', { mutation: name })}
        </button>
      )}
      <p className="muted" aria-describedby={of('variable').length > 0 ? ids.variable : undefined}>
        {path ? t('inspector.adminApi.variable', { name: step.variable, path }) : t('inspector.adminApi.variableUntyped', { name: step.variable })}
      </p>
      <FieldProblems id={ids.variable} problems={of('variable')} />
    </section>
  );
});
