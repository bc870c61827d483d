/**
 * Holds a JSON value to a GraphQL output type, the way the Run code step
 * checks a script's result before later steps read `runCode.<field>`:
 * every problem with its path (`Output.tags[1]`), what was expected and
 * what came, in plain words. Scalars follow GraphQL: Int is a 32-bit whole
 * number, Float any finite number, ID text or a whole number. Lists must be
 * arrays (no single value for a list). At most MAX_PROBLEMS problems are
 * listed; values nested deeper than MAX_RESULT_DEPTH (limits.ts) are
 * refused outright, before a recursive type could recurse without end.
 */
import { type GraphQLNamedType, type GraphQLOutputType, isEnumType, isListType, isNonNullType, isObjectType } from 'graphql';
import { MAX_RESULT_DEPTH as MAX_DEPTH } from './limits';
import { type RunCodeProblem, problem } from './problem';

export const MAX_PROBLEMS = 20;

export interface CheckProblems {
  /** The first MAX_PROBLEMS problems, in the order of the schema's fields. */
  readonly problems: RunCodeProblem[];
  /** How many more there were. */
  readonly omitted: number;
}

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

class TooDeep extends Error {}

/** How a value is named after "got": JSON for plain values, "a list" or "an object" otherwise. */
export function describeGot(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === undefined) return 'nothing';
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function scalarExpectation(name: string, value: unknown): { expected: string; note?: string } | undefined {
  switch (name) {
    case 'String':
      return typeof value === 'string' ? undefined : { expected: 'a String' };
    case 'Boolean':
      return typeof value === 'boolean' ? undefined : { expected: 'a Boolean' };
    case 'Float':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : { expected: 'a Float' };
    case 'ID':
      return typeof value === 'string' || Number.isInteger(value) ? undefined : { expected: 'an ID (text or a whole number)' };
    case 'Int':
      if (!Number.isInteger(value)) return { expected: 'an Int' };
      if ((value as number) >= INT_MIN && (value as number) <= INT_MAX) return undefined;
      return { expected: 'an Int', note: ` (an Int is a whole number from ${INT_MIN} to ${INT_MAX})` };
    default:
      return { expected: `a ${name}` };
  }
}

function nameOf(type: GraphQLNamedType | GraphQLOutputType): string {
  return String(type);
}

/** Checks `value` against `type` (usually the Output object type) and collects the problems. */
export function checkValue(type: GraphQLOutputType, value: unknown): CheckProblems {
  const problems: RunCodeProblem[] = [];
  let omitted = 0;
  const report = (path: string, code: 'output-type' | 'output-missing' | 'output-unknown-field', text: string, params: Record<string, string>) => {
    if (problems.length >= MAX_PROBLEMS) omitted++;
    else problems.push(problem(code, `${path}: ${text}`, { path, ...params }));
  };
  const mismatch = (path: string, expected: string, got: unknown, note = '') =>
    report(path, 'output-type', `expected ${expected}, got ${describeGot(got)}${note}`, { expected, got: describeGot(got) });

  const check = (t: GraphQLOutputType, v: unknown, path: string, depth: number): void => {
    if (depth > MAX_DEPTH) throw new TooDeep();
    if (isNonNullType(t)) {
      if (v === null || v === undefined) return void mismatch(path, expectation(t.ofType), v ?? null);
      return check(t.ofType, v, path, depth);
    }
    if (v === null) return;
    if (isListType(t)) {
      if (!Array.isArray(v)) return void mismatch(path, `a list of ${nameOf(t.ofType)}`, v);
      v.forEach((item, i) => check(t.ofType, item, `${path}[${i}]`, depth + 1));
      return;
    }
    if (isEnumType(t)) {
      const names = t.getValues().map((e) => e.name);
      if (typeof v !== 'string' || !names.includes(v)) mismatch(path, `one of ${names.join(', ')}`, v);
      return;
    }
    if (isObjectType(t)) {
      if (typeof v !== 'object' || Array.isArray(v)) return void mismatch(path, `an object (${t.name})`, v);
      const record = v as Record<string, unknown>;
      const fields = t.getFields();
      for (const field of Object.values(fields)) {
        const at = `${path}.${field.name}`;
        if (!Object.prototype.hasOwnProperty.call(record, field.name)) {
          if (isNonNullType(field.type)) report(at, 'output-missing', `is required (${nameOf(field.type)}) but missing`, { type: nameOf(field.type) });
          continue;
        }
        check(field.type, record[field.name], at, depth + 1);
      }
      for (const key of Object.keys(record)) {
        if (!(key in fields)) report(`${path}.${key}`, 'output-unknown-field', `is not a field of ${t.name}`, { type: t.name });
      }
      return;
    }
    const wrong = scalarExpectation(t.name, v);
    if (wrong) mismatch(path, wrong.expected, v, wrong.note);
  };

  try {
    // The top is required: a script that returns null or nothing has no output to check.
    if (value === null || value === undefined) mismatch(nameOf(type), expectation(type), value);
    else check(type, value, nameOf(type), 0);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    const message = `${nameOf(type)}: the result is nested more than ${MAX_DEPTH} levels deep.`;
    return { problems: [problem('output-too-deep', message, { depth: MAX_DEPTH })], omitted: 0 };
  }
  return { problems, omitted };
}

/** "an Int", "one of GOLD, SILVER", "a list of String!", "an object (CustomerInfo)". */
function expectation(t: GraphQLOutputType): string {
  if (isListType(t)) return `a list of ${nameOf(t.ofType)}`;
  if (isEnumType(t)) return `one of ${t.getValues().map((e) => e.name).join(', ')}`;
  if (isObjectType(t)) return `an object (${t.name})`;
  if (isNonNullType(t)) return expectation(t.ofType);
  return scalarExpectation(t.name, Symbol())?.expected ?? t.name;
}
