/**
 * The one shape every refusal of the Run code library takes: a stable code
 * and its params for the UI to word in the user's language, and the same
 * sentence in English for run records, the CLI and logs (the engine keeps
 * English, as elsewhere; see src/domain/text/messageParams.ts).
 */
import type { MessageParams } from '../text/messageParams';

/** Every code the Run code library can report, by where it comes from. */
export type RunCodeProblemCode =
  // The input query (inputQuery.ts)
  | 'input-query-syntax'
  | 'input-query-operation'
  | 'input-query-unsupported'
  | 'input-query-paging'
  | 'input-query-unknown-field'
  | 'input-query-needs-selection'
  | 'input-query-not-an-object'
  // The output schema and the check of a result against it (outputSchema.ts)
  | 'output-schema-invalid'
  | 'output-schema-no-output'
  | 'output-schema-unsupported'
  | 'output-type'
  | 'output-missing'
  | 'output-unknown-field'
  | 'output-too-deep'
  // The sandbox (sandbox.ts)
  | 'script-too-long'
  | 'script-syntax'
  | 'script-no-main'
  | 'script-threw'
  | 'script-import'
  | 'script-async'
  | 'script-steps'
  | 'script-memory'
  | 'script-stack'
  | 'script-logs'
  | 'script-not-json'
  | 'script-output-too-large'
  | 'input-not-json'
  | 'engine-unavailable'
  | 'engine-failed';

export interface RunCodeProblem {
  readonly code: RunCodeProblemCode;
  readonly params: MessageParams;
  /** The same in English, complete: "Output.points: expected an Int, got "12"". */
  readonly message: string;
}

/** Builds a problem; `params` hold exactly the values the message was made from. */
export function problem(code: RunCodeProblemCode, message: string, params: MessageParams = {}): RunCodeProblem {
  return { code, params, message };
}
