/**
 * Walks the message catalogs: every English key has a Polish message, no
 * catalog has keys the other lacks, placeholders agree, no message is empty,
 * Polish plurals have the forms Polish needs, and no key is defined twice
 * across areas (a spread would silently drop one).
 */
import { describe, expect, it } from 'vitest';
import { areas as enAreas, en } from './en';
import { areas as plAreas, pl } from './pl';
import { formatMessage, placeholdersOf, type Message } from './format';

const enMessages = en as Record<string, Message>;
const plMessages = pl as Record<string, Message>;

describe('message catalogs', () => {
  it('gives every English key a Polish message and has no Polish key English lacks', () => {
    const missing = Object.keys(enMessages).filter((k) => !(k in plMessages));
    const extra = Object.keys(plMessages).filter((k) => !(k in enMessages));
    expect(missing, 'keys without a Polish message').toEqual([]);
    expect(extra, 'Polish keys that English does not have').toEqual([]);
  });

  it('defines each key in one area only, prefixed with that area', () => {
    for (const [areaName, area] of Object.entries(enAreas)) {
      for (const key of Object.keys(area)) expect(key.startsWith(`${areaName}.`), key).toBe(true);
    }
    const total = Object.values(enAreas).reduce((n, area) => n + Object.keys(area).length, 0);
    expect(Object.keys(enMessages)).toHaveLength(total);
    expect(Object.keys(plAreas).sort()).toEqual(Object.keys(enAreas).sort());
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = Object.keys(enMessages).filter(
      (k) => k in plMessages && placeholdersOf(enMessages[k]!).join() !== placeholdersOf(plMessages[k]!).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('has no empty message and no untranslated copy of a long English sentence', () => {
    const empty = Object.entries({ ...enMessages, ...plMessages }).filter(([, m]) =>
      typeof m === 'string' ? m.trim() === '' : Object.values(m).some((v) => typeof v === 'string' && v.trim() === ''),
    );
    expect(empty.map(([k]) => k)).toEqual([]);
    // Short labels (names, "OK", "Shopify") may be the same in both; sentences may not.
    const copied = Object.keys(enMessages).filter((k) => {
      const e = enMessages[k]!;
      const p = plMessages[k];
      return typeof e === 'string' && e === p && e.split(' ').length > 3;
    });
    expect(copied, 'English sentences left in the Polish catalog').toEqual([]);
  });

  it('gives every Polish plural the one, few and many forms', () => {
    const incomplete = Object.entries(plMessages).filter(
      ([, m]) => typeof m !== 'string' && !(m.one && m.few && m.many),
    );
    expect(incomplete.map(([k]) => k)).toEqual([]);
  });
});

describe('formatMessage', () => {
  it('picks the Polish plural form the language requires', () => {
    const files = { one: '{count} plik', few: '{count} pliki', many: '{count} plików', other: '{count} pliku' };
    expect(formatMessage('pl', files, { count: 1 })).toBe('1 plik');
    expect(formatMessage('pl', files, { count: 3 })).toBe('3 pliki');
    expect(formatMessage('pl', files, { count: 5 })).toBe('5 plików');
    expect(formatMessage('pl', files, { count: 22 })).toBe('22 pliki');
    expect(formatMessage('pl', files, { count: 1.5 })).toBe('1,5 pliku');
  });

  it('writes numbers the language way and leaves a missing placeholder visible', () => {
    expect(formatMessage('en', '{n} runs', { n: 12000 })).toBe('12,000 runs');
    expect(formatMessage('pl', '{n} uruchomień', { n: 12000 })).toBe('12\u00a0000 uruchomień');
    expect(formatMessage('en', 'Hello {name}')).toBe('Hello {name}');
  });
});
