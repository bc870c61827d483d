import { describe, expect, it } from 'vitest';
import { cloneData, cloneFrozen } from './cloneData';

describe('cloneData', () => {
  it('copies plain data deeply, as structuredClone does', () => {
    const value = { id: '1', tags: ['a', 'b'], items: [{ sku: 'X', qty: 2, price: 9.5, gift: false, note: null, gone: undefined }], nested: { deep: { n: 1 } } };
    const copy = cloneData(value);
    expect(copy).toEqual(structuredClone(value));
    expect(Object.keys(copy.items[0]!)).toEqual(Object.keys(value.items[0]!));
    expect(copy).not.toBe(value);
    expect(copy.tags).not.toBe(value.tags);
    expect(copy.items[0]).not.toBe(value.items[0]);
    copy.nested.deep.n = 2;
    expect(value.nested.deep.n).toBe(1);
  });

  it('copies frozen data into unfrozen copies, and keeps an own __proto__ key as a key', () => {
    const frozen = Object.freeze({ list: Object.freeze([1, 2]) });
    const copy = cloneData(frozen);
    expect(Object.isFrozen(copy) || Object.isFrozen(copy.list)).toBe(false);
    const tricky = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const out = cloneData(tricky);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves anything that is not plain data to structuredClone: dates, maps, cycles, and its error for a function', () => {
    const at = new Date('2026-03-02T10:00:00Z');
    const withDate = cloneData({ at, map: new Map([['k', 1]]) });
    expect(withDate.at).toBeInstanceOf(Date);
    expect(withDate.at).not.toBe(at);
    expect(withDate.map.get('k')).toBe(1);
    const cycle: Record<string, unknown> = { name: 'loop' };
    cycle.self = cycle;
    const copied = cloneData(cycle);
    expect(copied.self).toBe(copied);
    expect(() => cloneData({ f: () => 1 })).toThrow(/could not be cloned/i);
    expect(cloneData(7)).toBe(7);
    // Symbol keys: dropped, as structuredClone drops them.
    const withSymbol = cloneData({ a: 1, [Symbol('s')]: 2, nested: { [Symbol('t')]: 3, b: 2 } });
    expect(Object.getOwnPropertySymbols(withSymbol)).toEqual([]);
    expect(Object.getOwnPropertySymbols(withSymbol.nested)).toEqual([]);
    expect(withSymbol).toEqual({ a: 1, nested: { b: 2 } });
  });

  it('cloneFrozen: the same copy, deep-frozen, the original untouched; not plain data frozen after structuredClone', () => {
    const value = { id: '1', tags: ['a', 'b'], items: [{ sku: 'X', qty: 2, note: null }], nested: { deep: { n: 1 } } };
    const copy = cloneFrozen(value);
    expect(copy).toEqual(cloneData(value));
    expect(Object.keys(copy)).toEqual(Object.keys(value));
    for (const part of [copy, copy.tags, copy.items, copy.items[0], copy.nested, copy.nested.deep]) expect(Object.isFrozen(part)).toBe(true);
    for (const part of [value, value.tags, value.items, value.items[0], value.nested, value.nested.deep]) expect(Object.isFrozen(part)).toBe(false);
    const tricky = cloneFrozen(JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>);
    expect(Object.hasOwn(tricky, '__proto__') && Object.isFrozen(tricky)).toBe(true);
    const withDate = cloneFrozen({ at: new Date('2026-03-02T10:00:00Z'), list: [1] });
    expect(withDate.at).toBeInstanceOf(Date);
    expect(Object.isFrozen(withDate) && Object.isFrozen(withDate.list) && Object.isFrozen(withDate.at)).toBe(true);
  });
});
