/**
 * Text folded for search: lower-cased, without diacritics (é → e, ą → a,
 * and ł → l, which Unicode does not decompose), whitespace runs as one
 * space. A stored search key and a typed query are folded alike, so "zolw"
 * finds "Żółw" and "ORDER" finds "order".
 */
const MARKS = /\p{M}+/gu;
const SPACES = /\s+/gu;

export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/ł/g, 'l').replace(/Ł/g, 'l').toLocaleLowerCase('en').replace(SPACES, ' ').trim();
}

/** The words of a query, folded; a text matches when it holds every one of them (anywhere, in any order). */
export function searchTerms(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : [...new Set(folded.split(' '))];
}

/** Whether a folded text holds every term. */
export function matchesTerms(folded: string, terms: readonly string[]): boolean {
  return terms.every((term) => folded.includes(term));
}
