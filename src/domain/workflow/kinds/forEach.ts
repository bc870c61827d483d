/**
 * The For each kind: Shopify Flow's `shopify::flow::foreach` (FORMAT.md
 * §11). It goes through a list of the workflow's data (a bare path, Flow's
 * `listpath`: `order.line_items`, `getOrderData`...) and runs the steps on
 * its "For each item" port once per item, with the item readable there
 * under Flow's name for it, `<last segment in camelCase>Foreachitem`
 * (`order.line_items` → `lineItemsForeachitem`). Then the run goes on by
 * "After the loop".
 *
 * Flow's rules, as Flowbench keeps them:
 * - At most 100 items: a longer list fails the run at the For each, and
 *   nothing after it runs (engine/kinds/forEach.ts).
 * - Directly on "For each item" there may not be another For each, a Wait
 *   or Get data (`refuseNext`: refused when linking, adding and importing);
 *   one step at most (a port holds one link).
 * - The item is readable only on the loop's path (scope.ts); using it after
 *   the loop is an error that names this step.
 */
import type { Draft } from 'immer';
import { z } from 'zod';
import type { LocalizedText } from '../../catalog/manifest';
import { newId } from '../ids';
import { indexOfKind, type Refusal } from '../operationError';
import type { Problem } from '../problems';
import { type Scope, listBaseName, resolvePathIn, withVariables } from '../scope';
import { isListShape, itemShape } from '../shapes';
import { NO_ARGS, type Position, type StepKindDefinition, StepId, type StepsDoc, operation, stepBase, diffOf } from './base';

/** The most items a For each goes through (Flow's documented limit). */
export const MAX_LOOP_ITEMS = 100;

/** A list path: the name of a variable and the fields to its list, dot-separated (no Liquid, no indexes). */
export const ListPath = z
  .string()
  .max(300)
  .regex(/^(?:[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)?$/, 'must be a path to a list like "order.line_items" or "getOrderData", without {{ }}');

export const ForEachStep = z.strictObject({
  ...stepBase,
  kind: z.literal('forEach'),
  /** The list to go through (Flow's `listpath`); empty until the person chooses one. */
  list: ListPath,
});
export type ForEachStep = z.infer<typeof ForEachStep>;

/** Sets the list a For each goes through. */
export const UpdateForEach = operation('updateForEach', { id: StepId, list: ListPath });

const updateForEach = {
  schema: UpdateForEach,
  plan(doc: StepsDoc, op: z.output<typeof UpdateForEach>) {
    const index = indexOfKind(doc, op.id, 'forEach', 'only For each steps go through a list');
    return (draft: { steps: unknown[] }) => {
      (draft.steps[index] as Draft<ForEachStep>).list = op.list;
    };
  },
};

/** The name of the item inside the loop, as Flow names it: `order.line_items` → `lineItemsForeachitem`. */
export function loopItemName(list: string): string {
  return `${listBaseName(list)}Foreachitem`;
}

/** The longest item label a run record keeps (loopItemLabel). */
export const MAX_ITEM_LABEL = 80;

/** The fields that name an object item, in the order they are tried (a line item's title, an order's name...). */
const ITEM_NAME_FIELDS = ['title', 'name', 'displayName', 'email', 'id'] as const;

/**
 * A short text naming a loop's item in a run record ("Blue T-shirt",
 * "#1001", "presale"): text and numbers as they are, an object by the first
 * of its title, name, displayName, email or id that is text or a number;
 * undefined when there is none. Cut to MAX_ITEM_LABEL characters, so a run
 * of 100 items stays small.
 */
export function loopItemLabel(item: unknown): string | undefined {
  let text: string | undefined;
  if (typeof item === 'string') text = item;
  else if (typeof item === 'number' || typeof item === 'boolean') text = String(item);
  else if (item && typeof item === 'object' && !Array.isArray(item)) {
    for (const key of ITEM_NAME_FIELDS) {
      const value: unknown = Object.hasOwn(item, key) ? (item as Record<string, unknown>)[key] : undefined;
      if (typeof value === 'string' && value.trim() !== '') {
        text = value;
        break;
      }
      if (typeof value === 'number') {
        text = String(value);
        break;
      }
    }
  }
  if (text === undefined) return undefined;
  return text.length > MAX_ITEM_LABEL ? `${text.slice(0, MAX_ITEM_LABEL - 1)}…` : text;
}

/** The kinds Flow forbids directly on "For each item", with how the refusal names them. */
const NOT_DIRECTLY_IN_LOOP: Readonly<Record<string, LocalizedText>> = {
  forEach: { en: 'A For each', pl: 'Pętla „Dla każdego”' },
  wait: { en: 'A Wait', pl: 'Czekanie' },
  getData: { en: 'Get data', pl: 'Pobieranie danych' },
};

function refuseInLoop(port: string, next: string): Refusal | undefined {
  const name = port === 'loop_body' ? NOT_DIRECTLY_IN_LOOP[next] : undefined;
  if (!name) return undefined;
  return {
    code: 'not-in-loop',
    params: { step: name },
    message: `${name.en} can't come directly inside a For each loop: Flow doesn't allow a For each, a Wait or Get data right after "For each item".`,
  };
}

/** The problems of a For each's list in its scope (undefined scope: no known trigger, nothing to check against). */
function listProblems(step: ForEachStep, scope: Scope | undefined, hasBody: boolean): Problem[] {
  const at = { severity: 'error' as const, stepId: step.id, field: 'list' };
  const problems: Problem[] = [];
  if (step.list === '') {
    problems.push({ ...at, code: 'foreach-no-list', message: 'Choose the list this step goes through, like the order\'s line items.' });
  } else if (scope) {
    const resolved = resolvePathIn(scope, step.list);
    if (!resolved.ok) {
      problems.push({
        ...at,
        code: 'foreach-list-unknown',
        params: { path: step.list },
        message: `This step goes through ${step.list}, which this step can't read: the trigger does not provide it and no step before this one does.`,
      });
    } else if (resolved.path.listsCrossed.length > 0) {
      const list = resolved.path.listsCrossed[0]!;
      problems.push({
        ...at,
        code: 'foreach-not-a-list',
        variant: 'nested',
        params: { path: step.list, list },
        message: `${step.list} is inside the list ${list}: go through ${list} first, and through its items' lists inside that loop.`,
      });
    } else if (!isListShape(resolved.path.shape) && resolved.path.shape.kind !== 'json') {
      problems.push({
        ...at,
        code: 'foreach-not-a-list',
        params: { path: step.list },
        message: `${step.list} is not a list, so there is nothing to go through. Choose a list, like the order's line items.`,
      });
    }
  }
  if (!hasBody) {
    problems.push({
      severity: 'warning',
      stepId: step.id,
      code: 'foreach-empty-body',
      message: 'Nothing is linked to "For each item", so the loop does nothing. Add a step there.',
    });
  }
  return problems;
}

export const forEachKind = {
  kind: 'forEach',
  schema: ForEachStep,
  ports: ['loop_body', 'after'],
  portLabels: { loop_body: 'For each item', after: 'After the loop' },
  loopPort: 'loop_body',
  acceptsLinks: true,
  label: 'For each',
  args: NO_ARGS,
  placeholder: {},
  create: (_args, position, id = newId('loop')) => ({ id, kind: 'forEach', list: '', position, note: '' }),
  offered: () => true,
  appsUsed: () => [],
  describe: (step) => ({ appName: 'Logic', title: step.list === '' ? 'For each item' : `For each item of ${step.list}` }),
  diff: diffOf<ForEachStep>('list'),
  validate: (step, _ctx, facts) => listProblems(step, facts.scope, facts.linkedPorts.includes('loop_body')),
  scopeAfter(step, port, scope) {
    if (port !== 'loop_body' || step.list === '') return scope;
    const resolved = resolvePathIn(scope, step.list);
    if (!resolved.ok || resolved.path.listsCrossed.length > 0) return scope;
    const item = resolved.path.shape.kind === 'json' ? { kind: 'json' as const } : itemShape(resolved.path.shape);
    if (!item) return scope;
    const label = resolved.path.labels.at(-1)!;
    return withVariables(scope, [
      {
        name: loopItemName(step.list),
        label: { en: `${label.en} (current item)`, pl: `${label.pl} (bieżący element)` },
        shape: item,
        origin: 'loop-item',
        stepId: step.id,
        provider: { en: `For each item of ${step.list}`, pl: `Dla każdego elementu ${step.list}` },
      },
    ]);
  },
  refuseNext: refuseInLoop,
  operations: [updateForEach],
} as const satisfies StepKindDefinition<typeof ForEachStep, object>;

/** A new For each step going through `list` (shorthand for `forEachKind.create`). */
export function forEachStep(position: Position, list = '', id?: string): ForEachStep {
  return { ...forEachKind.create({}, position, id), list };
}
