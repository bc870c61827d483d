/**
 * The checks of step kinds that need a parser library: Run code's input
 * query and output schema (`graphql`) and a Send Admin API request's
 * variables (`jsonc-parser`). The kinds' modules are loaded by the first page
 * (to read stored workflows and list them), which needs none of these, so a
 * kind reaches them through here, and validate.ts, the only caller of the
 * kinds' `validate` and `output`, provides them when it loads (with the
 * editor, the validator and the engine). Using one before that is a bug, said
 * by the error below, never a silent skip.
 */
import type { parseInputQuery, parseOutputSchema } from '../../runCode';
import type { variablesProblem } from './adminApiVariables';
import type { inputQueryScopeProblem, outputShape } from './runCodeData';

export interface ParsedChecks {
  readonly parseInputQuery: typeof parseInputQuery;
  readonly parseOutputSchema: typeof parseOutputSchema;
  readonly inputQueryScopeProblem: typeof inputQueryScopeProblem;
  readonly outputShape: typeof outputShape;
  readonly variablesProblem: typeof variablesProblem;
}

let provided: ParsedChecks | undefined;

/** Called once by validate.ts as it loads. */
export function provideParsedChecks(checks: ParsedChecks): void {
  provided = checks;
}

/** The checks; throws when validate.ts has not been loaded (a module imports a kind's check without it). */
export function parsedChecks(): ParsedChecks {
  if (!provided) throw new Error('A step kind’s parser checks were used before validate.ts was loaded');
  return provided;
}
