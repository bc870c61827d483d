/**
 * The static check of a Send Admin API request step's variables: JSON text
 * of an object (Flow's `blob`), which may hold Liquid. It is parsed with
 * Microsoft's jsonc-parser (strict JSON: no comments, no trailing commas)
 * because it reports where the text goes wrong as an offset and a code,
 * which JSON.parse words differently in every browser.
 *
 * Liquid: each output (`{{ order.admin_graphql_api_id }}`) stands for a value
 * of the same length (`0` and spaces), which keeps the JSON valid inside a
 * string and as a number, and keeps line and column true. Text with tags
 * (`{% for %}`) can make any JSON at all, so it is only checked once
 * rendered, when the step runs.
 */
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { REASONS, type JsonErrorVariant, type VariablesProblem } from './adminApiVariablesText';

export { type JsonErrorVariant, type VariablesProblem, variablesProblemText } from './adminApiVariablesText';

function variantOf(error: ParseError): JsonErrorVariant {
  const kebab = printParseErrorCode(error.error).replace(/[A-Z]/g, (c, i: number) => (i === 0 ? '' : '-') + c.toLowerCase());
  return Object.hasOwn(REASONS, kebab) ? (kebab as JsonErrorVariant) : 'invalid';
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Liquid outputs replaced by a value of the same length; undefined when the text holds tags. */
function withoutLiquid(text: string): string | undefined {
  if (text.includes('{%')) return undefined;
  return text.replace(/\{\{[\s\S]*?\}\}/g, (output) => '0' + output.slice(1).replace(/[^\n]/g, ' '));
}

/**
 * The first reason the variables are not a JSON object, with its line and
 * column; undefined when they are one, when they are blank (no variables),
 * or when Liquid tags make them checkable only once rendered.
 */
export function variablesProblem(text: string): VariablesProblem | undefined {
  if (text.trim() === '') return undefined;
  const plain = withoutLiquid(text);
  if (plain === undefined) return undefined;
  const errors: ParseError[] = [];
  const value: unknown = parse(plain, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) return { variant: variantOf(first), ...lineAndColumn(plain, first.offset) };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { variant: 'not-object' };
  return undefined;
}
