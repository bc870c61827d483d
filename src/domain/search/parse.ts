/**
 * The parser of Shopify's search syntax: recursive descent over the tokens
 * of tokenize.ts into a tree of AND, OR, NOT and terms.
 *
 * Grammar (Shopify documents a flat `Term { [Connective] Term }` without
 * saying how AND and OR bind; the precedence below is our choice, the usual
 * one, written down in docs/store-data.md):
 *
 *   query   := orExpr? EOF                      an empty query matches everything
 *   orExpr  := andExpr ("OR" andExpr)*
 *   andExpr := unary (["AND"] unary)*           no connective means AND
 *   unary   := ("NOT" | "-") unary | primary    NOT binds tightest
 *   primary := "(" orExpr ")" | term
 *
 * Errors name the character offset of the problem (errors.ts).
 */
import { type SearchError, queryError } from './errors';
import { type Token, type TermToken, tokenize } from './tokenize';

export type { Comparator } from './tokenize';

/** One term of a query: free text (no field) or a filter, with where it stands in the query. */
export type TermNode = Omit<TermToken, 'kind'> & { readonly kind: 'term' };

export type SearchNode =
  | { readonly kind: 'and' | 'or'; readonly children: readonly SearchNode[] }
  | { readonly kind: 'not'; readonly child: SearchNode }
  | TermNode;

export type ParseResult = { ok: true; query: SearchNode | null } | { ok: false; error: SearchError };

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly length: number,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  /** The offset of the next token, or the end of the query. */
  private here(): number {
    return this.peek()?.start ?? this.length;
  }

  query(): SearchNode | null {
    if (this.tokens.length === 0) return null;
    const node = this.orExpr();
    const extra = this.peek();
    if (extra) throw extra.kind === 'rparen' ? queryError('unexpected-paren', extra.start) : queryError('dangling-operator', extra.start, { operator: 'OR' });
    return node;
  }

  private orExpr(): SearchNode {
    const children = [this.andExpr()];
    while (this.peek()?.kind === 'or') {
      const or = this.tokens[this.i++]!;
      if (!this.startsOperand()) throw queryError('dangling-operator', or.start, { operator: 'OR' });
      children.push(this.andExpr());
    }
    return children.length === 1 ? children[0]! : { kind: 'or', children };
  }

  private andExpr(): SearchNode {
    const children = [this.unary()];
    for (;;) {
      const next = this.peek();
      if (next?.kind === 'and') {
        this.i++;
        if (!this.startsOperand()) throw queryError('dangling-operator', next.start, { operator: 'AND' });
      } else if (!this.startsOperand()) break;
      children.push(this.unary());
    }
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  }

  /** True when the next token can begin an operand (a term, a group or a modifier). */
  private startsOperand(): boolean {
    const kind = this.peek()?.kind;
    return kind === 'term' || kind === 'lparen' || kind === 'not' || kind === 'minus';
  }

  private unary(): SearchNode {
    const token = this.peek();
    if (token?.kind === 'not' || token?.kind === 'minus') {
      this.i++;
      if (!this.startsOperand()) {
        throw token.kind === 'not' ? queryError('dangling-operator', token.start, { operator: 'NOT' }) : queryError('dangling-minus', token.start);
      }
      return { kind: 'not', child: this.unary() };
    }
    return this.primary();
  }

  private primary(): SearchNode {
    const token = this.peek();
    if (!token) throw queryError('dangling-operator', this.here(), { operator: 'AND' });
    if (token.kind === 'lparen') {
      this.i++;
      if (this.peek()?.kind === 'rparen') throw queryError('empty-group', token.start);
      if (!this.startsOperand()) {
        const next = this.peek();
        throw next ? queryError('dangling-operator', next.start, { operator: next.kind === 'or' ? 'OR' : 'AND' }) : queryError('unclosed-paren', token.start);
      }
      const inner = this.orExpr();
      if (this.peek()?.kind !== 'rparen') throw queryError('unclosed-paren', token.start);
      this.i++;
      return inner;
    }
    if (token.kind === 'term') {
      this.i++;
      return termNode(token);
    }
    if (token.kind === 'rparen') throw queryError('unexpected-paren', token.start);
    throw queryError('dangling-operator', token.start, { operator: token.kind.toUpperCase() });
  }
}

function termNode(t: TermToken): TermNode {
  const { kind: _k, ...rest } = t;
  return { kind: 'term', ...rest };
}

/**
 * Parses a query in Shopify's search syntax (Liquid already rendered).
 * `{ ok: true, query: null }` for a blank query, which matches everything.
 */
export function parseSearch(text: string): ParseResult {
  const tokens = tokenize(text);
  if (!Array.isArray(tokens)) return { ok: false, error: tokens };
  try {
    return { ok: true, query: new Parser(tokens, text.length).query() };
  } catch (error) {
    if (isSearchError(error)) return { ok: false, error };
    throw error;
  }
}

function isSearchError(value: unknown): value is SearchError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value && !(value instanceof Error);
}
