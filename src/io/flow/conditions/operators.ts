/**
 * Flow's operators and Flowbench's, in one table both conversions read:
 * which Flow operator is which Flowbench operator, and the Flow operators
 * Flowbench has no operator for (reported on import, never approximated).
 * Every Flowbench operator has a Flow spelling.
 */
import type { Operator } from '../../../domain/workflow/document';
import type { FlowBinaryOperator, FlowUnaryOperator } from './ast';

type FlowOperator = FlowBinaryOperator | FlowUnaryOperator;

/** Flowbench's tests of one value. */
export type UnaryOperator = Extract<Operator, 'is_empty' | 'is_not_empty'>;
export type BinaryOperator = Exclude<Operator, UnaryOperator>;

/** Each Flowbench comparison's Flow spelling (checked total by the type). */
export const FLOW_BINARY_SPELLING: Readonly<Record<BinaryOperator, FlowBinaryOperator>> = {
  equal: '==',
  not_equal: '!=',
  greater_than: '>',
  greater_or_equal: '>=',
  less_than: '<',
  less_or_equal: '<=',
  includes: 'include?',
  not_includes: 'not_include?',
  starts_with: 'start_with?',
  ends_with: 'end_with?',
  any_of: 'in?',
  none_of: 'not_in?',
};

/** Each Flowbench test's Flow spelling. */
export const FLOW_UNARY_SPELLING: Readonly<Record<UnaryOperator, FlowUnaryOperator>> = {
  is_empty: 'empty_or_nil?',
  is_not_empty: 'not_empty_and_not_nil?',
};

/** Each Flowbench operator's Flow spelling. */
export const FLOW_SPELLING: Readonly<Record<Operator, FlowOperator>> = { ...FLOW_BINARY_SPELLING, ...FLOW_UNARY_SPELLING };

/**
 * Flow operators Flowbench has no operator for, and why: Flowbench has no
 * negated prefix/suffix test, and its "is empty" also holds for '' and [],
 * so it is not Flow's `nil?`.
 */
export const NOT_IN_FLOWBENCH: Readonly<Partial<Record<FlowOperator, string>>> = {
  'not_start_with?': 'Flowbench has no "does not start with" operator',
  'not_end_with?': 'Flowbench has no "does not end with" operator',
  'nil?': 'Flowbench has no "is nil" operator (its "is empty" also holds for empty text and empty lists)',
  'not_nil?': 'Flowbench has no "is not nil" operator (its "is not empty" fails on empty text and empty lists)',
};

const FLOWBENCH_OPERATOR = new Map<FlowOperator, Operator>(Object.entries(FLOW_SPELLING).map(([fb, flow]) => [flow, fb as Operator]));

/** The Flowbench operator of a Flow operator, or undefined when Flowbench has none (NOT_IN_FLOWBENCH says why). */
export function flowbenchOperator(operator: FlowOperator): Operator | undefined {
  return FLOWBENCH_OPERATOR.get(operator);
}

/** The ordering operators, which Flowbench evaluates on numbers only. */
export const ORDERING: ReadonlySet<Operator> = new Set<Operator>(['greater_than', 'greater_or_equal', 'less_than', 'less_or_equal']);
