/**
 * The Run code kind: Shopify Flow's "Run code" (`shopify::flow::run_code`,
 * FORMAT.md §13), three required fields: an input query (GraphQL over the
 * run's data: the trigger's data and earlier steps' outputs), a script
 * (`export default function main(input)`, run in the engine's QuickJS
 * sandbox) and an output schema (GraphQL SDL, `type Output { … }`). The
 * script's result, checked against the schema, is readable by later steps
 * under the step's variable, named as Flow names it: `runCode`, `runCode1`…
 * (variableNames.ts), with Output's fields and types (runCodeData.ts), so
 * conditions and Liquid can use `runCode.<field>` and validation knows them.
 *
 * Static checks (docs/run-code.md): the query parses and reads only what
 * the step can read; the schema parses and defines Output; the script
 * exports a default function and imports nothing (read from its text: a
 * full check of the script needs the engine's sandbox, at run time).
 */
import type { Draft } from 'immer';
import { z } from 'zod';
import { DEFAULT_LIMITS } from '../../runCode/limits';
import type { RunCodeProblem } from '../../runCode/problem';
import { newId } from '../ids';
import { indexOfKind, OperationError } from '../operationError';
import type { Problem } from '../problems';
import { VariableName } from './getData';
import { NO_ARGS, type Position, type StepKindDefinition, StepId, type StepsDoc, operation, stepBase, diffOf } from './base';
import { parsedChecks } from './parsedChecks';
import { MAX_FIELD_CHARS as MAX_TEXT, refuseTooLong, tooLongOnImport } from './textFields';

/** The most characters a script may have: the sandbox's own limit. */
export const MAX_SCRIPT_CHARS = DEFAULT_LIMITS.scriptChars;

export const RunCodeStep = z.strictObject({
  ...stepBase,
  kind: z.literal('runCode'),
  /** GraphQL query over the run's data; its result is main's argument. */
  input: z.string(),
  /** An ES module: `export default function main(input) { … }`. */
  script: z.string(),
  /** GraphQL SDL with `type Output { … }`. */
  outputSchema: z.string(),
  /** The name later steps read the output by (`runCode`, `runCode1`…). */
  variable: VariableName,
});
export type RunCodeStep = z.infer<typeof RunCodeStep>;

/** Flow's task id of the kind. */
export const RUN_CODE_TASK = 'shopify::flow::run_code';
/** Flow's base name of a Run code step's variable. */
export const RUN_CODE_VARIABLE = 'runCode';

export const DEFAULT_INPUT = `query {
  order {
    name
    totalPrice
  }
}`;

export const DEFAULT_SCRIPT = `export default function main(input) {
  // One point for every 10 of the order's total.
  const points = Math.floor(input.order.totalPrice / 10);
  console.log('Order', input.order.name, 'earns', points, 'points');
  return { points };
}`;

export const DEFAULT_OUTPUT_SCHEMA = `type Output {
  "Loyalty points the order earns"
  points: Int!
}`;

/** Changes any of a Run code step's three fields. */
export const UpdateRunCode = operation('updateRunCode', {
  id: StepId,
  input: z.string().optional(),
  script: z.string().optional(),
  outputSchema: z.string().optional(),
});

/** Refuses a script over the sandbox's limit, unless it is no longer than the one it replaces. */
function refuseLongScript(script: string, was = 0): void {
  if (script.length <= MAX_SCRIPT_CHARS || script.length <= was) return;
  throw new OperationError(
    'field-too-long',
    `The field "script" can hold at most ${MAX_SCRIPT_CHARS.toLocaleString('en')} characters; this text has ${script.length.toLocaleString('en')}.`,
    { key: 'script', max: MAX_SCRIPT_CHARS, length: script.length },
  );
}

const updateRunCode = {
  schema: UpdateRunCode,
  plan(doc: StepsDoc, op: z.output<typeof UpdateRunCode>) {
    const index = indexOfKind(doc, op.id, 'runCode', 'only Run code steps have a script');
    const step = doc.steps[index] as RunCodeStep;
    if (op.input !== undefined) refuseTooLong('input', op.input, step.input.length);
    if (op.outputSchema !== undefined) refuseTooLong('outputSchema', op.outputSchema, step.outputSchema.length);
    if (op.script !== undefined) refuseLongScript(op.script, step.script.length);
    return (draft: { steps: unknown[] }) => {
      const d = draft.steps[index] as Draft<RunCodeStep>;
      if (op.input !== undefined) d.input = op.input;
      if (op.script !== undefined) d.script = op.script;
      if (op.outputSchema !== undefined) d.outputSchema = op.outputSchema;
    };
  },
};

/** The three fields as problems and the inspector name them. */
export const RUN_CODE_FIELDS = {
  input: { en: 'Input query', pl: 'Zapytanie wejściowe' },
  script: { en: 'Code', pl: 'Kod' },
  outputSchema: { en: 'Output schema', pl: 'Schemat wyniku' },
} as const;
type RunCodeField = keyof typeof RUN_CODE_FIELDS;

/** A problem of the library (code, params, English) as a problem of the step's field. */
function fieldProblem(stepId: string, field: RunCodeField, code: Problem['code'], found: RunCodeProblem): Problem {
  return { severity: 'error', stepId, field, code, variant: found.code, params: { ...found.params }, message: found.message };
}

function required(stepId: string, field: RunCodeField): Problem {
  const label = RUN_CODE_FIELDS[field];
  return { severity: 'error', stepId, field, code: 'required-input-empty', params: { field: label }, message: `"${label.en}" is required. Fill it in.` };
}

function tooLong(stepId: string, field: RunCodeField, length: number, max: number): Problem {
  const label = RUN_CODE_FIELDS[field];
  return {
    severity: 'error',
    stepId,
    field,
    code: 'field-too-long',
    params: { field: label, length, max },
    message: `"${label.en}" is ${length.toLocaleString('en')} characters long; a field can hold at most ${max.toLocaleString('en')}. Shorten it.`,
  };
}

/** `export default …` or `export { main as default }`. */
const DEFAULT_EXPORT = /\bexport\s+default\b|\bas\s+default\b/;
/** An import statement at the start of a line (`import x from "y"`, `import "y"`, `import { a } from …`). */
const IMPORT_STATEMENT = /^\s*import\s*(?:[\w$*{]|["'])/m;

function scriptProblems(step: RunCodeStep): Problem[] {
  const { id, script } = step;
  if (script.length > MAX_SCRIPT_CHARS) return [tooLong(id, 'script', script.length, MAX_SCRIPT_CHARS)];
  if (script.trim() === '') return [required(id, 'script')];
  const problems: Problem[] = [];
  const imported = IMPORT_STATEMENT.exec(script);
  if (imported) {
    const line = script.slice(0, imported.index + imported[0].length).split('\n').length;
    const message = `The code imports a module (line ${line}): Run code scripts cannot import modules.`;
    problems.push({ severity: 'error', stepId: id, field: 'script', code: 'runcode-script-invalid', variant: 'script-import', params: { line }, message });
  }
  if (!DEFAULT_EXPORT.test(script)) {
    const message = 'The code must export a function as its default: export default function main(input) { … }.';
    problems.push({ severity: 'error', stepId: id, field: 'script', code: 'runcode-script-invalid', variant: 'script-no-main', params: {}, message });
  }
  return problems;
}

export const runCodeKind = {
  kind: 'runCode',
  schema: RunCodeStep,
  ports: ['next'],
  portLabels: {},
  acceptsLinks: true,
  label: 'Run code',
  args: NO_ARGS,
  placeholder: {},
  create: (_args, position, id = newId('code')) => ({
    id,
    kind: 'runCode',
    input: DEFAULT_INPUT,
    script: DEFAULT_SCRIPT,
    outputSchema: DEFAULT_OUTPUT_SCHEMA,
    variable: RUN_CODE_VARIABLE,
    position,
    note: '',
  }),
  offered: () => true,
  appsUsed: () => [],
  describe: () => ({ appName: 'Logic', title: 'Run code' }),
  diff: diffOf<RunCodeStep>('input', 'script', 'outputSchema', 'variable'),
  validate(step, _ctx, facts) {
    const problems: Problem[] = [];
    if (step.input.length > MAX_TEXT) problems.push(tooLong(step.id, 'input', step.input.length, MAX_TEXT));
    else if (step.input.trim() === '') problems.push(required(step.id, 'input'));
    else {
      const { parseInputQuery, inputQueryScopeProblem } = parsedChecks();
      const parsed = parseInputQuery(step.input);
      const found = !parsed.ok ? parsed.error : facts.scope && inputQueryScopeProblem(parsed.query, facts.scope);
      if (found) problems.push(fieldProblem(step.id, 'input', 'runcode-input-invalid', found));
    }
    problems.push(...scriptProblems(step));
    if (step.outputSchema.length > MAX_TEXT) problems.push(tooLong(step.id, 'outputSchema', step.outputSchema.length, MAX_TEXT));
    else if (step.outputSchema.trim() === '') problems.push(required(step.id, 'outputSchema'));
    else {
      const parsed = parsedChecks().parseOutputSchema(step.outputSchema);
      if (!parsed.ok) problems.push(fieldProblem(step.id, 'outputSchema', 'runcode-output-schema-invalid', parsed.error));
    }
    return problems;
  },
  output: (step) => ({ name: step.variable, label: { en: 'Run code', pl: 'Uruchom kod' }, shape: parsedChecks().outputShape(step.outputSchema) }),
  checkAdded: (step) => {
    refuseTooLong('input', step.input);
    refuseTooLong('outputSchema', step.outputSchema);
    refuseLongScript(step.script);
  },
  importProblems: (raw) => [
    ...tooLongOnImport(['input'], raw.input),
    ...tooLongOnImport(['outputSchema'], raw.outputSchema),
    ...(typeof raw.script === 'string' && raw.script.length > MAX_SCRIPT_CHARS
      ? [{ path: ['script'], message: `this script is ${raw.script.length.toLocaleString('en')} characters long; a script can hold at most ${MAX_SCRIPT_CHARS.toLocaleString('en')}` }]
      : []),
  ],
  operations: [updateRunCode],
} as const satisfies StepKindDefinition<typeof RunCodeStep, object>;

/** A new Run code step with the default example (shorthand for `runCodeKind.create`). */
export function runCodeStep(position: Position, id?: string): RunCodeStep {
  return runCodeKind.create({}, position, id);
}
