/**
 * Static validation of an action step (validate.ts): its app and action in
 * the catalog, whether the app is installed, the data it needs from the
 * trigger, and each input: required, not longer than a field may be
 * (MAX_FIELD_CHARS), Liquid that parses and reads data the workflow has,
 * plain values of the input's type. Shared with triggers: installation and
 * unknown-app problems.
 */
import type { AppManifest, FieldDef } from '../catalog/manifest';
import { describeFieldValueIssue, fieldValueIssue } from '../catalog/fieldTypes';
import type { Organization } from '../org/organization';
import { canUseInWorkflow } from '../org/rules';
import { triggerDefOf } from './dataFields';
import { type ActionStep, MAX_FIELD_CHARS, type Step, type TriggerStep } from './document';
import { checkLiquid, containsLiquid } from './liquid';
import type { Problem } from './problems';
import type { StepContext } from './validate';

/** The problems of an action step. */
export function actionProblems(step: ActionStep, ctx: StepContext): Problem[] {
  const app = ctx.catalog.byId.get(step.app);
  if (!app) return [unknownApp(step)];
  const action = app.actions.find((a) => a.id === step.action);
  if (!action) {
    return [
      {
        severity: 'error',
        stepId: step.id,
        code: 'unknown-action',
        params: { app: app.name, action: step.action },
        message: `${app.name.en} has no action "${step.action}" (any more). Choose another action.`,
      },
    ];
  }
  const problems = installProblems(step, app, ctx.org);
  const name = action.name.en;
  const error = (code: Problem['code'], message: string, more: Pick<Problem, 'params' | 'variant'>): Problem => ({
    severity: 'error',
    stepId: step.id,
    code,
    ...more,
    message,
  });
  if (action.earlyAccess) {
    problems.push({
      severity: 'warning',
      stepId: step.id,
      code: 'early-access',
      params: { action: action.name, app: app.name },
      message: `${name} is in early access: ${app.name.en} may change or withdraw it.`,
    });
  }
  const triggerDef = ctx.trigger && triggerDefOf(ctx.catalog, ctx.trigger);
  const only = action.onlyWithTrigger;
  if (ctx.trigger && triggerDef && only && (only.app !== ctx.trigger.app || only.trigger !== ctx.trigger.trigger)) {
    const required = ctx.catalog.byId.get(only.app)?.triggers.find((t) => t.id === only.trigger);
    problems.push(
      error(
        'wrong-trigger',
        `${name} can only be used in a workflow started by the "${required?.name.en ?? only.trigger}" trigger, ` +
          `not "${triggerDef.name.en}".`,
        { params: { action: action.name, required: required?.name ?? only.trigger, trigger: triggerDef.name } },
      ),
    );
  }
  if (triggerDef && ctx.scope) {
    for (const need of action.needs) {
      if (ctx.scope.roots.has(need)) continue;
      const thing = `${need === 'order' ? 'an' : 'a'} ${need}`;
      problems.push(
        error(
          'needs-data',
          `${name} needs ${thing}, but the trigger "${triggerDef.name.en}" doesn't provide one. ` +
            `Use a trigger that provides ${thing}.`,
          { variant: need, params: { action: action.name, trigger: triggerDef.name } },
        ),
      );
    }
  }
  for (const input of action.inputs) {
    problems.push(...inputProblems(step, input, ctx));
  }
  for (const key of Object.keys(step.fields)) {
    if (action.inputs.some((i) => i.key === key)) continue;
    problems.push({
      severity: 'warning',
      stepId: step.id,
      field: key,
      code: 'unknown-input',
      params: { action: action.name, key },
      message: `${name} has no field "${key}" (any more): its value is ignored.`,
    });
  }
  return problems;
}

function inputProblems(step: ActionStep, input: FieldDef, ctx: StepContext): Problem[] {
  const value = step.fields[input.key] ?? '';
  const at = { severity: 'error' as const, stepId: step.id, field: input.key };
  const params = { field: input.label };
  const label = `"${input.label.en}"`;
  if (value.length > MAX_FIELD_CHARS) {
    // Checked first and alone: such a text is not parsed (see MAX_FIELD_CHARS).
    const length = value.length;
    return [
      {
        ...at,
        code: 'field-too-long',
        params: { ...params, length, max: MAX_FIELD_CHARS },
        message: `${label} is ${length.toLocaleString('en')} characters long; a field can hold at most ${MAX_FIELD_CHARS.toLocaleString('en')}. Shorten it.`,
      },
    ];
  }
  if (value.trim() === '') {
    return input.required ? [{ ...at, code: 'required-input-empty', params, message: `${label} is required. Fill it in.` }] : [];
  }
  if (containsLiquid(value)) {
    return checkLiquid(value, ctx.scope, ctx.analyze).map((issue) => ({
      ...at,
      code: issue.code,
      variant: issue.variant,
      params: { ...issue.params, field: input.label },
      message: `${label}: ${issue.message}`,
    }));
  }
  const issue = fieldValueIssue(input.type, value, input.format);
  return issue
    ? [{ ...at, code: 'invalid-value', params, valueIssue: issue, message: `${label} ${describeFieldValueIssue(issue)}.` }]
    : [];
}

/** Why a connector app can't be used in any store yet (built-in apps always can). */
export function installProblems(step: Step, app: AppManifest, org: Organization): Problem[] {
  if (app.builtIn) return [];
  const verdict = canUseInWorkflow(org, app);
  if (verdict.ok) return [];
  return verdict.reasons.map((reason) => ({
    severity: 'error',
    stepId: step.id,
    code: 'app-not-installed',
    variant: org.stores.length === 0 ? 'no-stores' : 'install',
    params: { app: app.name },
    message: `${app.name.en} is not installed in any store. ${reason}`,
  }));
}

/** The step names an app the catalog does not have. */
export function unknownApp(step: TriggerStep | ActionStep): Problem {
  return {
    severity: 'error',
    stepId: step.id,
    code: 'unknown-app',
    params: { app: step.app },
    message: `The app "${step.app}" is not in the catalog. Replace this step with one of an available app.`,
  };
}
