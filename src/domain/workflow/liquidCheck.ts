/**
 * Liquid's static checks as validation runs them on a field, without
 * liquidjs itself: does a text hold Liquid, and is every variable its
 * analysis found data the workflow has. The analysis (parsing with liquidjs)
 * is handed in (`StepCheckContext.analyze`; liquid.ts's analyzeLiquid), so
 * the step kinds, which the first page loads to read stored workflows, don't
 * bring liquidjs with them: it comes with the editor and the validator.
 */
import { isConditionRoot } from './criteria';
import { type Scope, resolvePathIn } from './scope';
import { type Shape, isListShape, isScalarShape, itemShape, memberOf, membersOf } from './shapes';
import type { MessageParams } from '../text/messageParams';

/** True when the text holds Liquid markup (`{{ … }}` or `{% … %}`), so its value is only known at run time. */
export function containsLiquid(text: string): boolean {
  return text.includes('{{') || text.includes('{%');
}

export interface LiquidIssue {
  readonly code: 'liquid-syntax' | 'liquid-unknown-variable';
  readonly message: string;
  /** Which wording (for the UI's translation); see `syntaxIssue` and `variableProblem`. */
  readonly variant: string;
  readonly params: MessageParams;
}

/** A variable a text reads, as static analysis found it (each name once). */
export interface LiquidVariable {
  /** As written, like `trigger.rating` or `customer.tags[0]`. */
  readonly name: string;
  /** Its path: names and indices; a computed key (`trigger[name]`) is {@link COMPUTED_KEY}. */
  readonly segments: readonly (string | number | typeof COMPUTED_KEY)[];
}

/** Stands for a key computed from another variable, only known at run time. */
export const COMPUTED_KEY: Readonly<{ computed: true }> = Object.freeze({ computed: true as const });

/**
 * What Liquid static analysis finds in one text, whatever the workflow: a
 * syntax error, or the variables it reads. It depends on the text alone, so
 * it can be kept per text (liquidAnalyses.ts) and checked against any scope.
 */
export type LiquidAnalysis =
  | { readonly ok: false; readonly syntax: Pick<LiquidIssue, 'message' | 'variant' | 'params'> }
  | { readonly ok: true; readonly variables: readonly LiquidVariable[] };

/**
 * Checks the Liquid in one field value. A syntax error is the only issue
 * reported when the text doesn't parse. Without a scope (no trigger yet)
 * only the syntax is checked. Each unknown variable is reported once.
 * `analyze` is liquid.ts's analyzeLiquid or a cached analysis (see
 * liquidAnalyses.ts).
 */
export function checkLiquid(
  text: string,
  scope: Scope | undefined,
  analyze: (text: string) => LiquidAnalysis,
  /** Variables other steps provide that this one can't read (StepFacts.provided), to say why. */
  provided?: Scope,
): LiquidIssue[] {
  const analysis = analyze(text);
  if (!analysis.ok) return [{ code: 'liquid-syntax', ...analysis.syntax }];
  if (!scope) return [];
  const issues: LiquidIssue[] = [];
  for (const variable of analysis.variables) {
    const problem = variableProblem(variable.segments, variable.name, scope, provided);
    if (problem) issues.push({ code: 'liquid-unknown-variable', ...problem });
  }
  return issues;
}

/** Properties Liquid itself gives lists: `first`/`last` (and `size`, which text has too). */
const LIST_PROPERTIES = new Set(['first', 'last']);

type Worded = Pick<LiquidIssue, 'message' | 'variant' | 'params'>;

/**
 * Why a variable a text reads has no value in this scope, if it has none.
 * The path is walked through the variable's shape: members of objects and
 * records; an index, `first` or `last` of a list (its item); `size` of a
 * list or text; anything below JSON nobody typed (an Admin API response).
 */
function variableProblem(segments: readonly unknown[], name: string, scope: Scope, provided: Scope | undefined): Worded | undefined {
  const [root, ...rest] = segments;
  const elsewhere = typeof root === 'string' && !scope.variables.has(root) ? provided?.variables.get(root) : undefined;
  if (elsewhere) {
    const step = elsewhere.provider ?? elsewhere.label;
    return elsewhere.origin === 'loop-item'
      ? {
          variant: 'outside-loop',
          params: { name, root: elsewhere.name, step },
          message: `{{ ${name} }} is the current item of the loop "${step.en}", and only the steps on that loop's "For each item" path can read it.`,
        }
      : {
          variant: 'not-before',
          params: { name, root: elsewhere.name, step },
          message: `{{ ${name} }} comes from the step "${step.en}", which doesn't come before this one on every path (or a Wait comes between, and a Wait forgets it).`,
        };
  }
  if (typeof root !== 'string' || !scope.variables.has(root)) {
    if (typeof root === 'string' && isConditionRoot(root)) {
      return {
        variant: 'no-root',
        params: { name, root },
        message: `{{ ${name} }} has no value here: neither the trigger nor a step before this one provides ${article(root)} ${root}.`,
      };
    }
    const like = example(scope);
    const roots = [...scope.variables.keys()];
    return {
      variant: 'not-data',
      params: { name, roots: roots.join(', '), example: like },
      message: `{{ ${name} }} is not data this workflow has: use the data of ${listWords(roots)}, like {{ ${like} }}.`,
    };
  }
  let shape: Shape = scope.variables.get(root)!.shape;
  let at = root;
  for (const segment of rest) {
    if (typeof segment === 'object' || shape.kind === 'json') return undefined; // a computed key, or untyped JSON: only known at run time
    if (segment === 'size' && (isListShape(shape) || shape.kind === 'value')) return undefined;
    if (isListShape(shape)) {
      if (typeof segment === 'number' || LIST_PROPERTIES.has(segment as string)) {
        shape = itemShape(shape)!;
        at = `${at}.${String(segment)}`;
        continue;
      }
      return noProperty(name, at, String(segment), scope);
    }
    const member = typeof segment === 'string' ? memberOf(shape, segment) : undefined;
    if (!member) {
      if (shape.kind === 'value') return noProperty(name, at, String(segment), scope);
      return {
        variant: 'no-field',
        params: { name, root: at, key: String(segment) },
        message: `{{ ${name} }} is not available: ${at} has no field "${String(segment)}".`,
      };
    }
    shape = member.shape;
    at = `${at}.${segment as string}`;
  }
  // A whole list is fine: `{% for line in order.line_items %}` reads it, and static analysis can't tell that from output.
  if (shape.kind === 'object' || shape.kind === 'record') {
    const first = firstScalar(at, shape);
    return {
      variant: first ? 'whole' : 'whole-no-example',
      params: first ? { name, root: at, example: first } : { name, root: at },
      message: `{{ ${name} }} is the whole ${at}: pick one of its fields${first ? `, like {{ ${first} }}` : ''}.`,
    };
  }
  return undefined;
}

function noProperty(name: string, at: string, property: string, scope: Scope): Worded {
  const resolved = resolvePathIn(scope, at);
  const label = resolved.ok ? resolved.path.labels.at(-1)! : { en: at, pl: at };
  return {
    variant: 'no-property',
    params: { name, label, path: at, property },
    message: `{{ ${name} }} is not available: ${label.en} (${at}) has no "${property}".`,
  };
}

/** The path of the first single value below `path` (through the first item of a list), for examples. */
function firstScalar(path: string, shape: Shape): string | undefined {
  const item = itemShape(shape);
  const base = item ? `${path}.first` : path;
  const members = membersOf(item ?? shape);
  const scalar = members.find((m) => isScalarShape(m.shape));
  return scalar && `${base}.${scalar.key}`;
}

function example(scope: Scope): string {
  for (const variable of scope.variables.values()) {
    if (isScalarShape(variable.shape)) return variable.name;
    const first = firstScalar(variable.name, variable.shape);
    if (first) return first;
  }
  return 'trigger.rating';
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.length === 1 ? `the ${words[0]}` : 'the trigger';
  return `the ${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * liquidjs's message in plainer words, with the place in the text. The
 * variant names the kind of error (the UI words it per language); `other`
 * keeps liquidjs's own English reason, which no catalog can know in advance.
 */
/** A liquidjs parse error in plain words. */
export function syntaxIssue(error: unknown): Worded {
  const raw = error instanceof Error ? error.message : String(error);
  const place = /, line:(\d+), col:(\d+)$/.exec(raw);
  const reason = (place ? raw.slice(0, place.index) : raw).trim();
  const where = place ? ` (line ${place[1]}, column ${place[2]})` : '';
  const plain = plainReason(reason);
  const params = place ? { ...plain.params, line: Number(place[1]), column: Number(place[2]) } : plain.params;
  return { variant: plain.variant, params, message: `The Liquid here has an error${where}: ${plain.words}.` };
}

function plainReason(reason: string): { variant: string; params: Record<string, string>; words: string } {
  let m: RegExpExecArray | null;
  if ((m = /^output "(.*)" not closed$/s.exec(reason))) {
    return { variant: 'output-not-closed', params: { text: m[1]! }, words: `"${m[1]}" is missing its closing "}}"` };
  }
  if ((m = /^tag "end(\w+)" not found$/.exec(reason))) {
    return { variant: 'end-without-start', params: { tag: m[1]! }, words: `{% end${m[1]} %} has no opening {% ${m[1]} %}` };
  }
  if ((m = /^tag "(\w+)" not found$/.exec(reason))) {
    return { variant: 'unknown-tag', params: { tag: m[1]! }, words: `there is no Liquid tag "${m[1]}"` };
  }
  if ((m = /^tag (\{%.*%\}) not closed$/s.exec(reason))) {
    return { variant: 'tag-not-closed', params: { tag: m[1]! }, words: `${m[1]} is never closed: add its end tag` };
  }
  if ((m = /^undefined filter: (\S+)$/.exec(reason))) {
    return { variant: 'unknown-filter', params: { filter: m[1]! }, words: `there is no filter "${m[1]}"` };
  }
  return { variant: 'other', params: { reason }, words: reason };
}
