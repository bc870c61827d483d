/**
 * The words of a Send Admin API request step's variables problem
 * (adminApiVariables.ts finds it); apart, so the kind's module does not bring
 * the JSON parser to the first page.
 */
/** Where and why the variables are not a JSON object. */
export type VariablesProblem =
  | { readonly variant: JsonErrorVariant; readonly line: number; readonly column: number }
  | { readonly variant: 'not-object' };

export const REASONS = {
  'invalid-symbol': 'an unexpected character',
  'invalid-number-format': 'a number written wrongly',
  'property-name-expected': 'a property name in double quotes is expected',
  'value-expected': 'a value is expected',
  'colon-expected': 'a colon is expected',
  'comma-expected': 'a comma is expected',
  'close-brace-expected': 'a closing } is expected',
  'close-bracket-expected': 'a closing ] is expected',
  'end-of-file-expected': 'nothing more is expected after the object',
  'unexpected-end-of-string': 'a text is never closed with "',
  'invalid-character': 'a character that must be escaped inside a text',
  invalid: 'the JSON is broken',
} as const;
export type JsonErrorVariant = keyof typeof REASONS;

/** The English words of a variant, for the domain's own message. */
export function variablesProblemText(problem: VariablesProblem): string {
  if (problem.variant === 'not-object') return 'The variables must be a JSON object, like {"id": "gid://shopify/Order/1", "tags": ["vip"]}.';
  return `The variables are not valid JSON: ${REASONS[problem.variant]} at line ${problem.line}, column ${problem.column}.`;
}
