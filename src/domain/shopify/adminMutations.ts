/**
 * The Admin API mutations the sandbox simulates, by name. The names live in
 * the domain so that static validation can warn about a mutation the
 * sandbox would refuse, and the inspector can offer them; the engine's
 * handlers (src/engine/adminApi) are a record keyed by exactly these names,
 * so a name without a handler, or a handler without a name, fails to
 * compile. The order is the order messages list them in.
 */

export const ADMIN_MUTATION_NAMES = ['tagsAdd', 'tagsRemove', 'orderUpdate', 'customerUpdate', 'productUpdate', 'metafieldsSet'] as const;

export type AdminMutationName = (typeof ADMIN_MUTATION_NAMES)[number];

/** True for a mutation the sandbox simulates (own names only: `constructor` is none). */
export function isSupportedMutation(name: string): name is AdminMutationName {
  return (ADMIN_MUTATION_NAMES as readonly string[]).includes(name);
}

/** An example of each mutation's variables, for the inspector's placeholder and the docs. */
export const ADMIN_MUTATION_EXAMPLES: Readonly<Record<AdminMutationName, string>> = {
  tagsAdd: '{\n  "id": "{{ order.admin_graphql_api_id }}",\n  "tags": ["vip"]\n}',
  tagsRemove: '{\n  "id": "{{ order.admin_graphql_api_id }}",\n  "tags": ["vip"]\n}',
  orderUpdate: '{\n  "input": {\n    "id": "{{ order.admin_graphql_api_id }}",\n    "note": "Checked by the workflow"\n  }\n}',
  customerUpdate: '{\n  "input": {\n    "id": "{{ customer.admin_graphql_api_id }}",\n    "note": "Prefers e-mail"\n  }\n}',
  productUpdate: '{\n  "product": {\n    "id": "{{ product.admin_graphql_api_id }}",\n    "status": "DRAFT"\n  }\n}',
  metafieldsSet:
    '{\n  "metafields": [\n    {\n      "ownerId": "{{ customer.admin_graphql_api_id }}",\n      "namespace": "custom",\n      "key": "loyalty_points",\n      "type": "number_integer",\n      "value": "100"\n    }\n  ]\n}',
};
