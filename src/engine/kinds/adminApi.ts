/**
 * Running Send Admin API request: the variables' Liquid is rendered with the
 * run's data, the mutation runs on the chosen store's simulated data
 * (src/engine/adminApi, at the run's simulated time), and its payload is
 * bound to the step's variable for the steps after it, as Flow does
 * (`sendAdminApiRequest.node.id`). The record keeps the request as sent
 * (`rendered`: the mutation and its variables) and Shopify's response
 * (`output`). The step fails, listing why, when the mutation is one the
 * sandbox does not simulate (with the supported ones), when the rendered
 * variables are not a JSON object, or when the response carries userErrors
 * (then nothing was written, as with Shopify).
 */
import { STORE_DATA_APP } from '../../domain/shopify/storeResources';
import { MAX_FIELD_CHARS } from '../../domain/workflow/kinds/textFields';
import { runAdminMutation } from '../adminApi';
import type { UserError } from '../adminApi';
import { toIso } from '../clock';
import { type EngineKind, via } from './types';

/** The variables as sent: the parsed object when the text is JSON, else the text itself. */
function asSent(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function userErrorText(errors: readonly UserError[]): string {
  return errors.map((e) => (e.field && e.field.length > 0 ? `${e.field.join('.')}: ${e.message}` : e.message)).join('; ');
}

export const adminApiRunner: EngineKind<'adminApi'> = {
  kind: 'adminApi',
  async run(step, run) {
    const mutation = step.mutation.trim();
    const record = run.begin(step, { mutation, variables: step.variables });
    if (step.variables.length > MAX_FIELD_CHARS) {
      return run.fail(record, `The variables are ${step.variables.length.toLocaleString('en')} characters long; a field can hold at most ${MAX_FIELD_CHARS.toLocaleString('en')}`);
    }
    const rendered = await run.deps.renderer.render(step.variables, run.data, 'Mutation variables');
    if (!rendered.ok) return run.fail(record, rendered.error);
    record.rendered = { mutation, variables: asSent(rendered.text) };
    const shopify = run.deps.sandbox.forApp(run.run.storeId, STORE_DATA_APP);
    const result = runAdminMutation(shopify, mutation, rendered.text, { now: toIso(run.cursor) });
    if (!result.ok) return run.fail(record, result.error);
    record.output = result.response;
    if (result.userErrors.length > 0) {
      return run.fail(record, `${mutation} answered with user errors, so nothing was changed: ${userErrorText(result.userErrors)}`);
    }
    run.bind(step.variable, result.response[mutation]);
    run.succeed(record);
    return via('next');
  },
  restore(step, record, run) {
    const mutation = step.mutation.trim();
    if (record.output && Object.hasOwn(record.output, mutation)) run.bind(step.variable, record.output[mutation]);
  },
};
