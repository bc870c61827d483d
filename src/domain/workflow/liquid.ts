/**
 * Liquid as Flowbench's workflows use it in action fields: one configured
 * liquidjs instance (the engine renders with the same one), and the static
 * checks validation runs on a field: does it parse, and is every variable it
 * reads data the workflow has.
 *
 * Configuration: unknown filters are parse errors (`strictFilters`), so a
 * typo like `| upcas` is caught before a run silently drops it; the snippet
 * tags `render`, `include` and `layout` are refused, because workflows have
 * no snippet files to load.
 *
 * Variables are found with liquidjs's static analysis (`analyzeSync`), whose
 * `globals` already exclude Liquid locals (`for` loop variables, `forloop`,
 * `assign`, `capture`), so `{% for tag in customer.tags %}{{ tag }}` is fine.
 */
import { Liquid, type LiquidOptions, type Template } from 'liquidjs';
import type { Scope } from './scope';
import { COMPUTED_KEY, type LiquidAnalysis, type LiquidIssue, type LiquidVariable, checkLiquid as checkLiquidWith, syntaxIssue } from './liquidCheck';

export * from './liquidCheck';

const SNIPPET_TAGS = ['render', 'include', 'layout'] as const;

/**
 * A liquidjs instance configured as workflows use Liquid. `options` adds to
 * that setup (the engine passes strict variables and its DoS limits); unknown
 * filters stay parse errors whatever is passed.
 */
export function createFlowLiquid(options: Omit<LiquidOptions, 'strictFilters'> = {}): Liquid {
  const liquid = new Liquid({ ...options, strictFilters: true });
  for (const name of SNIPPET_TAGS) {
    liquid.registerTag(name, {
      parse() {
        throw new Error(`the "${name}" tag is not available: workflows have no snippets to load`);
      },
      render() {
        return '';
      },
    });
  }
  return liquid;
}

const liquid = createFlowLiquid();

/**
 * Parses and analyses one text (uncached). liquidjs's analysis computes each
 * variable's line and column by scanning the text from its start, so it
 * costs (variables × length): fine within a field's size limit
 * (MAX_FIELD_CHARS), not for a field of a megabyte, which validation reports
 * as too long without parsing it.
 */
export function analyzeLiquid(text: string): LiquidAnalysis {
  let templates: Template[];
  try {
    templates = liquid.parse(text);
  } catch (error) {
    return { ok: false, syntax: syntaxIssue(error) };
  }
  const variables: LiquidVariable[] = [];
  const seen = new Set<string>();
  const { globals } = liquid.analyzeSync(templates, { partials: false });
  for (const variable of Object.values(globals).flat()) {
    const name = variable.toString();
    if (seen.has(name)) continue;
    seen.add(name);
    variables.push({ name, segments: variable.segments.map((s) => (typeof s === 'string' || typeof s === 'number' ? s : COMPUTED_KEY)) });
  }
  return { ok: true, variables };
}

/**
 * Checks the Liquid in one field value (liquidCheck.ts); by default the text
 * is parsed afresh with analyzeLiquid.
 */
export function checkLiquid(
  text: string,
  scope?: Scope,
  analyze: (text: string) => LiquidAnalysis = analyzeLiquid,
  /** Variables other steps provide that this one can't read (StepFacts.provided), to say why. */
  provided?: Scope,
): LiquidIssue[] {
  return checkLiquidWith(text, scope, analyze, provided);
}
