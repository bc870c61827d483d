/**
 * The canvas search's query language, parsed apart from any UI so its rules
 * are tested on their own: words and "quoted phrases" that must all appear,
 * and filters (`is:invalid`, `is:not-installed`, `is:disabled-in:<store>`,
 * `app:<name>`) that combine with them (AND). Filter values may be quoted
 * (`app:"Google Sheets"`). A filter this language doesn't know is reported
 * (the UI says so) and its token is searched as text, so nothing typed is lost.
 */

/** One filter of a query. Names (`store`, `app`) are as typed; the matcher resolves them. */
export type CanvasFilter =
  | { readonly kind: 'invalid' }
  | { readonly kind: 'not-installed' }
  | { readonly kind: 'disabled-in'; readonly store: string }
  | { readonly kind: 'app'; readonly app: string };

/** Something in the query the search could not use as written, as a code for the UI to word. */
export type QueryIssue =
  | { readonly code: 'unknown-filter'; readonly token: string }
  | { readonly code: 'unknown-is'; readonly token: string }
  | { readonly code: 'missing-value'; readonly token: string }
  | { readonly code: 'unclosed-quote' };

export interface CanvasQuery {
  /** Words and phrases, lower-cased; every one must match somewhere in a step. */
  readonly terms: readonly string[];
  readonly filters: readonly CanvasFilter[];
  readonly issues: readonly QueryIssue[];
}

interface Token {
  /** The text before an unquoted colon-separated value, or the whole token. */
  readonly raw: string;
  /** True when the whole token was a quoted phrase (never a filter). */
  readonly quoted: boolean;
}

/** Splits on whitespace outside double quotes; quotes are removed, a quote left open runs to the end. */
export function tokenize(text: string): { tokens: Token[]; unclosed: boolean } {
  const tokens: Token[] = [];
  let current = '';
  let inQuote = false;
  let startedQuoted = false;
  let any = false;
  const push = () => {
    if (any) tokens.push({ raw: current, quoted: startedQuoted });
    current = '';
    any = false;
    startedQuoted = false;
  };
  for (const ch of text) {
    if (ch === '"') {
      if (!any) startedQuoted = true;
      inQuote = !inQuote;
      any = true;
    } else if (!inQuote && /\s/.test(ch)) {
      push();
    } else {
      current += ch;
      any = true;
    }
  }
  push();
  return { tokens: tokens.filter((t) => t.raw.length > 0), unclosed: inQuote };
}

const FILTER_TOKEN = /^([a-z][a-z-]*):(.*)$/is;

/** Parses a canvas search query. Never throws: what it can't use is in `issues`. */
export function parseCanvasQuery(text: string): CanvasQuery {
  const { tokens, unclosed } = tokenize(text);
  const terms: string[] = [];
  const filters: CanvasFilter[] = [];
  const issues: QueryIssue[] = unclosed ? [{ code: 'unclosed-quote' }] : [];
  for (const token of tokens) {
    const filter = token.quoted ? null : FILTER_TOKEN.exec(token.raw);
    if (!filter) {
      terms.push(token.raw.toLowerCase());
      continue;
    }
    const name = filter[1]!.toLowerCase();
    const value = filter[2]!.trim();
    if (name === 'app') {
      if (value) filters.push({ kind: 'app', app: value });
      else issues.push({ code: 'missing-value', token: token.raw });
    } else if (name === 'is') {
      const flag = /^([a-z-]+)(?::(.*))?$/is.exec(value);
      const which = flag?.[1]?.toLowerCase();
      if (!value) issues.push({ code: 'missing-value', token: token.raw });
      else if (which === 'invalid' && flag?.[2] === undefined) filters.push({ kind: 'invalid' });
      else if (which === 'not-installed' && flag?.[2] === undefined) filters.push({ kind: 'not-installed' });
      else if (which === 'disabled-in') {
        const store = flag?.[2]?.trim();
        if (store) filters.push({ kind: 'disabled-in', store });
        else issues.push({ code: 'missing-value', token: token.raw });
      } else issues.push({ code: 'unknown-is', token: token.raw });
    } else {
      issues.push({ code: 'unknown-filter', token: token.raw });
      terms.push(token.raw.toLowerCase());
    }
  }
  return { terms, filters, issues };
}

/** True when the query asks for nothing (no words, no filters). */
export function isEmptyQuery(query: CanvasQuery): boolean {
  return query.terms.length === 0 && query.filters.length === 0;
}

/** Text compared without case or accents ("Zamówienie" finds "zamowienie"; Polish ł counts as l). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').toLowerCase();
}
