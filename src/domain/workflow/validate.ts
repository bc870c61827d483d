/**
 * Static validation of a workflow against the catalog and the organization:
 * everything that can be known before a run, reported as problems in plain
 * words (problems.ts). Pure: no clock, no storage, no exceptions for bad
 * input; the workflow is assumed to parse with the `Workflow` schema, so the
 * structural rules (unique ids, valid links, no cycles) are not repeated.
 * The workflow-wide checks are here; each kind checks its own steps
 * (kinds/*.ts `validate`), where the decisions about that kind are written.
 * validator.ts keeps each step's problems for callers that validate after
 * every change.
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
 * - A field longer than MAX_FIELD_CHARS (possible only in a record stored
 *   before the limit existed) is one error, `field-too-long`, and its text
 *   is not parsed: analysing Liquid costs more than linear time in
 *   liquidjs, and a megabyte of it froze the tab for tens of seconds.
 */
import type { Catalog } from '../catalog/catalog';
import type { Organization } from '../org/organization';
import { triggerDefOf } from './dataFields';
import type { Link, Step, TriggerStep, Workflow } from './document';
import { type LinkOrder, NO_LOOPS, linkOrder, loopsOf } from './loops';
import type { StepCheckContext, StepFacts } from './kinds/base';
import { kindOf } from './kinds/registry';
import { parseInputQuery, parseOutputSchema } from '../runCode';
import { variablesProblem } from './kinds/adminApiVariables';
import { provideParsedChecks } from './kinds/parsedChecks';
import { inputQueryScopeProblem, outputShape } from './kinds/runCodeData';
import { variableOf } from './kinds/variableNames';
import { triggerOf } from './kinds/trigger';
import { analyzeLiquid } from './liquid';
import type { AnalyzeLiquid } from './liquidAnalyses';
import type { Problem } from './problems';
import { EMPTY_SCOPE, type Scope, type Variable, intersectScopes, scopeOf, triggerVariables, withVariables } from './scope';

// The kinds' checks that need graphql and jsonc-parser (kinds/parsedChecks.ts): this module is the only caller of `validate` and `output`.
provideParsedChecks({ parseInputQuery, parseOutputSchema, inputQueryScopeProblem, outputShape, variablesProblem });

export { hasBlockingErrors, type Problem, type ProblemCode, type Severity } from './problems';
export type { StepCheckContext, StepFacts } from './kinds/base';

/** What validation checks a workflow against. */
export interface ValidationContext {
  readonly catalog: Catalog;
  readonly org: Organization;
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
  /** The trigger's data; undefined without a known trigger. */
  readonly triggerScope: Scope | undefined;
  /** What each step can read (see scopesOf); empty without a known trigger. */
  readonly scopes: ReadonlyMap<string, Scope>;
  /** The For each steps whose loop body each step is in, innermost last; absent: none (loops.ts, known with or without a trigger). */
  readonly loops: ReadonlyMap<string, readonly string[]>;
  /** Every variable a step provides (see StepFacts.provided). */
  readonly provided: Scope;
  /** Each step's output ports that have a link. */
  readonly linkedPorts: ReadonlyMap<string, readonly string[]>;
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
  const facts = workflowFacts(workflow, ctx.catalog);
  const stepCtx = stepContext(ctx, facts.trigger, analyze);
  const problems = [...facts.problems];
  for (const step of workflow.steps) {
    const unreachable = reachProblem(step, facts);
    if (unreachable) problems.push(unreachable);
    problems.push(...validateStep(step, stepCtx, stepFacts(step, facts)));
  }
  return problems;
}

/** The workflow-wide facts and problems: trigger, reachability, which steps have a next step, what each step can read. */
export function workflowFacts(workflow: Pick<Workflow, 'steps' | 'links'>, catalog: Catalog): WorkflowFacts {
  const trigger = triggerOf(workflow.steps);
  const problems: Problem[] = [];
  if (!trigger) {
    problems.push({
      severity: 'error',
      code: 'no-trigger',
      message: 'This workflow has no trigger. Add a trigger: it decides when the workflow starts.',
    });
  }
  problems.push(...variableNameProblems(workflow.steps));
  const triggerScope = trigger && triggerDefOf(catalog, trigger) ? scopeOf(triggerVariables(catalog, trigger)) : undefined;
  const order = linkOrder(workflow);
  const { scopes, provided } = scopesOf(order, trigger, triggerScope, catalog);
  const loops = loopsOf(workflow, order);
  const linkedPorts = new Map<string, string[]>();
  for (const link of workflow.links) {
    const ports = linkedPorts.get(link.from);
    if (ports) ports.push(link.port);
    else linkedPorts.set(link.from, [link.port]);
  }
  for (const ports of linkedPorts.values()) ports.sort();
  return {
    trigger,
    problems,
    reached: trigger ? reachableFrom(trigger.id, workflow.links) : undefined,
    hasNext: new Set(linkedPorts.keys()),
    triggerScope,
    scopes,
    loops,
    provided,
    linkedPorts,
  };
}

/**
 * What each step can read. Steps are visited in the links' order (the graph
 * is acyclic: loops.ts linkOrder): the trigger reads the trigger's data;
 * any other step reads what every link into it brings (a step reached by two
 * paths only what both bring: intersectScopes), each link bringing what its
 * source can read, changed by the source's kind (`scopeAfter`: an output
 * added, a loop's item, a Wait's forgetting). A step no link reaches gets
 * the trigger's data (it is reported as unreachable anyway).
 */
function scopesOf(
  order: LinkOrder,
  trigger: TriggerStep | undefined,
  triggerScope: Scope | undefined,
  catalog: Catalog,
): { scopes: Map<string, Scope>; provided: Scope } {
  const scopes = new Map<string, Scope>();
  const provided = new Map<string, Variable>();
  if (!triggerScope || !trigger) return { scopes, provided: EMPTY_SCOPE };
  for (const id of order.order) {
    let scope: Scope | undefined;
    for (const link of order.incoming.get(id) ?? []) {
      const from = order.byId.get(link.from)!;
      const kind = kindOf(from.kind);
      const before = scopes.get(link.from) ?? triggerScope;
      let brought = kind.scopeAfter ? kind.scopeAfter(from, link.port, before, catalog) : before;
      const output = kind.output?.(from, before, catalog);
      if (output) brought = withVariables(brought, [{ ...output, origin: 'output', stepId: from.id, provider: output.label }]);
      if (brought !== before) {
        for (const v of brought.variables.values()) if (v.origin !== 'trigger' && !provided.has(v.name)) provided.set(v.name, v);
      }
      scope = scope ? intersectScopes(scope, brought) : brought;
    }
    scopes.set(id, scope ?? triggerScope);
  }
  return { scopes, provided: scopeOf(provided.values()) };
}

/**
 * A variable name two steps provide: later steps could not tell them apart.
 * The editor never makes one (added and pasted steps get a free name);
 * an imported or hand-edited file can hold one. Reported on the second step.
 */
function variableNameProblems(steps: readonly Step[]): Problem[] {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const step of steps) {
    const name = variableOf(step);
    if (name === undefined) continue;
    const other = first.get(name);
    if (other === undefined) first.set(name, step.id);
    else {
      problems.push({
        severity: 'error',
        stepId: step.id,
        field: 'variable',
        code: 'variable-taken',
        params: { name, other },
        message: `This step's data is named ${name}, but step "${other}" already uses that name, so later steps can't tell them apart. Rename one of them.`,
      });
    }
  }
  return problems;
}

/** What the steps of a workflow with this trigger are checked against. */
export function stepContext(ctx: ValidationContext, trigger: TriggerStep | undefined, analyze: AnalyzeLiquid): StepCheckContext {
  const triggerKnown = trigger !== undefined && triggerDefOf(ctx.catalog, trigger) !== undefined;
  const triggerScope = triggerKnown ? scopeOf(triggerVariables(ctx.catalog, trigger)) : undefined;
  return { catalog: ctx.catalog, org: ctx.org, trigger, triggerScope, analyze };
}

/** What the step's checks know of its place in the links. */
export function stepFacts(step: Step, facts: WorkflowFacts): StepFacts {
  return {
    hasNext: facts.hasNext.has(step.id),
    scope: facts.triggerScope && (facts.scopes.get(step.id) ?? facts.triggerScope),
    loops: facts.loops.get(step.id) ?? NO_LOOPS,
    linkedPorts: facts.linkedPorts.get(step.id) ?? NO_LOOPS,
    provided: facts.provided,
  };
}

/** The step's "not connected to the trigger" problem, if it has one. */
export function reachProblem(step: Step, facts: WorkflowFacts): Problem | undefined {
  if (!facts.reached || !kindOf(step.kind).acceptsLinks || facts.reached.has(step.id)) return undefined;
  return {
    severity: 'error',
    stepId: step.id,
    code: 'unreachable-step',
    message: 'This step is not connected to the trigger, so it never runs. Link it from a step above, or delete it.',
  };
}

/** The problems of one step, reachability aside: its kind's checks. */
export function validateStep(step: Step, ctx: StepCheckContext, facts: StepFacts): Problem[] {
  return kindOf(step.kind).validate(step, ctx, facts);
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
