/**
 * What the domain knows of Run code (docs/run-code.md): the input query over
 * the workflow's data and the output schema, parsed with the `graphql`
 * package, the limits a call runs under, and its problems as codes. Pure,
 * so validation and the editor read them; the sandbox that runs the script
 * is the engine's (src/engine/runCode).
 */
export { type InputQuery, type InputQueryResult, type ParseInputQueryResult, type ResolveName, executeInputQuery, parseInputQuery, runInputQuery, snakeCaseFallback, snakeCaseName } from './inputQuery';
export { type CheckOutputResult, type OutputFieldDescription, type OutputSchema, type ParseOutputSchemaResult, checkOutput, describeOutput, parseOutputSchema } from './outputSchema';
export { DEFAULT_LIMITS, type RunCodeLimits } from './limits';
export type { RunCodeProblem, RunCodeProblemCode } from './problem';
