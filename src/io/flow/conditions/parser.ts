/**
 * The parser of Flow's condition DSL (FORMAT.md §8): recursive descent over
 * the tokenizer's tokens, one function per rule of the grammar below, each
 * error naming the offset where the text stopped making sense.
 *
 * Grammar (EBNF; ✓ documented by Shopify [D], ~ inferred by us [I]; the same
 * grammar is in docs/flow-format.md "Conditions"):
 *
 *   condition  = group ;                                          ✓ one parenthesised expression
 *   group      = "(" inner ")" ;                                  ✓ every test is parenthesised
 *   inner      = group { "&&" group }                             ✓ `((a) && (b))`
 *              | group { "||" group }                             ✓ never mixed at one level
 *              | path binop value                                 ✓ `(order.totalPrice > 500)`
 *              | path unop                                        ✓ `(order.note empty_or_nil?)`
 *              | path quant "|" name "|" group ;                  ✓ `(order.lineItems any? |lineItems_item| (…))`
 *   binop      = "==" | "!=" | ">" | ">=" | "<" | "<="            ✓
 *              | "start_with?" | "not_start_with?" | "end_with?" | "not_end_with?"
 *              | "include?" | "not_include?" | "in?" | "not_in?" ; ✓
 *   unop       = "empty_or_nil?" | "not_empty_and_not_nil?" | "nil?" | "not_nil?" ; ✓
 *   quant      = "any?" | "all?" | "none?" ;                      ✓
 *   value      = string | number | "true" | "false" | path ;      ✓ (path on the right: T3's example)
 *   path       = name { "." name } ;                              ✓ dot access only
 *   name       = letter_or_underscore { letter | digit | "_" } ;  ~
 *   string     = "'" { char | "\'" | "\\" } "'" ;                 ✓ single quotes; ~ the two escapes
 *   number     = [ "-" ] int [ "." digits ] [ exponent ] ;        ✓ 10, 10.00; ~ sign and exponent
 *
 * Also ~: a group of one (`((a))`) is allowed and reads as an AND group;
 * whitespace between tokens is free; nesting deeper than MAX_DEPTH groups
 * is refused. Text with `{{` or `{%` is refused as Liquid (✓ T3).
 */
import {
  FLOW_BINARY_OPERATORS,
  FLOW_UNARY_OPERATORS,
  type FlowBinaryOperator,
  type FlowCondition,
  type FlowQuantifier,
  type FlowUnaryOperator,
  type FlowValue,
  type ParseFlowConditionResult,
} from './ast';
import { DslError, type Token, tokenize } from './tokenizer';

/** How many groups may nest; deeper text is refused rather than risking the stack. */
export const MAX_DEPTH = 64;
const PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const BINARY = new Set<string>(FLOW_BINARY_OPERATORS);
const UNARY = new Set<string>(FLOW_UNARY_OPERATORS);
const QUANTIFIERS: Record<string, FlowQuantifier> = { 'any?': 'any', 'all?': 'all', 'none?': 'none' };

/**
 * Parses a condition as Flow stores it in the `condition` field, e.g.
 * `((order.totalPrice > 500) && (order.tags include? 'vip'))`. A refusal
 * names the 0-based offset and says what was expected there.
 */
export function parseFlowCondition(text: string): ParseFlowConditionResult {
  try {
    const parser = new Parser(tokenize(text));
    const ast = parser.group(0);
    parser.expectEnd();
    return { ok: true, ast };
  } catch (error) {
    if (error instanceof DslError) return { ok: false, offset: error.offset, code: error.code, message: error.message };
    throw error;
  }
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.at]!;
  }

  private next(): Token {
    const token = this.tokens[this.at]!;
    if (token.kind !== 'end') this.at++;
    return token;
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.kind !== 'end') throw new DslError(token.offset, `expected the end of the condition, found ${describe(token)}; a condition is one parenthesised expression`);
  }

  group(depth: number): FlowCondition {
    const open = this.next();
    if (open.kind !== 'lparen') throw new DslError(open.offset, `expected '(' to start a condition, found ${describe(open)}`);
    if (depth >= MAX_DEPTH) throw new DslError(open.offset, `conditions nest more than ${MAX_DEPTH} levels deep`);
    const inner = this.peek().kind === 'lparen' ? this.logical(depth) : this.test(depth);
    const close = this.next();
    if (close.kind !== 'rparen') throw new DslError(close.offset, `expected ')' to close the '(' at offset ${open.offset}, found ${describe(close)}`);
    return inner;
  }

  private logical(depth: number): FlowCondition {
    const items = [this.group(depth + 1)];
    let join: 'and' | 'or' | undefined;
    for (let token = this.peek(); token.kind === 'and' || token.kind === 'or'; token = this.peek()) {
      const here: 'and' | 'or' = token.kind;
      if (join && join !== here) throw new DslError(token.offset, "'&&' and '||' can't be mixed at one level; wrap one side in parentheses");
      join = here;
      this.next();
      if (this.peek().kind !== 'lparen') throw new DslError(this.peek().offset, `expected a parenthesised condition after '${token.text}', found ${describe(this.peek())}`);
      items.push(this.group(depth + 1));
    }
    return { kind: 'logical', join: join ?? 'and', items };
  }

  private test(depth: number): FlowCondition {
    const lhs = this.path('a field path like order.totalPrice');
    const op = this.next();
    if (op.kind !== 'operator') throw new DslError(op.offset, `expected an operator after ${lhs} (like ==, include?, empty_or_nil? or any?), found ${describe(op)}`);
    const quantifier = QUANTIFIERS[op.text];
    if (quantifier) return this.quantified(lhs, quantifier, op, depth);
    if (UNARY.has(op.text)) return { kind: 'test', lhs, operator: op.text as FlowUnaryOperator };
    if (!BINARY.has(op.text)) throw new DslError(op.offset, `'${op.text}' is not an operator here`);
    return { kind: 'comparison', lhs, operator: op.text as FlowBinaryOperator, rhs: this.value(op) };
  }

  private quantified(list: string, quantifier: FlowQuantifier, op: Token, depth: number): FlowCondition {
    this.expectPipe(`after '${op.text}' to name each item, as in |lineItems_item|`);
    const name = this.next();
    if (name.kind !== 'word' || !NAME.test(name.text) || isBoolean(name.text)) throw new DslError(name.offset, `expected the item's name (like lineItems_item), found ${describe(name)}`);
    this.expectPipe(`to close the item's name ${name.text}`);
    if (this.peek().kind !== 'lparen') throw new DslError(this.peek().offset, `expected a parenthesised condition on each item ${name.text}, found ${describe(this.peek())}`);
    return { kind: 'quantifier', quantifier, list, item: name.text, body: this.group(depth + 1) };
  }

  private expectPipe(why: string): void {
    const token = this.next();
    if (token.kind !== 'pipe') throw new DslError(token.offset, `expected '|' ${why}, found ${describe(token)}`);
  }

  private value(op: Token): FlowValue {
    const token = this.peek();
    if (token.kind === 'string') return this.next(), { kind: 'string', value: token.text };
    if (token.kind === 'number') {
      this.next();
      const value = Number(token.text);
      if (!Number.isFinite(value)) throw new DslError(token.offset, `the number ${token.text} is too large`);
      return { kind: 'number', value: value === 0 ? 0 : value };
    }
    if (token.kind === 'word' && isBoolean(token.text)) return this.next(), { kind: 'boolean', value: token.text === 'true' };
    if (token.kind === 'word') return { kind: 'path', path: this.path('a value') };
    throw new DslError(token.offset, `expected a value after '${op.text}' (a 'quoted text', a number, true, false or a field path), found ${describe(token)}`);
  }

  private path(what: string): string {
    const token = this.next();
    if (token.kind !== 'word' || isBoolean(token.text)) throw new DslError(token.offset, `expected ${what}, found ${describe(token)}`);
    if (!PATH.test(token.text)) throw new DslError(token.offset, `'${token.text}' is not a field path: names joined by single dots, like order.customer.email`);
    return token.text;
  }
}

function isBoolean(word: string): boolean {
  return word === 'true' || word === 'false';
}

function describe(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'the end of the text';
    case 'string':
      return 'a quoted text';
    default:
      return `'${token.text}'`;
  }
}
