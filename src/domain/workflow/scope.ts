/**
 * What a step can read: its scope, a set of named variables with shapes.
 *
 * - The trigger's data: `trigger` (the payload's fields) and the Shopify
 *   objects the payload references (`customer`, `order`, `product`; an
 *   order brings its customer), as dataFields.ts always had them.
 * - The outputs of the steps before it, on every path from the trigger
 *   (a kind declares its output: Get data's list of orders, Run code's
 *   fields...): a step reached by two paths only sees what both provide.
 *   A Wait forgets them, as Flow documents for Get data's results.
 * - Inside a For each's loop body, the current item (`lineItemsForeachitem`).
 *
 * Paths are resolved through shapes (shapes.ts), with the lists they cross.
 * Connectors never provide variables: an app's action output is not data a
 * condition may read (the seed's rule), so no kind of app step declares one.
 */
import type { LocalizedText } from '../catalog/manifest';
import { type Catalog } from '../catalog/catalog';
import { REFERENCE_RESOURCES } from '../catalog/fieldTypes';
import { OBJECT_TYPES } from '../shopify/model';
import { providedResources, triggerDefOf } from './dataFields';
import type { TriggerStep } from './kinds/trigger';
import { type Shape, isListShape, itemShape, memberOf, membersOf, shapeKey } from './shapes';

/** Where a variable comes from. */
export type VariableOrigin = 'trigger' | 'output' | 'loop-item' | 'condition-item';

/** A name a step can read, and the shape of its value. */
export interface Variable {
  readonly name: string;
  readonly label: LocalizedText;
  readonly shape: Shape;
  readonly origin: VariableOrigin;
  /** The step that provides it (its output, or the For each whose item it is). */
  readonly stepId?: string;
  /** That step's name, for problems that point at it ("For each item of order.line_items"). */
  readonly provider?: LocalizedText;
}

/** The variables a step can read; equal scopes are the same object (they key validation's cache). */
export interface Scope {
  readonly variables: ReadonlyMap<string, Variable>;
  readonly key: string;
}

const interned = new Map<string, Scope>();
const MAX_INTERNED = 5000;

/** The scope of these variables (the same object for the same variables of the same shapes). */
export function scopeOf(variables: Iterable<Variable>): Scope {
  const map = new Map<string, Variable>();
  for (const v of variables) map.set(v.name, v);
  const key = [...map.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((v) => `${v.name}:${v.origin}:${v.stepId ?? ''}:${shapeKey(v.shape)}`)
    .join('|');
  let scope = interned.get(key);
  if (!scope) {
    if (interned.size >= MAX_INTERNED) interned.clear();
    scope = { variables: map, key };
    interned.set(key, scope);
  }
  return scope;
}

/** A scope with more variables (a later one of the same name replaces the earlier). */
export function withVariables(scope: Scope, more: Iterable<Variable>): Scope {
  return scopeOf([...scope.variables.values(), ...more]);
}

/** The variables two scopes share (the same name with the same shape and origin). */
export function intersectScopes(a: Scope, b: Scope): Scope {
  if (a === b) return a;
  const shared = [...a.variables.values()].filter((v) => {
    const other = b.variables.get(v.name);
    return other && other.origin === v.origin && other.stepId === v.stepId && shapeKey(other.shape) === shapeKey(v.shape);
  });
  return scopeOf(shared);
}

export const EMPTY_SCOPE: Scope = scopeOf([]);

/**
 * The trigger's variables: `trigger` (its payload) and the Shopify objects
 * the payload references. Empty when there is no trigger or the catalog
 * doesn't know it.
 */
export function triggerVariables(catalog: Catalog, trigger: Pick<TriggerStep, 'app' | 'trigger'> | undefined): Variable[] {
  const def = trigger && triggerDefOf(catalog, trigger);
  if (!def) return [];
  const payload: Shape = {
    kind: 'record',
    fields: def.fields.map((f) => ({ key: f.key, label: f.label, shape: { kind: 'value', type: f.type, ...(f.format ? { format: f.format } : {}) } })),
  };
  const vars: Variable[] = [{ name: 'trigger', label: def.name, shape: payload, origin: 'trigger' }];
  const provided = providedResources(catalog, trigger);
  for (const resource of REFERENCE_RESOURCES) {
    if (provided.has(resource)) vars.push({ name: resource, label: OBJECT_TYPES[resource].label, shape: { kind: 'object', object: resource }, origin: 'trigger' });
  }
  return vars;
}

/** A path resolved in a scope: the variable, the shape at the end, the lists crossed on the way, each segment's label. */
export interface ResolvedPath {
  readonly variable: Variable;
  readonly shape: Shape;
  /** The prefixes of the path that are lists crossed on the way (a condition must iterate them first). */
  readonly listsCrossed: readonly string[];
  readonly labels: readonly LocalizedText[];
}

/** Why a path resolves to nothing, at which segment. */
export type PathProblem =
  | { readonly kind: 'no-variable'; readonly name: string }
  | { readonly kind: 'no-member'; readonly at: number; readonly owner: string; readonly key: string }
  | { readonly kind: 'past-value'; readonly at: number; readonly owner: string };

export type PathResolution = { ok: true; path: ResolvedPath } | { ok: false; problem: PathProblem };

/**
 * Resolves a dotted path (`order.line_items.product.tags`) in a scope,
 * walking into objects and records and through lists (into their items),
 * noting the lists it crossed. JSON (an Admin API response) resolves to JSON
 * whatever follows.
 */
export function resolvePathIn(scope: Scope, path: string | readonly string[]): PathResolution {
  const segments = typeof path === 'string' ? path.split('.') : path;
  const [root, ...rest] = segments;
  const variable = root === undefined ? undefined : scope.variables.get(root);
  if (!variable) return { ok: false, problem: { kind: 'no-variable', name: root ?? '' } };
  let shape = variable.shape;
  const labels: LocalizedText[] = [variable.label];
  const listsCrossed: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (shape.kind === 'json') return { ok: true, path: { variable, shape, listsCrossed, labels } };
    const owner = segments.slice(0, i + 1).join('.');
    if (isListShape(shape)) {
      listsCrossed.push(owner);
      shape = itemShape(shape)!;
    }
    if (shape.kind === 'json') return { ok: true, path: { variable, shape, listsCrossed, labels } };
    if (shape.kind === 'value') return { ok: false, problem: { kind: 'past-value', at: i + 1, owner } };
    const member = memberOf(shape, rest[i]!);
    if (!member) return { ok: false, problem: { kind: 'no-member', at: i + 1, owner, key: rest[i]! } };
    labels.push(member.label);
    shape = member.shape;
  }
  return { ok: true, path: { variable, shape, listsCrossed, labels } };
}

/** camelCase of a snake_case or dotted segment: `line_items` → `lineItems`. */
export function camelSegment(segment: string): string {
  return segment.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** The last segment of a path, in camelCase: what Flow names a loop's or a quantifier's item after. */
export function listBaseName(path: string): string {
  const last = path.split('.').at(-1) ?? path;
  return camelSegment(last);
}

/** The scope without what earlier steps provided (after a Wait: Flow re-reads the trigger's data, and earlier results are gone). */
export function forgetOutputs(scope: Scope): Scope {
  let any = false;
  for (const v of scope.variables.values()) if (v.origin === 'output') any = true;
  return any ? scopeOf([...scope.variables.values()].filter((v) => v.origin !== 'output')) : scope;
}

/** A list a step can go through (For each) or check (a list condition): its path and the labels on the way. */
export interface ListInScope {
  readonly path: string;
  readonly labels: readonly LocalizedText[];
  readonly variable: Variable;
}

/**
 * The lists readable in a scope without crossing another list: each list
 * variable (`getOrderData`), and the list members of its objects and records
 * down to `depth` references (`order.line_items`, `order.customer.orders`,
 * `lineItemsForeachitem.product.variants`). JSON nobody typed has no known
 * lists. In the order of the scope's variables, then of the members.
 */
export function listsIn(scope: Scope, depth = 2): ListInScope[] {
  const out: ListInScope[] = [];
  const walk = (variable: Variable, path: string, shape: Shape, labels: readonly LocalizedText[], left: number) => {
    if (isListShape(shape)) {
      out.push({ path, labels, variable });
      return;
    }
    if (left < 0) return;
    for (const member of membersOf(shape)) walk(variable, `${path}.${member.key}`, member.shape, [...labels, member.label], left - 1);
  };
  for (const variable of scope.variables.values()) walk(variable, variable.name, variable.shape, [variable.label], depth);
  return out;
}
