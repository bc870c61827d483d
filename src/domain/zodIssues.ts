/**
 * Turns zod issues into plain-words messages that name the place: a JSON
 * path like `$.steps[2].fields.phone` followed by the reason. Every parser
 * at a boundary (manifests, imports, stored records, pastes) reports through
 * this so users see one style of message everywhere.
 */
import type { z } from 'zod';

/** `['steps', 2, 'fields']` → `$.steps[2].fields`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/** The generic reasons (zod's own checks), by code, so a UI can word them in its language. */
export type PathReason =
  | { code: 'missing'; params: { expected: string } }
  | { code: 'wrong-type'; params: { expected: string; got: string } }
  | { code: 'unknown-keys'; params: { keys: string; count: number } }
  | { code: 'one-of'; params: { values: string } };

/**
 * A problem at a place in a JSON document: `{ path: '$.steps[2].app', message: 'reason' }`.
 * `message` is English (CLI, logs); `reason` is set when the reason is one of
 * zod's generic checks rather than a schema's own sentence.
 */
export interface PathProblem {
  path: string;
  message: string;
  reason?: PathReason;
}

/** One line per issue: `<path>: <reason>`. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issueProblems(issues).map((p) => `${p.path}: ${p.message}`);
}

/** The issues as path and reason apart, for callers that show them in a list (imports, the CLI). */
export function issueProblems(issues: readonly z.core.$ZodIssue[]): PathProblem[] {
  return issues.map((issue) => {
    const { message, reason } = plainReason(issue);
    return reason ? { path: jsonPath(issue.path), message, reason } : { path: jsonPath(issue.path), message };
  });
}

function plainReason(issue: z.core.$ZodIssue): { message: string; reason?: PathReason } {
  switch (issue.code) {
    case 'invalid_type': {
      // zod 4 leaves `input` out of issues unless asked (reportInput); its message still names what it got.
      const got = 'input' in issue ? describe(issue.input) : receivedIn(issue.message);
      if (got === undefined) return { message: issue.message }; // a schema's own message
      const expected = String(issue.expected);
      if (got === 'undefined') return { message: `is missing (expected ${expected})`, reason: { code: 'missing', params: { expected } } };
      return { message: `expected ${expected}, got ${got}`, reason: { code: 'wrong-type', params: { expected, got } } };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return {
        message: `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${keys}`,
        reason: { code: 'unknown-keys', params: { keys, count: issue.keys.length } },
      };
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return { message: `must be one of ${values}`, reason: { code: 'one-of', params: { values } } };
    }
    default:
      return { message: issue.message };
  }
}

/** What zod's default message says it received ("…, received number"), in the words of describe(). */
function receivedIn(message: string): string | undefined {
  const received = /received (\w+)$/.exec(message)?.[1];
  if (received === 'array') return 'a list';
  if (received === 'object') return 'an object';
  if (received === 'Infinity' || received === 'NaN') return 'a number out of range';
  return received;
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number out of range';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}
