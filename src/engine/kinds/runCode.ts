/**
 * Running Run code (docs/run-code.md): the output schema is parsed, the
 * input query is run over the run's data (the trigger's data and what
 * earlier steps bound), the script runs with that input in the QuickJS
 * sandbox (`deps.scripts`, loaded once per worker or process and reused by
 * every call), and its result is checked against the schema before it is
 * bound to the step's variable (`runCode`…) for the steps after it.
 *
 * The record keeps what the script got (`input`), what it returned
 * (`output`) and its console.log lines (`logs`, also when it failed). Any
 * refusal fails the step with the library's English sentence: a query that
 * reads what the data lacks, a script that throws, loops without end,
 * allocates too much, reaches for fetch or import(), or a result that
 * doesn't fit Output.
 */
import { checkOutput, executeInputQuery, parseOutputSchema } from '../runCode';
import { type EngineKind, via } from './types';

/** "Run code's result doesn't fit its output schema: Output.points: expected an Int, got "12"; … (and 3 more)". */
function outputMismatch(problems: readonly { message: string }[], omitted: number): string {
  const more = omitted > 0 ? ` (and ${omitted} more)` : '';
  return `The script's result doesn't fit the output schema: ${problems.map((p) => p.message).join('; ')}${more}`;
}

export const runCodeRunner: EngineKind<'runCode'> = {
  kind: 'runCode',
  async run(step, run) {
    const record = run.begin(step, {});
    const schema = parseOutputSchema(step.outputSchema);
    if (!schema.ok) return run.fail(record, schema.error.message);
    const query = executeInputQuery(step.input, run.data);
    if (!query.ok) return run.fail(record, query.error.message);
    record.input = query.input;
    const result = await run.deps.scripts.run({ script: step.script, input: query.input });
    if (result.logs.length > 0) record.logs = result.logs;
    if (!result.ok) return run.fail(record, result.error.message);
    const checked = checkOutput(schema.schema, result.output);
    if (!checked.ok) {
      record.output = { result: result.output };
      return run.fail(record, outputMismatch(checked.problems, checked.omitted));
    }
    record.output = checked.output;
    run.bind(step.variable, checked.output);
    run.succeed(record);
    return via('next');
  },
  restore(step, record, run) {
    if (record.output) run.bind(step.variable, record.output);
  },
};
