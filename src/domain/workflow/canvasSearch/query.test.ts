/**
 * The canvas search's query language: words and quoted phrases, each filter,
 * quoted filter values, Polish names, and what is reported instead of lost.
 */
import { describe, expect, it } from 'vitest';
import { fold, isEmptyQuery, parseCanvasQuery } from './query';

describe('parseCanvasQuery', () => {
  it('splits words and keeps quoted phrases whole, lower-cased', () => {
    const q = parseCanvasQuery('Slack  "Low Rating" order');
    expect(q.terms).toEqual(['slack', 'low rating', 'order']);
    expect(q.filters).toEqual([]);
    expect(q.issues).toEqual([]);
  });

  it('reads each filter and keeps the words around them (AND)', () => {
    const q = parseCanvasQuery('is:invalid tag is:not-installed is:disabled-in:Outlet app:slack');
    expect(q.terms).toEqual(['tag']);
    expect(q.filters).toEqual([
      { kind: 'invalid' },
      { kind: 'not-installed' },
      { kind: 'disabled-in', store: 'Outlet' },
      { kind: 'app', app: 'slack' },
    ]);
  });

  it('takes quoted filter values with spaces, in English or Polish', () => {
    expect(parseCanvasQuery('app:"Google Sheets"').filters).toEqual([{ kind: 'app', app: 'Google Sheets' }]);
    expect(parseCanvasQuery('app:"Arkusze Google" is:disabled-in:"Sklep główny"').filters).toEqual([
      { kind: 'app', app: 'Arkusze Google' },
      { kind: 'disabled-in', store: 'Sklep główny' },
    ]);
  });

  it('filter names ignore case', () => {
    expect(parseCanvasQuery('IS:Invalid APP:Klaviyo').filters).toEqual([{ kind: 'invalid' }, { kind: 'app', app: 'Klaviyo' }]);
  });

  it('reports an unknown filter and searches its token as text', () => {
    const q = parseCanvasQuery('status:open https://example.com');
    expect(q.issues).toEqual([
      { code: 'unknown-filter', token: 'status:open' },
      { code: 'unknown-filter', token: 'https://example.com' },
    ]);
    expect(q.terms).toEqual(['status:open', 'https://example.com']);
  });

  it('reports an unknown is: value and a filter without a value, and drops them', () => {
    const q = parseCanvasQuery('is:broken app: is:disabled-in: is:');
    expect(q.issues).toEqual([
      { code: 'unknown-is', token: 'is:broken' },
      { code: 'missing-value', token: 'app:' },
      { code: 'missing-value', token: 'is:disabled-in:' },
      { code: 'missing-value', token: 'is:' },
    ]);
    expect(isEmptyQuery(q)).toBe(true);
  });

  it('a quoted token is text even when it looks like a filter', () => {
    const q = parseCanvasQuery('"is:invalid"');
    expect(q.terms).toEqual(['is:invalid']);
    expect(q.filters).toEqual([]);
  });

  it('reports a quote left open and keeps what follows it as one phrase', () => {
    const q = parseCanvasQuery('note "low rat');
    expect(q.terms).toEqual(['note', 'low rat']);
    expect(q.issues).toEqual([{ code: 'unclosed-quote' }]);
  });

  it('an empty or blank query asks for nothing', () => {
    expect(isEmptyQuery(parseCanvasQuery('   '))).toBe(true);
    expect(isEmptyQuery(parseCanvasQuery('""'))).toBe(true);
  });
});

describe('fold', () => {
  it('compares without case or Polish diacritics', () => {
    expect(fold('Zamówienie Łódź')).toBe('zamowienie lodz');
  });
});
