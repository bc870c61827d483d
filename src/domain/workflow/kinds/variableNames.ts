/**
 * The names of the variables steps provide. A kind whose steps provide data
 * to later steps (Get data, Run code, Send Admin API request) keeps the
 * name in the step's `variable` field, as Flow names them (`getOrderData`,
 * `runCode`, `sendAdminApiRequest`), numbered when repeated: `runCode`,
 * `runCode1`, `runCode2`... Names are unique in a workflow: adding or
 * pasting a step whose name is taken gives it the next free one, and a
 * document with a name used twice has a problem (validate.ts).
 *
 * Limitation: a pasted step that refers to another pasted step's variable
 * keeps the old name in its text when that step is renamed on paste.
 */
import type { StepShape } from './base';

/** The variable a step provides, if it provides one. */
export function variableOf(step: StepShape): string | undefined {
  const name = (step as { variable?: unknown }).variable;
  return typeof name === 'string' ? name : undefined;
}

/** `name` if it is not in `used`, else its base (without a trailing number) with the lowest free number. */
export function freeName(name: string, used: ReadonlySet<string>): string {
  if (!used.has(name)) return name;
  const base = name.replace(/\d+$/, '');
  for (let n = 1; ; n++) {
    if (!used.has(`${base}${n}`)) return `${base}${n}`;
  }
}

/** The first free name from `base` among the variables of `steps`, not counting step `exceptId`'s own. */
export function freeNameAmong(base: string, steps: readonly StepShape[], exceptId?: string): string {
  const used = new Set<string>();
  for (const step of steps) {
    const name = step.id === exceptId ? undefined : variableOf(step);
    if (name !== undefined) used.add(name);
  }
  return freeName(base, used);
}

/** The steps with their variables made unique among `taken` and each other (see the module header). */
export function withFreeVariables<S extends StepShape>(steps: readonly S[], taken: Iterable<string>): S[] {
  const used = new Set(taken);
  return steps.map((step) => {
    const name = variableOf(step);
    if (name === undefined) return step;
    const free = freeName(name, used);
    used.add(free);
    return free === name ? step : { ...step, variable: free };
  });
}
