/**
 * The tokenizer of Flow's condition DSL: turns the text into tokens with
 * their offsets, so the parser's every error can say where. Liquid (`{{`,
 * `{%`) is refused here, before any parsing, with its own code: Flow
 * documents "no Liquid inside conditions" (FORMAT.md §8, §16 rule 7).
 */
import { FLOW_BINARY_OPERATORS, FLOW_UNARY_OPERATORS, type FlowConditionSyntaxError } from './ast';

export type TokenKind = 'lparen' | 'rparen' | 'pipe' | 'and' | 'or' | 'operator' | 'word' | 'string' | 'number' | 'end';

export interface Token {
  kind: TokenKind;
  /** The token's text as written (a string's decoded value for `string`). */
  text: string;
  offset: number;
}

/** A refusal at an offset, thrown inside the tokenizer and parser and turned into a result at the top. */
export class DslError extends Error {
  constructor(
    readonly offset: number,
    readonly detail: string,
    readonly code: FlowConditionSyntaxError['code'] = 'CONDITION_SYNTAX',
  ) {
    super(`at offset ${offset}: ${detail}`);
  }
}

const SYMBOL_OPERATORS = ['==', '!=', '>=', '<=', '>', '<'] as const;
/** Operators spelled as words ending in `?`, plus the quantifiers. */
const WORD_OPERATORS = new Set<string>([
  ...FLOW_BINARY_OPERATORS.filter((op) => op.endsWith('?')),
  ...FLOW_UNARY_OPERATORS,
  'any?',
  'all?',
  'none?',
]);
const WORD_START = /[A-Za-z_]/;
const WORD_PART = /[A-Za-z0-9_.]/;
const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/;

/** The tokens of a DSL text, ending with an `end` token; throws DslError on a character no token starts with. */
export function tokenize(text: string): Token[] {
  const liquid = /\{[{%]/.exec(text);
  if (liquid) {
    throw new DslError(liquid.index, `Liquid ('${liquid[0]}') is not allowed inside a condition; compute the value in an earlier step (Run code) instead`, 'CONDITION_LIQUID');
  }
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (ch === '(' || ch === ')' || (ch === '|' && text[i + 1] !== '|')) {
      tokens.push({ kind: ch === '(' ? 'lparen' : ch === ')' ? 'rparen' : 'pipe', text: ch, offset: start });
      i++;
    } else if (text.startsWith('&&', i) || text.startsWith('||', i)) {
      tokens.push({ kind: ch === '&' ? 'and' : 'or', text: text.slice(i, i + 2), offset: start });
      i += 2;
    } else if (ch === "'") {
      const { value, end } = readString(text, i);
      tokens.push({ kind: 'string', text: value, offset: start });
      i = end;
    } else if (ch === '"') {
      throw new DslError(start, "strings are written in single quotes ('paid'), not double quotes");
    } else if (/[-0-9]/.test(ch)) {
      const match = NUMBER.exec(text.slice(i));
      if (!match || WORD_START.test(text[i + match[0].length] ?? '')) throw new DslError(start, 'expected a number like 10, -2 or 10.5');
      tokens.push({ kind: 'number', text: match[0], offset: start });
      i += match[0].length;
    } else {
      const symbol = SYMBOL_OPERATORS.find((op) => text.startsWith(op, i));
      if (symbol) {
        tokens.push({ kind: 'operator', text: symbol, offset: start });
        i += symbol.length;
      } else if (WORD_START.test(ch)) {
        while (i < text.length && WORD_PART.test(text[i]!)) i++;
        if (text[i] === '?' && WORD_OPERATORS.has(text.slice(start, i + 1))) {
          i++;
          tokens.push({ kind: 'operator', text: text.slice(start, i), offset: start });
        } else {
          tokens.push({ kind: 'word', text: text.slice(start, i), offset: start });
        }
      } else {
        throw new DslError(start, `unexpected character '${ch}'`);
      }
    }
  }
  tokens.push({ kind: 'end', text: '', offset: text.length });
  return tokens;
}

/** A single-quoted string from `start` (its quote): `\'` is a quote, `\\` a backslash; other text is kept as is. */
function readString(text: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "'") return { value, end: i + 1 };
    if (ch === '\\') {
      const next = text[i + 1];
      if (next !== "'" && next !== '\\') throw new DslError(i, "a backslash in a string must escape a quote (\\') or a backslash (\\\\)");
      value += next;
      i += 2;
    } else {
      value += ch;
      i++;
    }
  }
  throw new DslError(start, 'this string has no closing quote');
}
