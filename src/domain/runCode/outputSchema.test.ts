import { describe, expect, it } from 'vitest';
import { type OutputSchema, checkOutput, describeOutput, parseOutputSchema } from './outputSchema';

const LOYALTY = `
"The output of Run Code"
type Output {
  "Loyalty points earned by the order"
  points: Int!
  tier: Tier
  tags: [String!]!
  ratio: Float
  vip: Boolean
  ref: ID
  customer: CustomerInfo
}

"""
Loyalty tiers
"""
enum Tier { GOLD SILVER }

type CustomerInfo {
  email: String!
  note: String
}
`;

function schemaOf(sdl: string): OutputSchema {
  const parsed = parseOutputSchema(sdl);
  if (!parsed.ok) throw new Error(`expected a schema, got: ${parsed.error.message}`);
  return parsed.schema;
}

function problemsOf(schema: OutputSchema, value: unknown): string[] {
  const result = checkOutput(schema, value);
  return result.ok ? [] : result.problems.map((p) => p.message);
}

const loyalty = schemaOf(LOYALTY);
const valid = { points: 12, tier: 'GOLD', tags: ['a'], ratio: 0.5, vip: true, ref: 'x-1', customer: { email: 'a@b.c' } };

describe('parsing the output schema', () => {
  it('reads Output, its descriptions, custom object types, enums, lists and non-null', () => {
    expect(describeOutput(loyalty)).toEqual([
      { name: 'points', type: 'Int!', description: 'Loyalty points earned by the order', kind: 'scalar', list: false, nonNull: true },
      { name: 'tier', type: 'Tier', kind: 'enum', list: false, nonNull: false, enumValues: ['GOLD', 'SILVER'] },
      { name: 'tags', type: '[String!]!', kind: 'scalar', list: true, nonNull: true },
      { name: 'ratio', type: 'Float', kind: 'scalar', list: false, nonNull: false },
      { name: 'vip', type: 'Boolean', kind: 'scalar', list: false, nonNull: false },
      { name: 'ref', type: 'ID', kind: 'scalar', list: false, nonNull: false },
      {
        name: 'customer',
        type: 'CustomerInfo',
        kind: 'object',
        list: false,
        nonNull: false,
        fields: [
          { name: 'email', type: 'String!', kind: 'scalar', list: false, nonNull: true },
          { name: 'note', type: 'String', kind: 'scalar', list: false, nonNull: false },
        ],
      },
    ]);
  });

  it('describes a type that contains itself once, without looping', () => {
    const tree = schemaOf('type Output { root: Node } type Node { name: String children: [Node!] }');
    const [root] = describeOutput(tree);
    expect(root?.fields?.map((f) => f.name)).toEqual(['name', 'children']);
    expect(root?.fields?.[1]).toEqual({ name: 'children', type: '[Node!]', kind: 'object', list: true, nonNull: false, recursive: true });
  });

  it('reports syntax errors and invalid SDL with line and column', () => {
    const syntax = parseOutputSchema('type Output {\n  points: Int!\n  tier:\n}');
    expect(syntax.ok).toBe(false);
    if (syntax.ok) return;
    expect(syntax.error.code).toBe('output-schema-invalid');
    expect(syntax.error.message).toMatch(/^The output schema is not valid GraphQL \(line 4, column 1\): Syntax Error/);
    const unknownType = parseOutputSchema('type Output { points: Points }');
    expect(unknownType.ok ? '' : unknownType.error.message).toMatch(/Unknown type "Points"/);
  });

  it('needs an object type named Output', () => {
    for (const sdl of ['type Result { a: Int }', 'enum Output { A }', 'input Output { a: Int }']) {
      const parsed = parseOutputSchema(sdl);
      expect(parsed.ok ? '' : parsed.error.code, sdl).toBe('output-schema-no-output');
    }
  });

  it('refuses what Run code output cannot hold: unions, interfaces, custom scalars, arguments, inputs', () => {
    const cases: [string, RegExp][] = [
      ['type Output { a: A } union A = X | Y type X { x: Int } type Y { y: Int }', /union A/],
      ['type Output { a: Named } interface Named { name: String }', /interface Named/],
      ['type Output { at: DateTime } scalar DateTime', /scalar DateTime/],
      ['type Output { points(times: Int): Int }', /Output\.points takes arguments/],
      ['type Output { a: Int } input Extra { b: Int }', /input Extra/],
    ];
    for (const [sdl, reason] of cases) {
      const parsed = parseOutputSchema(sdl);
      expect(parsed.ok ? '' : parsed.error.code, sdl).toBe('output-schema-unsupported');
      expect(parsed.ok ? '' : parsed.error.message, sdl).toMatch(reason);
    }
  });
});

describe('checking a returned value against Output', () => {
  it('accepts a value that fits, including missing and null optional fields', () => {
    expect(checkOutput(loyalty, valid)).toEqual({ ok: true, output: valid });
    expect(checkOutput(loyalty, { points: 0, tags: [], tier: null })).toEqual({ ok: true, output: { points: 0, tags: [], tier: null } });
  });

  it('names the path and says what was expected and what came', () => {
    expect(problemsOf(loyalty, { ...valid, points: '12' })).toEqual(['Output.points: expected an Int, got "12"']);
    expect(problemsOf(loyalty, { ...valid, points: 1.5 })).toEqual(['Output.points: expected an Int, got 1.5']);
    expect(problemsOf(loyalty, { ...valid, points: 2 ** 31 })).toEqual([
      'Output.points: expected an Int, got 2147483648 (an Int is a whole number from -2147483648 to 2147483647)',
    ]);
    expect(problemsOf(loyalty, { ...valid, ratio: '0.5' })).toEqual(['Output.ratio: expected a Float, got "0.5"']);
    expect(problemsOf(loyalty, { ...valid, vip: 'yes' })).toEqual(['Output.vip: expected a Boolean, got "yes"']);
    expect(problemsOf(loyalty, { ...valid, ref: 1.5 })).toEqual(['Output.ref: expected an ID (text or a whole number), got 1.5']);
    expect(problemsOf(loyalty, { ...valid, tier: 'PLATINUM' })).toEqual(['Output.tier: expected one of GOLD, SILVER, got "PLATINUM"']);
    expect(problemsOf(loyalty, { ...valid, customer: { email: 5 } })).toEqual(['Output.customer.email: expected a String, got 5']);
    expect(problemsOf(loyalty, { ...valid, customer: 'ada' })).toEqual(['Output.customer: expected an object (CustomerInfo), got "ada"']);
  });

  it('checks lists item by item', () => {
    expect(problemsOf(loyalty, { ...valid, tags: ['a', 3, null] })).toEqual([
      'Output.tags[1]: expected a String, got 3',
      'Output.tags[2]: expected a String, got null',
    ]);
    expect(problemsOf(loyalty, { ...valid, tags: 'a' })).toEqual(['Output.tags: expected a list of String!, got "a"']);
  });

  it('reports missing required fields, nulls in them and fields Output does not have', () => {
    expect(problemsOf(loyalty, { tags: [], pointz: 3 })).toEqual([
      'Output.points: is required (Int!) but missing',
      'Output.pointz: is not a field of Output',
    ]);
    expect(problemsOf(loyalty, { ...valid, points: null })).toEqual(['Output.points: expected an Int, got null']);
  });

  it('needs an object at the top', () => {
    expect(problemsOf(loyalty, [1])).toEqual(['Output: expected an object (Output), got a list']);
    expect(problemsOf(loyalty, null)).toEqual(['Output: expected an object (Output), got null']);
  });

  it('stops listing after 20 problems and says how many more there were', () => {
    const result = checkOutput(loyalty, { ...valid, tags: Array.from({ length: 30 }, (_, i) => i) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(20);
    expect(result.omitted).toBe(10);
    expect(result.problems[19]?.message).toBe('Output.tags[19]: expected a String, got 19');
  });

  it('refuses values nested deeper than the limit instead of exhausting the stack', () => {
    const tree = schemaOf('type Output { root: Node } type Node { child: Node }');
    let value: Record<string, unknown> = {};
    for (let i = 0; i < 200; i++) value = { child: value };
    const result = checkOutput(tree, { root: value });
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['output-too-deep']);
  });
});
