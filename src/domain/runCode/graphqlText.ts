/**
 * Parsing the GraphQL text of a Run code step (its input query, its output
 * schema) with the `graphql` package, under a token limit, turning a syntax
 * error into a problem with its line and column.
 */
import { type DocumentNode, GraphQLError, type Source, parse } from 'graphql';
import { type RunCodeProblem, type RunCodeProblemCode, problem } from './problem';

/** Texts longer than this many GraphQL tokens are refused before any work is done on them. */
export const GRAPHQL_MAX_TOKENS = 10_000;

export type ParsedText = { ok: true; document: DocumentNode; source: Source } | { ok: false; error: RunCodeProblem };

/** Parses `text`; `what` names it in the message ("The input query is not valid GraphQL (line 1, column 9): …"). */
export function parseGraphQLText(text: string, what: 'input query' | 'output schema', code: RunCodeProblemCode): ParsedText {
  try {
    const document = parse(text, { maxTokens: GRAPHQL_MAX_TOKENS });
    return { ok: true, document, source: document.loc!.source };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const { line, column } = error.locations?.[0] ?? { line: 1, column: 1 };
    const message = `The ${what} is not valid GraphQL (line ${line}, column ${column}): ${error.message}`;
    return { ok: false, error: problem(code, message, { line, column, detail: error.message }) };
  }
}
