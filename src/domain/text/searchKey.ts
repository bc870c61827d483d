/**
 * Text folded for search: lower-cased, without diacritics (é → e, ą → a,
 * and ł → l, which Unicode does not decompose), whitespace runs as one
 * space. A stored text and a typed query are folded alike, so "zolw" finds
 * "Żółw" and "ORDER" finds "order". A text matches a query when each word
 * of the query begins a word of the text ("ord tag" finds "Tag big
 * orders"), which an index of words can answer without reading every text.
 */
const MARKS = /\p{M}+/gu;
const SPACES = /\s+/gu;
const WORD_BREAKS = /[^\p{L}\p{N}]+/u;
// eslint-disable-next-line no-control-regex -- ASCII is every code unit up to 0x7F
const ASCII = /^[\u0000-\u007f]*$/;

export function foldForSearch(text: string): string {
  // ASCII has no marks to take off and lower-cases alike in every locale: the common case, and the fast one.
  const folded = ASCII.test(text)
    ? text.toLowerCase()
    : text.normalize('NFD').replace(MARKS, '').replace(/ł/g, 'l').replace(/Ł/g, 'l').toLocaleLowerCase('en');
  return folded.replace(SPACES, ' ').trim();
}

/** The distinct folded words of a text (letters and digits; anything else separates words). */
export function searchWords(text: string): string[] {
  return foldedWords(foldForSearch(text));
}

/** {@link searchWords} of a text folded already (foldForSearch's output), without folding it again. */
export function foldedWords(folded: string): string[] {
  return [...new Set(folded.split(WORD_BREAKS).filter((w) => w !== ''))];
}

/** The words of a query, folded; a text matches when each of them begins one of its words. */
export function searchTerms(query: string): string[] {
  return searchWords(query);
}

/** Whether each term begins one of the words. */
export function matchesTerms(words: readonly string[], terms: readonly string[]): boolean {
  return terms.every((term) => words.some((word) => word.startsWith(term)));
}
