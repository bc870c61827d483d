/**
 * "Send Admin API request" against the store data: a mutation name and its
 * variables (Flow's `api_call` is `{ name, blob }`, the blob being the
 * variables as JSON text), run on the store's simulated records, answered
 * with a payload shaped like Shopify's. The mutations the sandbox supports
 * are listed in SUPPORTED_ADMIN_MUTATIONS; any other name is refused with a
 * message that lists them. docs/store-data.md describes each.
 *
 * Bad input inside the variables (a missing id, an object the store lacks,
 * a tag too long) comes back as the payload's `userErrors`, as from Shopify,
 * and then nothing is written. Variables that are not a JSON object at all
 * fail the call itself.
 */
import { ADMIN_MUTATION_NAMES, type AdminMutationName } from '../../domain/shopify/adminMutations';
import type { SandboxApi } from '../types';
import type { MutationHandler, UserError } from './common';
import { metafieldsSet } from './metafields';
import { tagsAdd, tagsRemove } from './tags';
import { customerUpdate, orderUpdate, productUpdate } from './updates';

export type { UserError } from './common';

/** One handler per supported name (domain/shopify/adminMutations.ts): a missing or extra one is a compile error. */
const MUTATIONS: Readonly<Record<AdminMutationName, MutationHandler>> = {
  tagsAdd,
  tagsRemove,
  orderUpdate,
  customerUpdate,
  productUpdate,
  metafieldsSet,
};

/** The Admin API mutations the sandbox simulates. */
export const SUPPORTED_ADMIN_MUTATIONS: readonly string[] = ADMIN_MUTATION_NAMES;

export type AdminMutationResult =
  | {
      ok: true;
      /** Shopify's response data: `{ [mutation name]: payload }`, e.g. `{ tagsAdd: { node: { id }, userErrors: [] } }`. */
      response: Record<string, unknown>;
      /** The payload's userErrors (also inside `response`); when any, nothing was written. */
      userErrors: UserError[];
    }
  | { ok: false; code: 'unsupported-mutation' | 'invalid-variables'; error: string };

/** The variables as an object: given as one, or as JSON text of one (Flow's blob). */
function readVariables(variables: unknown): Record<string, unknown> | string {
  let value = variables;
  if (typeof variables === 'string') {
    if (variables.trim() === '') return {};
    try {
      value = JSON.parse(variables);
    } catch (error) {
      return `The variables are not valid JSON: ${error instanceof Error ? error.message : String(error)}.`;
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'The variables must be a JSON object, like {"id": "gid://shopify/Order/1", "tags": ["vip"]}.';
  }
  return value as Record<string, unknown>;
}

/**
 * Runs one Admin API mutation on a store's data (`shopify`: the store's
 * Shopify sandbox). `variables` is an object or its JSON text; `now` stamps
 * `updated_at` on what changes. Pure over the sandbox: no clock, no network.
 */
export function runAdminMutation(
  shopify: SandboxApi,
  name: string,
  variables: unknown,
  options: { now: string },
): AdminMutationResult {
  const mutation = name.trim();
  const handler = Object.hasOwn(MUTATIONS, mutation) ? MUTATIONS[mutation as AdminMutationName] : undefined;
  if (!handler) {
    return {
      ok: false,
      code: 'unsupported-mutation',
      error: `"${mutation}" is not a mutation the sandbox supports. Supported: ${SUPPORTED_ADMIN_MUTATIONS.join(', ')}.`,
    };
  }
  const vars = readVariables(variables);
  if (typeof vars === 'string') return { ok: false, code: 'invalid-variables', error: vars };
  const payload = handler(vars, { shopify, now: options.now });
  return { ok: true, response: { [mutation]: payload }, userErrors: payload.userErrors };
}
