/**
 * The Run code step's output schema: GraphQL SDL with `type Output { … }`
 * (Shopify documents descriptions, custom types, and that later steps read
 * `runCode.<field>`). Parsed with the `graphql` package; Flowbench accepts
 * object types, enums, lists, non-null and the scalars String, Int, Float,
 * Boolean and ID, and refuses what a JSON result could not be checked
 * against (unions, interfaces, custom scalars, inputs, field arguments).
 *
 * `checkOutput` holds a script's result to Output before later steps may
 * read it: every problem with its path in plain words
 * (`Output.points: expected an Int, got "12"`), missing required fields and
 * fields Output does not have. `describeOutput` lists the fields (name,
 * type, description) for the editor's variable picker.
 */
import {
  type GraphQLField,
  GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  Kind,
  buildASTSchema,
  getLocation,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { parseGraphQLText } from './graphqlText';
import { type RunCodeProblem, problem } from './problem';
import { type CheckProblems, checkValue } from './outputCheck';

export interface OutputSchema {
  readonly sdl: string;
  readonly schema: GraphQLSchema;
  readonly output: GraphQLObjectType;
}

/** One field of Output (or of a type below it), as the variable picker shows it. */
export interface OutputFieldDescription {
  readonly name: string;
  /** In SDL notation: `Int!`, `[String!]!`, `CustomerInfo`. */
  readonly type: string;
  readonly description?: string;
  readonly kind: 'scalar' | 'enum' | 'object';
  /** True when the value is a list (of any depth). */
  readonly list: boolean;
  readonly nonNull: boolean;
  readonly enumValues?: readonly string[];
  /** The fields of an object type; absent where the type already appears above (`recursive`). */
  readonly fields?: readonly OutputFieldDescription[];
  readonly recursive?: true;
}

export type ParseOutputSchemaResult = { ok: true; schema: OutputSchema } | { ok: false; error: RunCodeProblem };
export type CheckOutputResult = { ok: true; output: Record<string, unknown> } | ({ ok: false } & CheckProblems);

const SUPPORTED = 'Run code output can hold object types, enums, lists and the scalars String, Int, Float, Boolean and ID';

const DEFINITION_NAMES: Partial<Record<Kind, string>> = {
  [Kind.UNION_TYPE_DEFINITION]: 'union',
  [Kind.INTERFACE_TYPE_DEFINITION]: 'interface',
  [Kind.SCALAR_TYPE_DEFINITION]: 'scalar',
  [Kind.INPUT_OBJECT_TYPE_DEFINITION]: 'input',
  [Kind.DIRECTIVE_DEFINITION]: 'directive',
  [Kind.SCHEMA_DEFINITION]: 'schema',
};

/** Parses the SDL and checks that it has an object type Output and nothing a JSON result can't be checked against. */
export function parseOutputSchema(sdl: string): ParseOutputSchemaResult {
  const parsed = parseGraphQLText(sdl, 'output schema', 'output-schema-invalid');
  if (!parsed.ok) return parsed;
  const { document, source } = parsed;
  const output = document.definitions.find((d) => 'name' in d && d.name?.value === 'Output');
  if (output?.kind !== Kind.OBJECT_TYPE_DEFINITION) {
    const message = 'The output schema must define an object type named Output: type Output { … }.';
    return { ok: false, error: problem('output-schema-no-output', message) };
  }
  for (const definition of document.definitions) {
    const { line, column } = getLocation(source, definition.loc!.start);
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_DEFINITION) {
      const field = definition.kind === Kind.OBJECT_TYPE_DEFINITION ? definition.fields?.find((f) => (f.arguments?.length ?? 0) > 0) : undefined;
      if (!field) continue;
      const at = getLocation(source, field.loc!.start);
      const what = `${definition.name.value}.${field.name.value} takes arguments`;
      const message = `The output schema's ${what} (line ${at.line}, column ${at.column}): ${SUPPORTED}, with fields that take no arguments.`;
      return { ok: false, error: problem('output-schema-unsupported', message, { what, line: at.line, column: at.column }) };
    }
    const name = 'name' in definition && definition.name ? ` ${definition.name.value}` : '';
    const what = `${DEFINITION_NAMES[definition.kind] ?? definition.kind}${name}`;
    const message = `The output schema uses ${what} (line ${line}, column ${column}): ${SUPPORTED}.`;
    return { ok: false, error: problem('output-schema-unsupported', message, { what, line, column }) };
  }
  let schema;
  try {
    // buildASTSchema validates the SDL first (unknown types, duplicate names…) and throws their messages.
    schema = buildASTSchema(document);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: problem('output-schema-invalid', `The output schema is not valid: ${detail}`, { line: 1, column: 1, detail }) };
  }
  return { ok: true, schema: { sdl, schema, output: schema.getType('Output') as GraphQLObjectType } };
}

/** Checks a script's result against Output; on success the output is the value itself. */
export function checkOutput(schema: OutputSchema, value: unknown): CheckOutputResult {
  const result = checkValue(schema.output, value);
  return result.problems.length === 0 ? { ok: true, output: value as Record<string, unknown> } : { ok: false, ...result };
}

function wrappers(type: GraphQLOutputType): { list: boolean; nonNull: boolean } {
  let list = false;
  for (let t: GraphQLOutputType = isNonNullType(type) ? type.ofType : type; !isObjectType(t) && 'ofType' in t; t = t.ofType) {
    if (isListType(t)) list = true;
  }
  return { list, nonNull: isNonNullType(type) };
}

function describeField(field: GraphQLField<unknown, unknown>, above: ReadonlySet<GraphQLObjectType>): OutputFieldDescription {
  const named = getNamedType(field.type);
  const base = { name: field.name, type: String(field.type), ...(field.description ? { description: field.description } : {}), ...wrappers(field.type) };
  if (isEnumType(named)) return { ...base, kind: 'enum', enumValues: named.getValues().map((v) => v.name) };
  if (!(named instanceof GraphQLObjectType)) return { ...base, kind: 'scalar' };
  if (above.has(named)) return { ...base, kind: 'object', recursive: true };
  return { ...base, kind: 'object', fields: describeFields(named, new Set([...above, named])) };
}

function describeFields(type: GraphQLObjectType, above: ReadonlySet<GraphQLObjectType>): OutputFieldDescription[] {
  return Object.values(type.getFields()).map((field) => describeField(field, above));
}

/** The fields of Output, for `runCode.<field>` in the editor's variable picker; recursive types are listed once. */
export function describeOutput(schema: OutputSchema): OutputFieldDescription[] {
  return describeFields(schema.output, new Set([schema.output]));
}
