/**
 * The Send Admin API request kind: Shopify Flow's
 * `shopify::admin::admin_api_operation` (FORMAT.md §13). Flow stores one
 * field, `api_call` = `{ name, blob }`: the mutation's name alone (no
 * `mutation` keyword, no GraphQL) and its variables as JSON text, Liquid
 * allowed inside. Flowbench keeps the two as `mutation` and `variables`.
 * The mutation's payload is readable by later steps under the step's
 * variable, named as Flow names it: `sendAdminApiRequest`, numbered when
 * repeated (`sendAdminApiRequest1`), typed per mutation (adminApiPayloads.ts).
 *
 * Judgement calls (docs/flow-language.md): a mutation the sandbox does not
 * simulate is a warning, not an error, since Flow itself would run it (the
 * workflow stays valid and exportable; a run in the sandbox fails and lists
 * the supported ones). Variables that are not a JSON object are an error,
 * as Flow refuses them.
 */
import type { Draft } from 'immer';
import { z } from 'zod';
import { ADMIN_MUTATION_NAMES, isSupportedMutation } from '../../shopify/adminMutations';
import { newId } from '../ids';
import { indexOfKind } from '../operationError';
import type { Problem } from '../problems';
import { ADMIN_API_NAME, adminPayloadShape } from './adminApiPayloads';
import { variablesProblemText } from './adminApiVariablesText';
import { parsedChecks } from './parsedChecks';
import { NO_ARGS, type Position, type StepKindDefinition, StepId, type StepsDoc, operation, stepBase, diffOf } from './base';
import { VariableName } from './getData';
import { liquidTextsOf, refuseTooLong, textFieldProblems, tooLongOnImport } from './textFields';

/** The most characters of a mutation's name (Shopify's longest are under 60; room for a pasted document to be reported, not refused). */
export const MAX_MUTATION_CHARS = 1000;

export const AdminApiStep = z.strictObject({
  ...stepBase,
  kind: z.literal('adminApi'),
  /** The mutation's name only, like `tagsAdd` (Flow's `api_call.name`). */
  mutation: z.string().max(MAX_MUTATION_CHARS),
  /** Its variables: JSON text of an object, may hold Liquid (Flow's `api_call.blob`). */
  variables: z.string(),
  /** The name later steps read the response by (`sendAdminApiRequest`...). */
  variable: VariableName,
});
export type AdminApiStep = z.infer<typeof AdminApiStep>;

/** Flow's name of the step's variable, before numbering. */
export const ADMIN_API_VARIABLE = 'sendAdminApiRequest';

/** Changes the mutation's name, its variables, or both at once (one entry in the history). */
export const UpdateAdminApi = operation('updateAdminApi', {
  id: StepId,
  mutation: z.string().max(MAX_MUTATION_CHARS).optional(),
  variables: z.string().optional(),
});

const updateAdminApi = {
  schema: UpdateAdminApi,
  plan(doc: StepsDoc, op: z.output<typeof UpdateAdminApi>) {
    const index = indexOfKind(doc, op.id, 'adminApi', 'only Send Admin API request steps have a mutation');
    if (op.variables !== undefined) refuseTooLong('variables', op.variables, (doc.steps[index] as AdminApiStep).variables.length);
    return (draft: { steps: unknown[] }) => {
      const d = draft.steps[index] as Draft<AdminApiStep>;
      if (op.mutation !== undefined) d.mutation = op.mutation;
      if (op.variables !== undefined) d.variables = op.variables;
    };
  },
};

/** The variables field as its checks and the inspector describe it. */
export const ADMIN_API_VARIABLES = { key: 'variables', label: { en: 'Mutation variables (JSON)', pl: 'Zmienne mutacji (JSON)' }, required: false } as const;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const GRAPHQL = /\bmutation\b|[{}()$:@]/;

/** The problems of the mutation's name: blank, GraphQL instead of a name, not a name, not simulated. */
function mutationProblems(step: AdminApiStep): Problem[] {
  const at = { stepId: step.id, field: 'mutation' };
  const name = step.mutation.trim();
  const supported = ADMIN_MUTATION_NAMES.join(', ');
  if (name === '') {
    return [{ ...at, severity: 'error', code: 'adminapi-mutation-empty', params: { supported }, message: `Choose the mutation to send, like tagsAdd. The sandbox runs ${supported}.` }];
  }
  if (GRAPHQL.test(name)) {
    return [{ ...at, severity: 'error', code: 'adminapi-mutation-name', variant: 'graphql', params: {}, message: 'Give only the mutation\'s name, like tagsAdd: no "mutation" keyword and no GraphQL. Its variables go in the JSON below.' }];
  }
  if (!IDENTIFIER.test(name)) {
    return [{ ...at, severity: 'error', code: 'adminapi-mutation-name', variant: 'chars', params: { mutation: name }, message: `"${name}" is not a mutation's name: use letters, digits and "_", like tagsAdd.` }];
  }
  if (!isSupportedMutation(name)) {
    return [
      {
        ...at,
        severity: 'warning',
        code: 'adminapi-mutation-unsupported',
        params: { mutation: name, supported },
        message: `The sandbox does not simulate ${name}, so a run here fails at this step (Shopify Flow would send it). The sandbox runs ${supported}.`,
      },
    ];
  }
  return [];
}

export const adminApiKind = {
  kind: 'adminApi',
  schema: AdminApiStep,
  ports: ['next'],
  portLabels: {},
  acceptsLinks: true,
  label: 'Send Admin API request',
  args: NO_ARGS,
  placeholder: {},
  create: (_args, position, id = newId('admin')) => ({ id, kind: 'adminApi', mutation: '', variables: '', variable: ADMIN_API_VARIABLE, position, note: '' }),
  offered: () => true,
  appsUsed: () => [],
  describe: () => ({ appName: 'Shopify', title: ADMIN_API_NAME.en }),
  diff: diffOf<AdminApiStep>('mutation', 'variables', 'variable'),
  validate(step, ctx, facts) {
    const problems = mutationProblems(step);
    const fieldProblems = textFieldProblems(step.id, ADMIN_API_VARIABLES, step.variables, ctx, facts);
    problems.push(...fieldProblems);
    const json = fieldProblems.length === 0 ? parsedChecks().variablesProblem(step.variables) : undefined;
    if (json) {
      problems.push({
        severity: 'error',
        stepId: step.id,
        field: 'variables',
        code: 'adminapi-variables-json',
        variant: json.variant,
        params: 'line' in json ? { line: json.line, column: json.column } : {},
        message: variablesProblemText(json),
      });
    }
    return problems;
  },
  output: (step) => ({ name: step.variable, label: ADMIN_API_NAME, shape: adminPayloadShape(step.mutation.trim()) }),
  liquidTexts: (step) => liquidTextsOf([step.variables]),
  checkAdded: (step) => refuseTooLong('variables', step.variables),
  importProblems: (raw) => tooLongOnImport(['variables'], raw.variables),
  operations: [updateAdminApi],
} as const satisfies StepKindDefinition<typeof AdminApiStep, object>;

/** A new Send Admin API request step (shorthand for `adminApiKind.create`), with a mutation and variables if given. */
export function adminApiStep(position: Position, mutation = '', variables = '', id?: string): AdminApiStep {
  return { ...adminApiKind.create({}, position, id), mutation, variables };
}
