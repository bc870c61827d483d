/**
 * What can be wrong with a search query, as codes with the place (a
 * character offset) and an English sentence. The UI words the codes in its
 * language; run records and the CLI show the sentence. Offsets count from 0;
 * sentences count characters from 1, as people do.
 */

export type SearchErrorCode =
  | 'unclosed-quote'
  | 'unclosed-paren'
  | 'unexpected-paren'
  | 'empty-group'
  | 'missing-value'
  | 'group-after-field'
  | 'dangling-operator'
  | 'dangling-minus'
  | 'trailing-escape'
  | 'unknown-sort-key'
  | 'limit-out-of-range';

export interface SearchError {
  readonly code: SearchErrorCode;
  /** Where in the query (0-based character offset); absent for problems outside the query (sort key, limit). */
  readonly offset?: number;
  readonly params: Readonly<Record<string, string | number>>;
  /** The problem in plain English. */
  readonly message: string;
}

/** Shopify's documented most results a Get data step returns. */
export const MAX_RESULTS = 100;

const at = (offset: number) => `at character ${offset + 1}`;

/** Builds a query error with its English sentence. */
export function queryError(code: SearchErrorCode, offset: number, params: Record<string, string | number> = {}): SearchError {
  const words: Record<SearchErrorCode, string> = {
    'unclosed-quote': `The quote ${at(offset)} is never closed; end the value with the same quote mark.`,
    'unclosed-paren': `The parenthesis opened ${at(offset)} is never closed; add a ")".`,
    'unexpected-paren': `The ")" ${at(offset)} closes nothing; remove it or add a "(" before it.`,
    'empty-group': `The parentheses ${at(offset)} hold nothing; put a term between them or remove them.`,
    'missing-value': `The filter "${params.field}" ${at(offset)} has no value; write it right after the colon, like ${params.field}:value.`,
    'group-after-field': `The filter "${params.field}" ${at(offset)} cannot take a group in parentheses; write ${params.field}:a OR ${params.field}:b.`,
    'dangling-operator': `"${params.operator}" ${at(offset)} must stand between two terms${params.operator === 'NOT' ? ' (NOT comes before a term)' : ''}.`,
    'dangling-minus': `The minus sign ${at(offset)} must be followed directly by the term it excludes, like -tag:vip.`,
    'trailing-escape': `The backslash ${at(offset)} escapes nothing; a backslash must come before the character it escapes.`,
    'unknown-sort-key': '',
    'limit-out-of-range': '',
  };
  return { code, offset, params, message: words[code] };
}

/** A sort key the resource does not have. */
export function unknownSortKey(sortKey: string, supported: readonly string[]): SearchError {
  return {
    code: 'unknown-sort-key',
    params: { sortKey, supported: supported.join(', ') },
    message: `"${sortKey}" is not a sort key here; use one of ${supported.join(', ')}.`,
  };
}

/** A maximum number of results outside 1–100. */
export function limitOutOfRange(limit: number): SearchError {
  return {
    code: 'limit-out-of-range',
    params: { limit, max: MAX_RESULTS },
    message: `The maximum number of results must be a whole number from 1 to ${MAX_RESULTS}, not ${limit}.`,
  };
}
