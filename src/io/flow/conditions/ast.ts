/**
 * The syntax tree of a Shopify Flow condition (FORMAT.md §8, §9), shared by
 * the DSL parser and printer, the export's condition tree reader and writer,
 * and the conversion to and from Flowbench's criteria. Plain data: two equal
 * conditions are deep-equal trees, whichever form they were read from.
 */

/** Flow's binary operators, in the DSL's spelling. */
export const FLOW_BINARY_OPERATORS = [
  '==',
  '!=',
  '>',
  '>=',
  '<',
  '<=',
  'start_with?',
  'not_start_with?',
  'end_with?',
  'not_end_with?',
  'include?',
  'not_include?',
  'in?',
  'not_in?',
] as const;
export type FlowBinaryOperator = (typeof FLOW_BINARY_OPERATORS)[number];

/** Flow's unary operators (a test of one operand). */
export const FLOW_UNARY_OPERATORS = ['empty_or_nil?', 'not_empty_and_not_nil?', 'nil?', 'not_nil?'] as const;
export type FlowUnaryOperator = (typeof FLOW_UNARY_OPERATORS)[number];

/** Flow's list quantifiers: `any?`, `all?`, `none?` ("at least one of", "all of", "none of"). */
export const FLOW_QUANTIFIERS = ['any', 'all', 'none'] as const;
export type FlowQuantifier = (typeof FLOW_QUANTIFIERS)[number];

/** A dotted path into the workflow's data, e.g. `order.customer.email`, `lineItems_item`. */
export type FlowPath = string;

/** The right-hand side of a comparison: a literal or another path. */
export type FlowValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'path'; path: FlowPath };

/** `(lhs op rhs)`. `valueType` is the export tree's `value_type`, kept only when it is not the one the literal implies. */
export interface FlowComparison {
  kind: 'comparison';
  lhs: FlowPath;
  operator: FlowBinaryOperator;
  rhs: FlowValue;
  valueType?: string;
}

/** `(lhs unop)`. `valueType` as in a comparison. */
export interface FlowTest {
  kind: 'test';
  lhs: FlowPath;
  operator: FlowUnaryOperator;
  valueType?: string;
}

/** `(list any? |item| body)`. */
export interface FlowQuantified {
  kind: 'quantifier';
  quantifier: FlowQuantifier;
  list: FlowPath;
  item: string;
  body: FlowCondition;
}

/**
 * `((a) && (b) && …)` or `((a) || (b) || …)`; never both at one level.
 * A group of one (`((a))`, or the export tree's root wrapping a single
 * `lhs`) has the join `and`.
 */
export interface FlowLogical {
  kind: 'logical';
  join: 'and' | 'or';
  items: FlowCondition[];
}

export type FlowCondition = FlowComparison | FlowTest | FlowQuantified | FlowLogical;

/** A refused DSL text: where (a 0-based offset into the text), which rule, and why in plain words. */
export interface FlowConditionSyntaxError {
  ok: false;
  offset: number;
  /** `CONDITION_SYNTAX`, or `CONDITION_LIQUID` for Liquid (`{{`, `{%`), which Flow never allows in a condition. */
  code: 'CONDITION_SYNTAX' | 'CONDITION_LIQUID';
  /** "at offset 17: expected a value after '=='". */
  message: string;
}

export type ParseFlowConditionResult = { ok: true; ast: FlowCondition } | FlowConditionSyntaxError;
