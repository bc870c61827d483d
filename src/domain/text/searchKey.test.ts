import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesTerms, searchTerms, searchWords } from './searchKey';

describe('search folding', () => {
  it('ignores case, diacritics (Polish ł included) and spacing', () => {
    expect(foldForSearch('  Żółw   ŁÓDŹ Café ')).toBe('zolw lodz cafe');
    expect(foldForSearch('Zażółć gęślą jaźń')).toBe('zazolc gesla jazn');
  });

  it('splits texts and queries into distinct folded words at anything not a letter or digit', () => {
    expect(searchWords('Tag big orders\nOver 100 zł, (tag-#2)')).toEqual(['tag', 'big', 'orders', 'over', '100', 'zl', '2']);
    expect(searchTerms('  Order  TAG order ')).toEqual(['order', 'tag']);
    expect(searchTerms('  -  ')).toEqual([]);
  });

  it('matches when each term begins a word, in any order', () => {
    const words = searchWords('Tag big orders\nAdds a tag to orders over 100 zł');
    expect(matchesTerms(words, searchTerms('ord BIG'))).toBe(true);
    expect(matchesTerms(words, searchTerms('zl tag 10'))).toBe(true);
    expect(matchesTerms(words, searchTerms('rders'))).toBe(false);
    expect(matchesTerms(words, searchTerms('refund'))).toBe(false);
  });

  it('folds ASCII text (its fast path) exactly as the general folding does', () => {
    const general = (text: string) =>
      text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'l').toLocaleLowerCase('en').replace(/\s+/gu, ' ').trim();
    expect(foldForSearch(' Bulk\tWORKFLOW  42\n')).toBe('bulk workflow 42');
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (text) => foldForSearch(text) === general(text)));
    // Anything beyond ASCII takes the general path.
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => foldForSearch(text) === general(text)));
  });
});
