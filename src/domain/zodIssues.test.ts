import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { issueProblems, jsonPath } from './zodIssues';

const Shape = z.strictObject({ name: z.string(), on: z.boolean(), x: z.number(), list: z.array(z.string()), more: z.string().optional() });
const problems = (value: unknown, reportInput = false) => {
  const parsed = Shape.safeParse(value, { reportInput });
  return parsed.success ? [] : issueProblems(parsed.error.issues);
};

describe('issueProblems', () => {
  it('tells a missing value from a value of the wrong type, whether or not zod reports the input', () => {
    const value = { name: 42, x: Infinity, list: {}, more: null };
    const expected = [
      { path: '$.name', message: 'expected string, got number' },
      { path: '$.on', message: 'is missing (expected boolean)' },
      { path: '$.x', message: 'expected number, got a number out of range' },
      { path: '$.list', message: 'expected array, got an object' },
      { path: '$.more', message: 'expected string, got null' },
    ];
    const plain = (list: ReturnType<typeof problems>) => list.map(({ path, message }) => ({ path, message }));
    expect(plain(problems(value))).toEqual(expected);
    expect(plain(problems(value, true))).toEqual(expected);
    // The same reasons as codes, for a UI that words them in its own language.
    expect(problems(value).map((p) => p.reason)).toEqual([
      { code: 'wrong-type', params: { expected: 'string', got: 'number' } },
      { code: 'missing', params: { expected: 'boolean' } },
      { code: 'wrong-type', params: { expected: 'number', got: 'a number out of range' } },
      { code: 'wrong-type', params: { expected: 'array', got: 'an object' } },
      { code: 'wrong-type', params: { expected: 'string', got: 'null' } },
    ]);
  });

  it('writes paths as JSON paths, quoting keys that are not identifiers', () => {
    expect(jsonPath(['steps', 2, 'fields', 'a key', '__proto__'])).toBe('$.steps[2].fields["a key"].__proto__');
  });
});
