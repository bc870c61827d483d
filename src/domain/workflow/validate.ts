/**
 * Static validation of a workflow against the catalog and the organization:
 * everything that can be known before a run, reported as problems in plain
 * words (problems.ts). Pure: no clock, no storage, no exceptions for bad
 * input; the workflow is assumed to parse with the `Workflow` schema, so the
 * structural rules (unique ids, valid links, no cycles) are not repeated.
 *
 * Decisions:
 * - A step not reachable from the trigger is an error, not a warning: it
 *   never runs, which is almost always a forgotten link, and a merchant who
 *   turns the workflow on would expect it to. Without a trigger only
 *   `no-trigger` is reported (every step would be "unreachable").
 * - Without a (known) trigger, checks that depend on its data (unknown
 *   variables, condition fields, `needs`, `onlyWithTrigger`) are skipped:
 *   the missing trigger is the one problem to fix, and reporting every
 *   variable as unknown would bury it. Liquid syntax is still checked.
 * - A connector counts as available once it is installed in any store
 *   (org rules 1 and 2); per-store installation decides where it runs, which
 *   is the run gate's job (rules.ts `whyWontRun`), not validation's.
 * - Fields that contain Liquid are checked for syntax and variables only;
 *   their type is only known once rendered, so type checks apply to plain
 *   values.
 * - A configurable trigger (Shopify's Scheduled time) without a chosen time
 *   is a warning, not an error: it still runs, daily at 00:00 UTC, as it
 *   always has, so a workflow that is on keeps running and can still be
 *   turned on; the warning says when it runs and how to choose. A schedule
 *   on any other trigger is an error: it would be silently ignored.
 */
import type { Catalog } from '../catalog/catalog';
import type { AppManifest, FieldDef } from '../catalog/manifest';
import { describeFieldValueIssue, fieldValueIssue } from '../catalog/fieldTypes';
import type { Organization } from '../org/organization';
import { canUseInWorkflow } from '../org/rules';
import { ownValue } from '../ownKeys';
import { type DataRoot, availableData, indexByPath, providedResources, triggerDefOf } from './dataFields';
import type { ActionStep, Link, Step, TriggerStep, Workflow } from './document';
import { type LiquidScope, checkLiquid, containsLiquid } from './liquid';
import type { Problem } from './problems';
import { validateCondition } from './validateCondition';

export { hasBlockingErrors, type Problem, type ProblemCode, type Severity } from './problems';

/** What validation checks a workflow against. */
export interface ValidationContext {
  readonly catalog: Catalog;
  readonly org: Organization;
}

/**
 * Every problem of the workflow: workflow-wide ones first, then each step's
 * in document order. An empty list means it can be turned on.
 */
export function validateWorkflow(workflow: Pick<Workflow, 'steps' | 'links'>, ctx: ValidationContext): Problem[] {
  const trigger = workflow.steps.find((s): s is TriggerStep => s.kind === 'trigger');
  const problems: Problem[] = [];
  if (!trigger) {
    problems.push({
      severity: 'error',
      code: 'no-trigger',
      message: 'This workflow has no trigger. Add a trigger: it decides when the workflow starts.',
    });
  }
  const triggerKnown = trigger !== undefined && triggerDefOf(ctx.catalog, trigger) !== undefined;
  const fields = triggerKnown ? indexByPath(availableData(ctx.catalog, trigger)) : undefined;
  const roots = new Set<DataRoot>(triggerKnown ? ['trigger', ...providedResources(ctx.catalog, trigger)] : []);
  const scope: LiquidScope | undefined = fields && { fields, roots };
  const reached = trigger ? reachableFrom(trigger.id, workflow.links) : undefined;
  const hasNext = new Set(workflow.links.map((l) => l.from));

  for (const step of workflow.steps) {
    if (reached && step.kind !== 'trigger' && !reached.has(step.id)) {
      problems.push({
        severity: 'error',
        stepId: step.id,
        code: 'unreachable-step',
        message: 'This step is not connected to the trigger, so it never runs. Link it from a step above, or delete it.',
      });
    }
    problems.push(...stepProblems(step, { ...ctx, trigger, scope, hasNext }));
  }
  return problems;
}

interface StepContext extends ValidationContext {
  readonly trigger: TriggerStep | undefined;
  /** Data the trigger provides; undefined when there is no known trigger. */
  readonly scope: LiquidScope | undefined;
  /** Ids of steps with an outgoing link. */
  readonly hasNext: ReadonlySet<string>;
}

function stepProblems(step: Step, ctx: StepContext): Problem[] {
  switch (step.kind) {
    case 'trigger':
      return triggerProblems(step, ctx);
    case 'action':
      return actionProblems(step, ctx);
    case 'condition':
      return validateCondition(step, { fields: ctx.scope?.fields, roots: ctx.scope?.roots ?? new Set() });
    case 'wait':
      return ctx.hasNext.has(step.id)
        ? []
        : [
            {
              severity: 'warning',
              stepId: step.id,
              code: 'wait-at-end',
              message: 'Nothing comes after this wait, so it waits for nothing. Add a step after it, or delete it.',
            },
          ];
  }
}

function triggerProblems(step: TriggerStep, ctx: StepContext): Problem[] {
  const app = ctx.catalog.byId.get(step.app);
  if (!app) return [unknownApp(step)];
  const problems = installProblems(step, app, ctx.org);
  if (!app.triggers.some((t) => t.id === step.trigger)) {
    problems.unshift({
      severity: 'error',
      stepId: step.id,
      code: 'unknown-trigger',
      params: { app: app.name, trigger: step.trigger },
      message: `${app.name.en} has no trigger "${step.trigger}" (any more). Choose another trigger.`,
    });
  }
  const def = app.triggers.find((t) => t.id === step.trigger);
  if (def?.schedule?.kind === 'configurable' && !step.schedule) {
    problems.push({
      severity: 'warning',
      stepId: step.id,
      field: 'schedule',
      code: 'schedule-not-set',
      params: { trigger: def.name },
      message: `"${def.name.en}" runs every day at 00:00 UTC until you choose a start time and a repeat in its schedule.`,
    });
  } else if (def && step.schedule && def.schedule?.kind !== 'configurable') {
    problems.push({
      severity: 'error',
      stepId: step.id,
      field: 'schedule',
      code: 'schedule-not-allowed',
      params: { trigger: def.name },
      message: `"${def.name.en}" does not run on a schedule you choose, so its schedule would be ignored. Remove the schedule.`,
    });
  }
  return problems;
}

function actionProblems(step: ActionStep, ctx: StepContext): Problem[] {
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
    problems.push(...inputProblems(step, input, ctx.scope));
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

function inputProblems(step: ActionStep, input: FieldDef, scope: LiquidScope | undefined): Problem[] {
  const value = ownValue(step.fields, input.key) ?? '';
  const at = { severity: 'error' as const, stepId: step.id, field: input.key };
  const params = { field: input.label };
  const label = `"${input.label.en}"`;
  if (value.trim() === '') {
    return input.required ? [{ ...at, code: 'required-input-empty', params, message: `${label} is required. Fill it in.` }] : [];
  }
  if (containsLiquid(value)) {
    return checkLiquid(value, scope).map((issue) => ({
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

function installProblems(step: Step, app: AppManifest, org: Organization): Problem[] {
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

function unknownApp(step: TriggerStep | ActionStep): Problem {
  return {
    severity: 'error',
    stepId: step.id,
    code: 'unknown-app',
    params: { app: step.app },
    message: `The app "${step.app}" is not in the catalog. Replace this step with one of an available app.`,
  };
}

/** Ids of the steps reachable from `start` by following links (including `start`). */
function reachableFrom(start: string, links: readonly Link[]): Set<string> {
  const out = new Map<string, string[]>();
  for (const l of links) out.set(l.from, [...(out.get(l.from) ?? []), l.to]);
  const seen = new Set<string>([start]);
  const stack = [start];
  while (stack.length > 0) {
    for (const next of out.get(stack.pop()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}
