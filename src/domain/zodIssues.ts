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

/** A problem at a place in a JSON document: `{ path: '$.steps[2].app', message: 'reason' }`. */
export interface PathProblem {
  path: string;
  message: string;
}

/** One line per issue: `<path>: <reason>`. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issueProblems(issues).map((p) => `${p.path}: ${p.message}`);
}

/** The issues as path and reason apart, for callers that show them in a list (imports, the CLI). */
export function issueProblems(issues: readonly z.core.$ZodIssue[]): PathProblem[] {
  return issues.map((issue) => ({ path: jsonPath(issue.path), message: plainReason(issue) }));
}

function plainReason(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is missing (expected ${issue.expected})`;
      return `expected ${issue.expected}, got ${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}
