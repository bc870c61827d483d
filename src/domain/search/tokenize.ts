/**
 * The tokenizer of Shopify's search syntax: reads a query character by
 * character into parentheses, connectives (AND, OR), modifiers (NOT, -) and
 * whole terms (`[name comparator] value`). A term is one token because
 * Shopify's grammar allows no whitespace inside it: `tag:vip`,
 * `orders_count:>=3`, `title:"Red shirt"`, `norm*`, `published_at:*`.
 *
 * Lexical rules (docs/store-data.md says which are Shopify's and which ours):
 * - whitespace separates tokens; `(` and `)` are tokens of their own;
 * - `AND`, `OR`, `NOT` are connectives/modifiers only in upper case;
 * - `-` right before a term or `(` excludes it; elsewhere it is a character;
 * - a value is bare or quoted with `'` or `"`; inside quotes a backslash
 *   escapes the next character; outside, `\:`, `\\`, `\(`, `\)` (Shopify's
 *   special characters) and `\*` are literal;
 * - a bare value ending in an unescaped `*` is a prefix; `*` alone means "has
 *   any value";
 * - colons inside a value are kept (`created_at:>2024-06-03T10:00:00Z`).
 */
import { type SearchError, queryError } from './errors';

export type Comparator = ':' | ':<' | ':>' | ':<=' | ':>=';

export interface TermToken {
  readonly kind: 'term';
  /** The filter name; undefined for free text. */
  readonly field?: string;
  readonly comparator: Comparator;
  readonly value: string;
  readonly quoted: boolean;
  /** `value*`: match what starts with value. */
  readonly prefix: boolean;
  /** `field:*`: match when the field has any value. */
  readonly exists: boolean;
  readonly start: number;
  readonly end: number;
}

export type Token =
  | { readonly kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'minus'; readonly start: number; readonly end: number }
  | TermToken;

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isQuote = (c: string | undefined) => c === '"' || c === "'";
/** Where a bare word stops. */
const endsWord = (c: string | undefined) => c === undefined || isSpace(c) || c === '(' || c === ')';

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}
  peek(ahead = 0): string | undefined {
    return this.text[this.pos + ahead];
  }
}

/** Reads a quoted value starting at the quote; backslash escapes the next character. */
function readQuoted(s: Scanner): string | SearchError {
  const quote = s.peek()!;
  const start = s.pos++;
  let out = '';
  while (s.pos < s.text.length) {
    const c = s.text[s.pos++]!;
    if (c === quote) return out;
    if (c === '\\') {
      if (s.pos >= s.text.length) break;
      out += s.text[s.pos++];
    } else out += c;
  }
  return queryError('unclosed-quote', start);
}

/**
 * Reads a bare word until whitespace or a parenthesis. `stopAtColon` ends it
 * at an unescaped colon (a filter name). Returns the text, whether it ended
 * in an unescaped `*`, and whether it used escapes.
 */
function readBare(s: Scanner, stopAtColon: boolean): { text: string; star: boolean; escaped: boolean } | SearchError {
  let text = '';
  let star = false;
  let escaped = false;
  while (!endsWord(s.peek()) && !(stopAtColon && s.peek() === ':')) {
    const c = s.text[s.pos++]!;
    if (c === '\\') {
      if (s.pos >= s.text.length) return queryError('trailing-escape', s.pos - 1);
      text += s.text[s.pos++];
      escaped = true;
      star = false;
      continue;
    }
    text += c;
    star = c === '*';
  }
  return { text: star ? text.slice(0, -1) : text, star, escaped };
}

function readComparator(s: Scanner): Comparator {
  s.pos++; // the colon
  for (const op of ['<=', '>=', '<', '>'] as const) {
    if (s.text.startsWith(op, s.pos)) {
      s.pos += op.length;
      return `:${op}`;
    }
  }
  return ':';
}

/** Reads one term (free text or `name comparator value`) at the scanner's position. */
function readTerm(s: Scanner): TermToken | SearchError {
  const start = s.pos;
  if (isQuote(s.peek())) {
    const value = readQuoted(s);
    if (typeof value !== 'string') return value;
    return { kind: 'term', comparator: ':', value, quoted: true, prefix: false, exists: false, start, end: s.pos };
  }
  const name = readBare(s, true);
  if ('code' in name) return name;
  if (s.peek() !== ':') {
    const exists = name.star && name.text === '';
    return { kind: 'term', comparator: ':', value: name.text, quoted: false, prefix: name.star && !exists, exists, start, end: s.pos };
  }
  const field = name.text;
  const comparator = readComparator(s);
  const next = s.peek();
  if (next === '(') return queryError('group-after-field', start, { field });
  if (endsWord(next)) return queryError('missing-value', start, { field });
  if (isQuote(next)) {
    const value = readQuoted(s);
    if (typeof value !== 'string') return value;
    return { kind: 'term', field, comparator, value, quoted: true, prefix: false, exists: false, start, end: s.pos };
  }
  const value = readBare(s, false);
  if ('code' in value) return value;
  const exists = value.star && value.text === '';
  return { kind: 'term', field, comparator, value: value.text, quoted: false, prefix: value.star && !exists, exists, start, end: s.pos };
}

const KEYWORDS: Readonly<Record<string, 'and' | 'or' | 'not'>> = { AND: 'and', OR: 'or', NOT: 'not' };

/** Splits a query into tokens, or returns the first lexical error with its offset. */
export function tokenize(text: string): Token[] | SearchError {
  const s = new Scanner(text);
  const tokens: Token[] = [];
  while (s.pos < text.length) {
    const c = s.peek()!;
    const start = s.pos;
    if (isSpace(c)) {
      s.pos++;
    } else if (c === '(' || c === ')') {
      s.pos++;
      tokens.push({ kind: c === '(' ? 'lparen' : 'rparen', start, end: s.pos });
    } else if (c === '-') {
      // A modifier only when something to exclude follows at once (a term or a group).
      const next = s.peek(1);
      if (next !== '(' && endsWord(next)) return queryError('dangling-minus', start);
      s.pos++;
      tokens.push({ kind: 'minus', start, end: s.pos });
    } else {
      const keyword = keywordAt(s);
      if (keyword) {
        s.pos += keyword.length;
        tokens.push({ kind: KEYWORDS[keyword]!, start, end: s.pos });
        continue;
      }
      const term = readTerm(s);
      if ('code' in term) return term;
      tokens.push(term);
    }
  }
  return tokens;
}

/** `AND`, `OR` or `NOT` standing alone as a word at the scanner's position. */
function keywordAt(s: Scanner): string | undefined {
  for (const word of Object.keys(KEYWORDS)) {
    if (s.text.startsWith(word, s.pos) && endsWord(s.text[s.pos + word.length])) return word;
  }
  return undefined;
}
