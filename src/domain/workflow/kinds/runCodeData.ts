/**
 * What the Run code kind needs of the workflow's data model, apart from the
 * kind itself: its input query checked against what the step can read (the
 * scope: trigger data, earlier steps' outputs, a loop's item), and the shape
 * of its output, from the output schema, so that later steps can read
 * `runCode.<field>` and validation knows the fields and their types.
 *
 * Field names follow the engine's rule (domain/runCode/inputQuery.ts,
 * `snakeCaseFallback`): a query field matches a member of the same name, or
 * its snake_case form (`totalPrice` reads `total_price`), so what passes
 * here reads the same data when the step runs.
 */
import { TEXT_LIST, type DataType } from '../../catalog/dataTypes';
import { type InputQuery, type OutputFieldDescription, describeOutput, parseOutputSchema, snakeCaseName } from '../../runCode';
import type { RunCodeProblem } from '../../runCode/problem';
import { problem } from '../../runCode/problem';
import type { Scope } from '../scope';
import { type Shape, type ShapeField, isListShape, itemShape, memberOf } from '../shapes';

type QueryField = InputQuery['fields'][number];

/** The member of `shape` a query field names: its own name, else its snake_case form. */
function memberNamed(shape: Shape, name: string): ShapeField | undefined {
  return memberOf(shape, name) ?? memberOf(shape, snakeCaseName(name));
}

const at = (field: QueryField) => `${field.path} (line ${field.line}, column ${field.column})`;

/** Checks one selected field whose value has `shape`; returns the first problem. */
function checkField(field: QueryField, shape: Shape): RunCodeProblem | undefined {
  const params = { path: field.path, line: field.line, column: field.column };
  let item = shape;
  while (isListShape(item) && item.kind !== 'value') item = itemShape(item)!;
  if (item.kind === 'json') return undefined;
  const isObject = item.kind === 'object' || item.kind === 'record';
  if (!field.children) {
    if (!isObject) return undefined;
    return problem('input-query-needs-selection', `The input query's ${at(field)} is an object: select the fields you need, e.g. ${field.name} { … }.`, params);
  }
  if (!isObject) {
    return problem('input-query-not-an-object', `The input query selects fields of ${at(field)}, which is a plain value, not an object.`, params);
  }
  return checkFields(field.children, item);
}

function checkFields(fields: readonly QueryField[], shape: Shape): RunCodeProblem | undefined {
  for (const field of fields) {
    const member = memberNamed(shape, field.name);
    if (!member) {
      const message = `The input query asks for ${at(field)}, which this step's data doesn't have.`;
      return problem('input-query-unknown-field', message, { path: field.path, line: field.line, column: field.column });
    }
    const found = checkField(field, member.shape);
    if (found) return found;
  }
  return undefined;
}

/**
 * The first field of a parsed input query the scope can't give: a root that
 * is no variable here (`order` in a workflow whose trigger has no order), a
 * member the data lacks, an object selected without fields, or fields
 * selected on a plain value. Undefined when the whole query can be read.
 */
export function inputQueryScopeProblem(query: InputQuery, scope: Scope): RunCodeProblem | undefined {
  for (const field of query.fields) {
    const variable = scope.variables.get(field.name);
    if (!variable) {
      const names = [...scope.variables.keys()].join(', ');
      const message = `The input query asks for ${at(field)}, which this step can't read; it can read ${names || 'nothing'}.`;
      return problem('input-query-unknown-field', message, { path: field.path, line: field.line, column: field.column });
    }
    const found = checkField(field, variable.shape);
    if (found) return found;
  }
  return undefined;
}

/** An SDL scalar or enum as a data type a condition and Liquid can read. */
function scalarType(field: OutputFieldDescription): DataType {
  const named = field.type.replace(/[[\]!]/g, '');
  if (field.kind === 'enum') return 'single_line_text_field';
  if (named === 'Int') return 'number_integer';
  if (named === 'Float') return 'number_decimal';
  if (named === 'Boolean') return 'boolean';
  return 'single_line_text_field';
}

function fieldShape(field: OutputFieldDescription): Shape {
  if (field.kind === 'object') {
    if (field.recursive || !field.fields) return { kind: 'json' };
    const fields = field.fields.map(toShapeField);
    return field.list ? { kind: 'records', fields } : { kind: 'record', fields };
  }
  const type = scalarType(field);
  if (!field.list) return { kind: 'value', type };
  // Lists of text are a data type; lists of numbers or booleans are not (yet): readable as JSON.
  return type === 'single_line_text_field' ? { kind: 'value', type: TEXT_LIST } : { kind: 'json' };
}

function toShapeField(field: OutputFieldDescription): ShapeField {
  const label = field.description ?? field.name;
  return { key: field.name, label: { en: label, pl: label }, shape: fieldShape(field) };
}

const shapeCache = new Map<string, Shape>();
const MAX_CACHED = 200;

/**
 * The shape of a Run code step's output: a record of Output's fields with
 * their types. An output schema that doesn't parse gives JSON (readable
 * without checks), so its own problem is the one reported, not one per
 * use of `runCode.<field>`. Cached by text: scopes ask for it on every
 * validation.
 */
export function outputShape(sdl: string): Shape {
  let shape = shapeCache.get(sdl);
  if (!shape) {
    const parsed = parseOutputSchema(sdl);
    shape = parsed.ok ? { kind: 'record', fields: describeOutput(parsed.schema).map(toShapeField) } : { kind: 'json' };
    if (shapeCache.size >= MAX_CACHED) shapeCache.clear();
    shapeCache.set(sdl, shape);
  }
  return shape;
}
