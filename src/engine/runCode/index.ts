/**
 * The Run code library the engine's Run code step calls (docs/run-code.md):
 * the input query over the run's data, the QuickJS sandbox that runs the
 * script, and the output schema its result is checked against. Everything
 * here runs in the engine's Web Worker and in Node.
 */
export { type InputQuery, type InputQueryResult, type ParseInputQueryResult, type ResolveName, executeInputQuery, parseInputQuery, runInputQuery, snakeCaseFallback, snakeCaseName } from '../../domain/runCode/inputQuery';
export { type CheckOutputResult, type OutputFieldDescription, type OutputSchema, type ParseOutputSchemaResult, checkOutput, describeOutput, parseOutputSchema } from '../../domain/runCode/outputSchema';
export { DEFAULT_LIMITS, type RunCodeLimits } from '../../domain/runCode/limits';
export type { RunCodeProblem, RunCodeProblemCode } from '../../domain/runCode/problem';
export { type RunScriptRequest, type RunScriptResult, type Sandbox, createSandbox, runScript, sharedSandbox } from './sandbox';
