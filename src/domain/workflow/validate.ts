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
 * - A field longer than MAX_FIELD_CHARS (possible only in a record stored
 *   before the limit existed) is one error, `field-too-long`, and its text
 *   is not parsed: analysing Liquid costs more than linear time in
 *   liquidjs, and a megabyte of it froze the tab for tens of seconds.
 */
import type { Catalog } from '../catalog/catalog';
import type { Organization } from '../org/organization';
import { type DataRoot, availableData, indexByPath, providedResources, triggerDefOf } from './dataFields';
import type { Link, Step, TriggerStep, Workflow } from './document';
import { type LiquidScope, analyzeLiquid } from './liquid';
import type { AnalyzeLiquid } from './liquidAnalyses';
import type { Problem } from './problems';
import { actionProblems, installProblems, unknownApp } from './validateAction';
import { validateCondition } from './validateCondition';

export { hasBlockingErrors, type Problem, type ProblemCode, type Severity } from './problems';

/** What validation checks a workflow against. */
export interface ValidationContext {
  readonly catalog: Catalog;
  readonly org: Organization;
}

/** What each step is checked against: the context plus what the workflow's trigger provides. */
export interface StepContext extends ValidationContext {
  readonly trigger: TriggerStep | undefined;
  /** Data the trigger provides; undefined when there is no known trigger. */
  readonly scope: LiquidScope | undefined;
  /** How Liquid is analysed: afresh, or from a cache by text (liquidAnalyses.ts). */
  readonly analyze: AnalyzeLiquid;
}

/** The workflow-wide part of a validation: problems of the whole, and the facts each step's checks need. */
export interface WorkflowFacts {
  readonly trigger: TriggerStep | undefined;
  /** Problems of the workflow as a whole (no trigger). */
  readonly problems: readonly Problem[];
  /** Steps reachable from the trigger; undefined without a trigger. */
  readonly reached: ReadonlySet<string> | undefined;
  /** Ids of steps with an outgoing link. */
  readonly hasNext: ReadonlySet<string>;
}

/**
 * Every problem of the workflow: workflow-wide ones first, then each step's
 * in document order. An empty list means it can be turned on. `analyze`
 * may be a cache of Liquid analyses; validator.ts also keeps each step's
 * problems, for callers that validate after every change.
 */
export function validateWorkflow(
  workflow: Pick<Workflow, 'steps' | 'links'>,
  ctx: ValidationContext,
  analyze: AnalyzeLiquid = analyzeLiquid,
): Problem[] {
  const facts = workflowFacts(workflow);
  const stepCtx = stepContext(ctx, facts.trigger, analyze);
  const problems = [...facts.problems];
  for (const step of workflow.steps) {
    const unreachable = reachProblem(step, facts);
    if (unreachable) problems.push(unreachable);
    problems.push(...validateStep(step, stepCtx, facts.hasNext.has(step.id)));
  }
  return problems;
}

/** The workflow-wide facts and problems: trigger, reachability, which steps have a next step. */
export function workflowFacts(workflow: Pick<Workflow, 'steps' | 'links'>): WorkflowFacts {
  const trigger = workflow.steps.find((s): s is TriggerStep => s.kind === 'trigger');
  const problems: Problem[] = [];
  if (!trigger) {
    problems.push({
      severity: 'error',
      code: 'no-trigger',
      message: 'This workflow has no trigger. Add a trigger: it decides when the workflow starts.',
    });
  }
  return {
    trigger,
    problems,
    reached: trigger ? reachableFrom(trigger.id, workflow.links) : undefined,
    hasNext: new Set(workflow.links.map((l) => l.from)),
  };
}

/** What the steps of a workflow with this trigger are checked against. */
export function stepContext(ctx: ValidationContext, trigger: TriggerStep | undefined, analyze: AnalyzeLiquid): StepContext {
  const triggerKnown = trigger !== undefined && triggerDefOf(ctx.catalog, trigger) !== undefined;
  const fields = triggerKnown ? indexByPath(availableData(ctx.catalog, trigger)) : undefined;
  const roots = new Set<DataRoot>(triggerKnown ? ['trigger', ...providedResources(ctx.catalog, trigger)] : []);
  return { catalog: ctx.catalog, org: ctx.org, trigger, scope: fields && { fields, roots }, analyze };
}

/** The step's "not connected to the trigger" problem, if it has one. */
export function reachProblem(step: Step, facts: WorkflowFacts): Problem | undefined {
  if (!facts.reached || step.kind === 'trigger' || facts.reached.has(step.id)) return undefined;
  return {
    severity: 'error',
    stepId: step.id,
    code: 'unreachable-step',
    message: 'This step is not connected to the trigger, so it never runs. Link it from a step above, or delete it.',
  };
}

/**
 * The problems of one step, reachability aside. They depend on the step,
 * the context and, for a wait, on whether a step follows it (`hasNext`).
 */
export function validateStep(step: Step, ctx: StepContext, hasNext: boolean): Problem[] {
  switch (step.kind) {
    case 'trigger':
      return triggerProblems(step, ctx);
    case 'action':
      return actionProblems(step, ctx);
    case 'condition':
      return validateCondition(step, { fields: ctx.scope?.fields, roots: ctx.scope?.roots ?? new Set() });
    case 'wait':
      return hasNext
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
