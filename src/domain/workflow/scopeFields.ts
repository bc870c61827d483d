/**
 * What a step's scope offers a person, as the variable picker and the
 * condition builder list it: the scope's variables (scope.ts), each with the
 * fields below it that can be compared or printed and the lists that can be
 * gone through, in groups a Flow user recognises (`lineItemsForeachitem`,
 * `getOrderData`, the trigger's Order...). One list for both, so what the
 * picker offers is what the builder offers and what validation accepts.
 *
 * Decisions (docs/flow-language.md, "Lists in the picker and the builder"):
 * - Nothing below a list is offered: `order.line_items.title` reads no single
 *   value; the list itself is offered, to check with a list condition or to
 *   loop over in Liquid.
 * - The trigger's objects (`order`, `customer`...) are offered one level
 *   deep, as before lists existed: their references are roots of their own
 *   (`customer`), so `order.customer.email` would only repeat them.
 * - Other variables (a loop's or a list condition's item, a step's output)
 *   are offered one reference deeper, so a line item's product and its tags
 *   (`lineItemsForeachitem.product.tags`) are there.
 * - Groups run from the innermost item outwards: a list condition's items,
 *   the loop's item, earlier steps' outputs, then the trigger's data.
 */
import type { DataType } from '../catalog/dataTypes';
import type { FieldFormat } from '../catalog/fieldTypes';
import type { LocalizedText } from '../catalog/manifest';
import { type Scope, type Variable, listBaseName } from './scope';
import { type Shape, isListShape, membersOf } from './shapes';

/** One field a step can read. */
export interface ScopeField {
  /** The dotted path conditions store and Liquid prints: `lineItemsForeachitem.product.tags`. */
  readonly path: string;
  /** The labels from the variable down to the field. */
  readonly labels: readonly LocalizedText[];
  readonly shape: Shape;
  /** A value a criterion can compare (a text, a number, a list of text...). */
  readonly comparable: boolean;
  /** A list a list condition can check (line items, tags, Get data's results...). */
  readonly iterable: boolean;
  /** The catalog type of a value; undefined for JSON nobody typed and for lists of objects. */
  readonly type?: DataType;
  readonly format?: FieldFormat;
}

/** The fields of one variable. */
export interface ScopeFieldGroup {
  readonly variable: Variable;
  readonly fields: readonly ScopeField[];
}

const ORIGIN_ORDER: Readonly<Record<Variable['origin'], number>> = { 'condition-item': 0, 'loop-item': 1, output: 2, trigger: 3 };

function fieldOf(path: string, labels: readonly LocalizedText[], shape: Shape): ScopeField {
  const value = shape.kind === 'value';
  return {
    path,
    labels,
    shape,
    comparable: value || shape.kind === 'json',
    iterable: isListShape(shape),
    ...(value ? { type: shape.type, ...(shape.format ? { format: shape.format } : {}) } : {}),
  };
}

function fieldsOfVariable(variable: Variable): ScopeField[] {
  const out: ScopeField[] = [];
  const depth = variable.origin === 'trigger' ? 0 : 1;
  const walk = (path: string, labels: readonly LocalizedText[], shape: Shape, left: number) => {
    const members = shape.kind === 'object' || shape.kind === 'record' ? membersOf(shape) : [];
    if (members.length === 0) {
      out.push(fieldOf(path, labels, shape));
      return;
    }
    for (const member of members) {
      const nested = member.shape.kind === 'object' || member.shape.kind === 'record';
      if (nested && left <= 0) continue;
      walk(`${path}.${member.key}`, [...labels, member.label], member.shape, nested ? left - 1 : left);
    }
  };
  walk(variable.name, [variable.label], variable.shape, depth);
  return out;
}

const cache = new WeakMap<Scope, readonly ScopeFieldGroup[]>();

/**
 * The fields a step with this scope can read, grouped by variable, innermost
 * item first (see the module header). The same array for the same scope.
 */
export function scopeFieldGroups(scope: Scope): readonly ScopeFieldGroup[] {
  let groups = cache.get(scope);
  if (!groups) {
    const variables = [...scope.variables.values()];
    // Later variables of the same origin are inner ones (an inner list condition's item): they come first.
    const ranked = variables
      .map((variable, at) => ({ variable, at }))
      .sort((a, b) => ORIGIN_ORDER[a.variable.origin] - ORIGIN_ORDER[b.variable.origin] || (a.variable.origin === 'trigger' ? a.at - b.at : b.at - a.at));
    groups = ranked.map(({ variable }) => ({ variable, fields: fieldsOfVariable(variable) })).filter((g) => g.fields.length > 0);
    cache.set(scope, groups);
  }
  return groups;
}

const byPathCache = new WeakMap<Scope, ReadonlyMap<string, ScopeField>>();

/** Every field of a scope by path (the same map for the same scope). */
export function scopeFieldsByPath(scope: Scope): ReadonlyMap<string, ScopeField> {
  let map = byPathCache.get(scope);
  if (!map) {
    map = new Map(scopeFieldGroups(scope).flatMap((g) => g.fields.map((f) => [f.path, f] as const)));
    byPathCache.set(scope, map);
  }
  return map;
}

/**
 * The name a list condition over `list` gives its items, as Flow names it
 * (`order.line_items` → `lineItems_item`), made unique in the scope by a
 * number before `_item` (`tags2_item`) when an outer list condition or a
 * step already uses it.
 */
export function listItemName(scope: Scope, list: string): string {
  const base = listBaseName(list).replace(/^[A-Z]/, (c) => c.toLowerCase()).replace(/[^A-Za-z0-9]/g, '') || 'list';
  const first = `${base}_item`;
  if (!scope.variables.has(first)) return first;
  for (let n = 2; ; n++) {
    const name = `${base}${n}_item`;
    if (!scope.variables.has(name)) return name;
  }
}
