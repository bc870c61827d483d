import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesTerms, searchTerms } from './searchKey';

describe('search folding', () => {
  it('ignores case, diacritics (Polish ł included) and spacing', () => {
    expect(foldForSearch('  Żółw   ŁÓDŹ Café ')).toBe('zolw lodz cafe');
    expect(foldForSearch('Zażółć gęślą jaźń')).toBe('zazolc gesla jazn');
  });

  it('splits a query into distinct folded words', () => {
    expect(searchTerms('  Order  TAG order ')).toEqual(['order', 'tag']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('matches when every term occurs anywhere', () => {
    const key = foldForSearch('Tag big orders\nAdds a tag to orders over 100 zł');
    expect(matchesTerms(key, searchTerms('orders big'))).toBe(true);
    expect(matchesTerms(key, searchTerms('zl tag'))).toBe(true);
    expect(matchesTerms(key, searchTerms('refund'))).toBe(false);
  });
});
