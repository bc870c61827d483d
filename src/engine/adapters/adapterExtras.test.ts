import { describe, expect, it } from 'vitest';
import { AdapterError } from '../types';
import { checkMaxLength, compact } from './adapterExtras';

describe('adapter extras', () => {
  it('compact leaves out undefined fields only, in order, keeping an own "__proto__" key as a key', () => {
    const fields = JSON.parse('{"a":1,"b":null,"__proto__":{"x":1},"d":""}') as Record<string, unknown>;
    fields.c = undefined;
    const out = compact(fields);
    expect(Object.keys(out)).toEqual(['a', 'b', '__proto__', 'd']);
    expect(out).toEqual(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('checkMaxLength counts code points, as the services count', () => {
    const emoji = '😀'.repeat(5); // 10 UTF-16 units, 5 code points
    expect(() => checkMaxLength(emoji, 5, 'The message')).not.toThrow();
    expect(() => checkMaxLength(emoji, 4, 'The message')).toThrow(new AdapterError('permanent', 'The message is 5 characters long; at most 4 are allowed', 400));
    expect(() => checkMaxLength('abcde', 5, 'The message')).not.toThrow();
    expect(() => checkMaxLength('abcdef', 5, 'The message')).toThrow(AdapterError);
  });
});
