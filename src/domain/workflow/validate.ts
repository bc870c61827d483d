/**
 * Static validation of a workflow against the catalog and the organization:
 * everything that can be known before a run, reported as problems in plain
 * words (problems.ts). Pure: no clock, no storage, no exceptions for bad
 * input; the workflow is assumed to parse with the `Workflow` schema, so the
 * structural rules (unique ids, valid links, no cycles) are not repeated.
 * The workflow-wide checks are here; each kind checks its own steps
 * (kinds/*.ts `validate`), where the decisions about that kind are written.
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
 */
import type { Catalog } from '../catalog/catalog';
import type { Organization } from '../org/organization';
import { type DataRoot, availableData, indexByPath, providedResources, triggerDefOf } from './dataFields';
import type { Link, Workflow } from './document';
import { kindOf } from './kinds/registry';
import { triggerOf } from './kinds/trigger';
import type { LiquidScope } from './liquid';
import type { Problem } from './problems';

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
  const trigger = triggerOf(workflow.steps);
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
    if (reached && kindOf(step.kind).acceptsLinks && !reached.has(step.id)) {
      problems.push({
        severity: 'error',
        stepId: step.id,
        code: 'unreachable-step',
        message: 'This step is not connected to the trigger, so it never runs. Link it from a step above, or delete it.',
      });
    }
    problems.push(...kindOf(step.kind).validate(step, { ...ctx, trigger, scope, hasNext }));
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
