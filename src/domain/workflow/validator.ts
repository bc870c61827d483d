/**
 * Validation for callers that validate after every change (the editor) or
 * often (turning workflows on): the same problems as `validateWorkflow`, but
 * each step's problems are kept and reused while nothing they depend on
 * changed, and Liquid analyses are kept by text (liquidAnalyses.ts).
 *
 * A step's problems depend on the step, on the catalog and the organization,
 * on which trigger (app and event) the workflow has, and on the step's place
 * in the links its kind may read (StepFacts: whether a step follows it).
 * Steps are immutable values (immer shares every
 * unchanged one between versions of the document), so the step object
 * itself is the key: editing one field re-validates one step, and renaming
 * the workflow none. Reachability and the workflow-wide problems are worked
 * out on every call; they are linear and cheap.
 *
 * `warm` does the expensive part (Liquid analysis, then each step's checks)
 * a piece at a time and stops when the caller's `shouldYield` says so, so a
 * large document can be validated between frames without holding the main
 * thread; the domain knows no clock, the caller decides the budget.
 */
import type { Catalog } from '../catalog/catalog';
import type { Organization } from '../org/organization';
import type { Step, TriggerStep, Workflow } from './document';
import type { StepCheckContext, StepFacts } from './kinds/base';
import { kindOf } from './kinds/registry';
import { type AnalyzeLiquid, type LiquidAnalysesOptions, cachedLiquidAnalysis } from './liquidAnalyses';
import type { Problem } from './problems';
import { type ValidationContext, type WorkflowFacts, reachProblem, stepContext, stepFacts, validateStep, workflowFacts } from './validate';

export interface Validator {
  /** Every problem of the workflow, as `validateWorkflow` reports them; reuses what is kept. */
  validate(workflow: Pick<Workflow, 'steps' | 'links'>, ctx: ValidationContext): Problem[];
  /**
   * Works out and keeps what `validate` will need, one field or step at a
   * time, asking `shouldYield` after each; returns true once everything is
   * kept (then `validate` with the same arguments only assembles).
   */
  warm(workflow: Pick<Workflow, 'steps' | 'links'>, ctx: ValidationContext, shouldYield: () => boolean): boolean;
}

interface Kept {
  readonly context: StepCheckContext;
  /** The step's place in the links when its problems were worked out. */
  readonly facts: StepFacts;
  readonly problems: readonly Problem[];
}

const sameList = (a: readonly string[], b: readonly string[]) => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
const sameFacts = (a: StepFacts, b: StepFacts) =>
  a.hasNext === b.hasNext && a.scope === b.scope && a.provided === b.provided && sameList(a.loops, b.loops) && sameList(a.linkedPorts, b.linkedPorts);

export interface ValidatorOptions extends LiquidAnalysesOptions {
  /** How Liquid is analysed; by default a cache of its own (cachedLiquidAnalysis with these options). */
  readonly analyze?: AnalyzeLiquid;
}

/** Creates a validator with its own caches; keep one per page or editor session. */
export function createValidator({ analyze, ...cache }: ValidatorOptions = {}): Validator {
  const analyzeText: AnalyzeLiquid = analyze ?? cachedLiquidAnalysis(cache);
  const kept = new WeakMap<Step, Kept>();
  /** The action step whose fields `warm` was analysing when it yielded, and the next field. */
  let resume: { step: Step; next: number } | undefined;
  let last: { byId: Catalog['byId']; org: Organization; triggerKey: string | undefined; context: StepCheckContext } | undefined;

  /** The step context, the same object while catalog, organization and trigger event are the same. */
  function contextFor(ctx: ValidationContext, trigger: TriggerStep | undefined): StepCheckContext {
    const triggerKey = trigger && `${trigger.app}/${trigger.trigger}`;
    if (last && last.byId === ctx.catalog.byId && last.org === ctx.org && last.triggerKey === triggerKey) return last.context;
    const context = stepContext(ctx, trigger, analyzeText);
    last = { byId: ctx.catalog.byId, org: ctx.org, triggerKey, context };
    return context;
  }

  function keptFor(step: Step, context: StepCheckContext, facts: WorkflowFacts): Kept | undefined {
    const entry = kept.get(step);
    return entry && entry.context === context && sameFacts(entry.facts, stepFacts(step, facts)) ? entry : undefined;
  }

  function problemsOf(step: Step, context: StepCheckContext, facts: WorkflowFacts): readonly Problem[] {
    const found = keptFor(step, context, facts);
    if (found) return found.problems;
    const mine = stepFacts(step, facts);
    const problems = validateStep(step, context, mine);
    kept.set(step, { context, facts: mine, problems });
    return problems;
  }

  return {
    validate(workflow, ctx) {
      const facts = workflowFacts(workflow, ctx.catalog);
      const context = contextFor(ctx, facts.trigger);
      const problems = [...facts.problems];
      for (const step of workflow.steps) {
        const unreachable = reachProblem(step, facts);
        if (unreachable) problems.push(unreachable);
        for (const p of problemsOf(step, context, facts)) problems.push(p);
      }
      return problems;
    },

    warm(workflow, ctx, shouldYield) {
      const facts = workflowFacts(workflow, ctx.catalog);
      const context = contextFor(ctx, facts.trigger);
      for (const step of workflow.steps) {
        if (keptFor(step, context, facts)) continue;
        // Text by text: one field's Liquid analysis is the largest piece of work there is. Where a
        // step was left off is remembered, so each call gets further even without a cache.
        const texts = kindOf(step.kind).liquidTexts?.(step) ?? [];
        let i = resume?.step === step ? resume.next : 0;
        while (i < texts.length) {
          analyzeText(texts[i++]!);
          if (i < texts.length && shouldYield()) {
            resume = { step, next: i };
            return false;
          }
        }
        resume = undefined;
        problemsOf(step, context, facts);
        if (shouldYield()) return false;
      }
      return true;
    },
  };
}
