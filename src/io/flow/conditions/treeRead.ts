/**
 * Reading the condition tree of a `.flow` export (FORMAT.md §9) into the
 * same syntax tree the DSL gives. The tree's shape is known only from
 * third-party files [X], so the reader is strict about what it needs
 * (operation types, operators, paths) and every refusal names the JSON path
 * of the node, e.g. `…value.lhs.rhs.operator`; Liquid in a literal is
 * refused as in the DSL (`CONDITION_LIQUID`). uuids are not kept: the
 * writer makes its own.
 *
 * Conventions [I]: the root and an ArrayExpression's `operation` are
 * LogicalExpressions that may wrap a single `lhs`; that wrapper is not a
 * group. Elsewhere a LogicalExpression is a group of its `lhs` and `rhs`,
 * and an `rhs` chain of the same operator is one group (`a && b && c` is
 * `AND(a, AND(b, c))`), as the writer writes it.
 */
import type { FlowProblem } from '../problems';
import { FLOW_BINARY_OPERATORS, FLOW_UNARY_OPERATORS, type FlowBinaryOperator, type FlowCondition, type FlowQuantifier, type FlowUnaryOperator, type FlowValue } from './ast';
import type { JsonPath, ReadConditionTreeResult } from './api';
import { ARRAY, COMPARISON, ENVIRONMENT, impliedValueType, LITERAL, LOGICAL, NUMERIC_SCALARS, scalarOf, TREE_QUANTIFIERS } from './treeShape';

/** How deep a tree may nest (as the DSL parser's limit, with the tree's extra wrappers). */
export const MAX_TREE_DEPTH = 200;
const PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
const BINARY = new Set<string>(FLOW_BINARY_OPERATORS);
const UNARY = new Set<string>(FLOW_UNARY_OPERATORS);
const QUANTIFIER_OF = Object.fromEntries(Object.entries(TREE_QUANTIFIERS).map(([q, word]) => [word, q])) as Record<string, FlowQuantifier>;

class TreeRefusal extends Error {
  constructor(readonly problem: FlowProblem) {
    super(problem.code);
  }
}

type Node = Record<string, unknown>;

function refuse(path: JsonPath, reason: string, found?: unknown, code = 'VALUE_ENCODING'): never {
  const params: Record<string, string> = { reason };
  if (found !== undefined) params.found = typeof found === 'string' ? found : JSON.stringify(found) ?? String(found);
  throw new TreeRefusal({ bucket: 'condition', path, code, params });
}

function object(value: unknown, path: JsonPath, what: string): Node {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) refuse(path, `expected ${what} (a JSON object)`, value);
  return value as Node;
}

/**
 * The condition a `.flow` export stores as a tree (the `condition` field's
 * JSON, already parsed). `path` is where the tree is in the file; problems
 * extend it with the tree's own keys.
 */
export function readConditionTree(tree: unknown, path: JsonPath): ReadConditionTreeResult {
  try {
    return { ok: true, ast: wrapper(tree, path, 0) };
  } catch (error) {
    if (error instanceof TreeRefusal) return { ok: false, problems: [error.problem] };
    throw error;
  }
}

/** The root or an ArrayExpression's operation: a LogicalExpression, unwrapped when it holds a single lhs. */
function wrapper(value: unknown, path: JsonPath, depth: number): FlowCondition {
  const node = object(value, path, 'a LogicalExpression');
  if (node.operation_type !== LOGICAL) refuse([...path, 'operation_type'], `expected "${LOGICAL}" here`, node.operation_type);
  if (node.rhs === undefined || node.rhs === null) {
    joinOf(node, path);
    return condition(node.lhs, [...path, 'lhs'], depth + 1);
  }
  return condition(node, path, depth);
}

function condition(value: unknown, path: JsonPath, depth: number): FlowCondition {
  if (depth > MAX_TREE_DEPTH) refuse(path, `the condition nests more than ${MAX_TREE_DEPTH} levels deep`);
  const node = object(value, path, 'a condition node');
  switch (node.operation_type) {
    case LOGICAL:
      return logical(node, path, depth);
    case COMPARISON:
      return comparison(node, path);
    case ARRAY:
      return quantified(node, path, depth);
    default:
      return refuse([...path, 'operation_type'], `expected "${LOGICAL}", "${COMPARISON}" or "${ARRAY}"`, node.operation_type);
  }
}

function joinOf(node: Node, path: JsonPath): 'and' | 'or' {
  if (node.operator === 'AND') return 'and';
  if (node.operator === 'OR') return 'or';
  return refuse([...path, 'operator'], 'expected "AND" or "OR"', node.operator);
}

function logical(node: Node, path: JsonPath, depth: number): FlowCondition {
  const join = joinOf(node, path);
  const first = condition(node.lhs, [...path, 'lhs'], depth + 1);
  if (node.rhs === undefined || node.rhs === null) return { kind: 'logical', join: 'and', items: [first] };
  const items = [first];
  let rest: unknown = node.rhs;
  let restPath: JsonPath = [...path, 'rhs'];
  // An rhs chain of the same operator is one group: AND(a, AND(b, c)) is a && b && c.
  for (;;) {
    const next = object(rest, restPath, 'a condition node');
    const chained = next.operation_type === LOGICAL && next.operator === node.operator && next.rhs !== undefined && next.rhs !== null;
    if (!chained) break;
    items.push(condition(next.lhs, [...restPath, 'lhs'], depth + 1));
    rest = next.rhs;
    restPath = [...restPath, 'rhs'];
  }
  items.push(condition(rest, restPath, depth + 1));
  return { kind: 'logical', join, items };
}

function comparison(node: Node, path: JsonPath): FlowCondition {
  const lhs = environmentPath(node.lhs, [...path, 'lhs']);
  const operator = node.operator;
  const valueType = node.value_type === undefined || node.value_type === null ? undefined : node.value_type;
  if (valueType !== undefined && typeof valueType !== 'string') refuse([...path, 'value_type'], 'expected a text', valueType);
  if (typeof operator === 'string' && UNARY.has(operator)) {
    emptyLiteral(node.rhs, [...path, 'rhs']);
    return withType({ kind: 'test', lhs, operator: operator as FlowUnaryOperator }, valueType, undefined);
  }
  if (typeof operator !== 'string' || !BINARY.has(operator)) refuse([...path, 'operator'], 'expected one of Flow\'s operators ("==", "include?", "empty_or_nil?"…)', operator);
  const rhs = value(node.rhs, [...path, 'rhs'], valueType);
  return withType({ kind: 'comparison', lhs, operator: operator as FlowBinaryOperator, rhs }, valueType, rhs);
}

/** The node with its `value_type`, kept only when it is not the one its literal implies (so the writer gives the same tree back). */
function withType<T extends FlowCondition & { valueType?: string }>(node: T, valueType: string | undefined, rhs: FlowValue | undefined): T {
  return valueType !== undefined && valueType !== impliedValueType(rhs) ? { ...node, valueType } : node;
}

function quantified(node: Node, path: JsonPath, depth: number): FlowCondition {
  const list = environmentPath(node.array_path, [...path, 'array_path']);
  const key = object(node.array_item_key, [...path, 'array_item_key'], "the item's name");
  const item = key.value;
  if (typeof item !== 'string' || !NAME.test(item)) refuse([...path, 'array_item_key', 'value'], 'expected a name like lineItems_item', item);
  const quantifier = typeof node.operator === 'string' ? QUANTIFIER_OF[node.operator] : undefined;
  if (!quantifier) refuse([...path, 'operator'], 'expected "ANY", "ALL" or "NONE"', node.operator);
  return { kind: 'quantifier', quantifier, list, item, body: wrapper(node.operation, [...path, 'operation'], depth + 1) };
}

function environmentPath(value: unknown, path: JsonPath): string {
  const node = object(value, path, 'a field of the workflow data');
  if (node.comparison_value_type !== ENVIRONMENT) refuse([...path, 'comparison_value_type'], `expected "${ENVIRONMENT}"`, node.comparison_value_type);
  if (typeof node.value !== 'string' || !PATH.test(node.value)) refuse([...path, 'value'], 'expected a field path like order.customer.email', node.value);
  return node.value;
}

function value(raw: unknown, path: JsonPath, valueType: string | undefined): FlowValue {
  const node = object(raw, path, 'a value');
  if (node.comparison_value_type === ENVIRONMENT) return { kind: 'path', path: environmentPath(node, path) };
  if (node.comparison_value_type !== LITERAL) refuse([...path, 'comparison_value_type'], `expected "${LITERAL}" or "${ENVIRONMENT}"`, node.comparison_value_type);
  const literal = node.value;
  if (typeof literal === 'number' && Number.isFinite(literal)) return { kind: 'number', value: literal === 0 ? 0 : literal };
  if (typeof literal === 'boolean') return { kind: 'boolean', value: literal };
  if (typeof literal !== 'string') refuse([...path, 'value'], 'expected a text, a number or true/false', literal);
  if (/\{[{%]/.test(literal)) refuse([...path, 'value'], 'Liquid is not allowed inside a condition; compute the value in an earlier step (Run code) instead', literal, 'CONDITION_LIQUID');
  const scalar = scalarOf(valueType);
  if (scalar && NUMERIC_SCALARS.has(scalar) && NUMBER.test(literal) && Number.isFinite(Number(literal))) {
    const n = Number(literal);
    return { kind: 'number', value: n === 0 ? 0 : n };
  }
  if (scalar === 'Boolean' && (literal === 'true' || literal === 'false')) return { kind: 'boolean', value: literal === 'true' };
  return { kind: 'string', value: literal };
}

/** A unary test's rhs: absent, or the empty literal exports carry. */
function emptyLiteral(raw: unknown, path: JsonPath): void {
  if (raw === undefined || raw === null) return;
  const node = object(raw, path, 'a value');
  if (node.value !== '' && node.value !== undefined && node.value !== null) refuse([...path, 'value'], 'a test of one value (like empty_or_nil?) takes no right-hand side; expected ""', node.value);
}
