/**
 * What the export's condition tree (FORMAT.md §9, seen only in third-party
 * `.flow` files [X]) shares between its reader and writer: the node kinds'
 * words, the quantifiers' upper-case spelling, and which `value_type` a
 * literal implies when the tree carries none of its own.
 */
import type { FlowQuantifier, FlowValue } from './ast';

export const LOGICAL = 'LogicalExpression';
export const COMPARISON = 'Comparison';
export const ARRAY = 'ArrayExpression';
export const ENVIRONMENT = 'EnvironmentValue';
export const LITERAL = 'LiteralValue';

export const TREE_QUANTIFIERS: Record<FlowQuantifier, string> = { any: 'ANY', all: 'ALL', none: 'NONE' };
export const TREE_JOINS = { and: 'AND', or: 'OR' } as const;

const SCALAR = 'EnvironmentScalarDefinition:';
/** `value_type` scalars whose literals are numbers [I: `Int`, `Float`, `Decimal`, `Money` by GraphQL's names]. */
export const NUMERIC_SCALARS = new Set(['Int', 'Float', 'Decimal', 'Money', 'UnsignedInt64', 'BigInt']);

/** The `value_type` written for a right-hand side when the condition has none of its own [I]. */
export function impliedValueType(rhs: FlowValue | undefined): string {
  if (!rhs || rhs.kind === 'string' || rhs.kind === 'path') return `${SCALAR}String`;
  if (rhs.kind === 'boolean') return `${SCALAR}Boolean`;
  return `${SCALAR}${Number.isInteger(rhs.value) ? 'Int' : 'Float'}`;
}

/** The scalar name of a `value_type` (`EnvironmentScalarDefinition:Int` → `Int`), or undefined for enums and others. */
export function scalarOf(valueType: string | undefined): string | undefined {
  return valueType?.startsWith(SCALAR) ? valueType.slice(SCALAR.length) : undefined;
}
