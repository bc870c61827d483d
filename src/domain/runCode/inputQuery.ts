/**
 * The Run code step's input query: Shopify Flow gives the script a GraphQL
 * query over the workflow's own data (trigger data and earlier steps, not
 * the Admin API) and passes its result as `main(input)`. Flowbench has no
 * GraphQL schema of that data, so the query is parsed with the `graphql`
 * package and run as a projection over the run's plain data object: each
 * field is looked up by name, lists map over their items, and the result
 * holds exactly the selected fields, keyed as the query names them.
 *
 * Names: Flow's fields are camelCase (`lineItems`), Flowbench's data keys
 * snake_case (`line_items`). A `ResolveName` strategy picks the key;
 * the default, `snakeCaseFallback`, takes the exact own key, then its
 * snake_case form. Only own properties count.
 *
 * Refused, each with the field's path and line/column: syntax errors,
 * mutations and subscriptions, several operations, arguments, variables,
 * directives, fragments, `__typename`, edges/nodes paging (Flow documents
 * that Run code input has none), a field the data lacks, fields selected
 * on a plain value, and an object or list of objects selected without
 * fields (as GraphQL requires).
 */
import { type ASTNode, type FieldNode, Kind, type SelectionSetNode, type Source, getLocation } from 'graphql';
import { parseGraphQLText } from './graphqlText';
import { type RunCodeProblem, problem } from './problem';

/** Picks the key of `obj` that answers the query field `fieldName`, or undefined when none does. */
export type ResolveName = (obj: Readonly<Record<string, unknown>>, fieldName: string) => string | undefined;

/** One selected field, compiled: where it reads from and where it writes to. */
interface CompiledField {
  /** The key in the result: the alias, or the field name. */
  readonly key: string;
  readonly name: string;
  /** `order.lineItems.quantity`: the field's path in the query. */
  readonly path: string;
  readonly line: number;
  readonly column: number;
  /** The fields selected below it; undefined for a leaf. */
  readonly children?: readonly CompiledField[];
}

/** A parsed input query, ready to run over any number of data objects. */
export interface InputQuery {
  readonly text: string;
  readonly fields: readonly CompiledField[];
}

export type ParseInputQueryResult = { ok: true; query: InputQuery } | { ok: false; error: RunCodeProblem };
export type InputQueryResult = { ok: true; input: Record<string, unknown> } | { ok: false; error: RunCodeProblem };

/** `lineItems` → `line_items`, `customerID` → `customer_id`; names without capitals stay as they are. */
export function snakeCaseName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

const own = (obj: object, key: string) => Object.prototype.hasOwnProperty.call(obj, key);

/** The default strategy: the exact own key, else its snake_case form when that is an own key. */
export const snakeCaseFallback: ResolveName = (obj, fieldName) => {
  if (own(obj, fieldName)) return fieldName;
  const snake = snakeCaseName(fieldName);
  return snake !== fieldName && own(obj, snake) ? snake : undefined;
};

class QueryRefusal extends Error {
  constructor(readonly problem: RunCodeProblem) {
    super(problem.message);
  }
}

function where(source: Source, node: ASTNode): { line: number; column: number } {
  return node.loc ? getLocation(source, node.loc.start) : { line: 1, column: 1 };
}

function refuse(source: Source, node: ASTNode, what: string, path?: string): never {
  const { line, column } = where(source, node);
  const at = path === undefined ? `line ${line}, column ${column}` : `${path} (line ${line}, column ${column})`;
  throw new QueryRefusal(problem('input-query-unsupported', `The input query uses ${what} at ${at}; Flowbench's Run code input takes plain field selections only.`, { what, path: path ?? '', line, column }));
}

function compileSelections(source: Source, set: SelectionSetNode, parent: string): CompiledField[] {
  return set.selections.map((selection) => {
    if (selection.kind !== Kind.FIELD) return refuse(source, selection, 'fragments', parent || undefined);
    return compileField(source, selection, parent);
  });
}

function compileField(source: Source, field: FieldNode, parent: string): CompiledField {
  const name = field.name.value;
  const path = parent ? `${parent}.${name}` : name;
  const { line, column } = where(source, field);
  if (field.arguments && field.arguments.length > 0) refuse(source, field, 'arguments', path);
  if (field.directives && field.directives.length > 0) refuse(source, field, 'directives', path);
  if (name.startsWith('__')) refuse(source, field, `${name} (there is no schema to ask about)`, path);
  if (name === 'edges' || name === 'nodes' || name === 'pageInfo') {
    throw new QueryRefusal(
      problem(
        'input-query-paging',
        `The input query asks for ${path} (line ${line}, column ${column}): Run code input has no edges/nodes paging; select the list's fields directly, e.g. lineItems { quantity }.`,
        { path, line, column },
      ),
    );
  }
  const children = field.selectionSet ? compileSelections(source, field.selectionSet, path) : undefined;
  return { key: field.alias?.value ?? name, name, path, line, column, children };
}

/** Parses and checks an input query; the result can be run over many data objects. */
export function parseInputQuery(text: string): ParseInputQueryResult {
  const parsed = parseGraphQLText(text, 'input query', 'input-query-syntax');
  if (!parsed.ok) return parsed;
  const { document, source } = parsed;
  try {
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const other = document.definitions.find((d) => d.kind !== Kind.OPERATION_DEFINITION);
    if (other) refuse(source, other, other.kind === Kind.FRAGMENT_DEFINITION ? 'fragments' : 'type definitions');
    const operation = operations.length === 1 ? operations[0] : undefined;
    if (operation?.operation !== 'query') {
      const { line, column } = where(source, operation ?? operations[1] ?? document);
      const what = operation ? `a ${operation.operation}` : `${operations.length} operations`;
      const message = `The input query must be one query; it has ${what} (line ${line}, column ${column}).`;
      return { ok: false, error: problem('input-query-operation', message, { what, line, column }) };
    }
    if (operation.variableDefinitions && operation.variableDefinitions.length > 0) refuse(source, operation, 'variables');
    if (operation.directives && operation.directives.length > 0) refuse(source, operation, 'directives');
    return { ok: true, query: { text, fields: compileSelections(source, operation.selectionSet, '') } };
  } catch (error) {
    if (error instanceof QueryRefusal) return { ok: false, error: error.problem };
    throw error;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of a leaf value; objects (or lists holding them) need a selection. */
function leaf(field: CompiledField, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => leaf(field, item));
  if (isRecord(value)) {
    const message = `The input query's ${field.path} (line ${field.line}, column ${field.column}) is an object: select the fields you need, e.g. ${field.name} { … }.`;
    throw new QueryRefusal(problem('input-query-needs-selection', message, { path: field.path, line: field.line, column: field.column }));
  }
  return value === undefined ? null : value;
}

function project(fields: readonly CompiledField[], obj: Readonly<Record<string, unknown>>, resolveName: ResolveName): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const key = resolveName(obj, field.name);
    if (key === undefined || !own(obj, key)) {
      const snake = snakeCaseName(field.name);
      const tried = snake === field.name ? `"${field.name}"` : `"${field.name}" and "${snake}"`;
      const message = `The input query asks for ${field.path} (line ${field.line}, column ${field.column}), which the run's data does not have (looked for ${tried}).`;
      throw new QueryRefusal(problem('input-query-unknown-field', message, { path: field.path, line: field.line, column: field.column }));
    }
    out[field.key] = field.children ? select(field, obj[key], resolveName) : leaf(field, obj[key]);
  }
  return out;
}

function select(field: CompiledField, value: unknown, resolveName: ResolveName): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item) => select(field, item, resolveName));
  if (isRecord(value)) return project(field.children!, value, resolveName);
  const message = `The input query selects fields of ${field.path} (line ${field.line}, column ${field.column}), which is a plain value (${typeof value}), not an object.`;
  throw new QueryRefusal(problem('input-query-not-an-object', message, { path: field.path, line: field.line, column: field.column }));
}

/** Runs a parsed query over the run's data; the input holds copies, never the data's own objects. */
export function runInputQuery(query: InputQuery, data: unknown, options: { resolveName?: ResolveName } = {}): InputQueryResult {
  const resolveName = options.resolveName ?? snakeCaseFallback;
  try {
    if (!isRecord(data)) {
      const message = "The input query has no data to read: the run's data is not an object.";
      throw new QueryRefusal(problem('input-query-not-an-object', message, { path: '', line: 1, column: 1 }));
    }
    return { ok: true, input: project(query.fields, data, resolveName) };
  } catch (error) {
    if (error instanceof QueryRefusal) return { ok: false, error: error.problem };
    throw error;
  }
}

/** Parses `text` and runs it over `data`: {@link parseInputQuery} then {@link runInputQuery}. */
export function executeInputQuery(text: string, data: unknown, options: { resolveName?: ResolveName } = {}): InputQueryResult {
  const parsed = parseInputQuery(text);
  return parsed.ok ? runInputQuery(parsed.query, data, options) : parsed;
}
