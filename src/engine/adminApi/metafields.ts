/**
 * Metafields through the Admin API: `metafieldsSet` (up to 25 metafields on
 * orders, customers, products or draft orders, all or nothing) and the
 * `metafields` input of the *Update mutations. A metafield is created or,
 * when its namespace and key exist, updated; its type may be left out only
 * when it exists. Errors carry Shopify's codes (BLANK, INVALID_TYPE,
 * INVALID_VALUE, INVALID, LESS_THAN_OR_EQUAL_TO).
 */
import { z } from 'zod';
import { METAFIELD_TYPES, MetafieldKey, MetafieldNamespace, type MetafieldRecord, type MetafieldType, metafieldValueProblem } from '../../domain/shopify/metafields';
import { OBJECT_TYPES } from '../../domain/shopify/objectTypes';
import { type MutationHandler, type Owner, type Rec, type UserError, findOwner, isUserError, zodUserErrors } from './common';

/** One metafield input, as `metafieldsSet` and the *Update mutations take it. */
export const MetafieldInput = z.object({
  namespace: MetafieldNamespace,
  key: MetafieldKey,
  type: z.string().optional(),
  value: z.string({ error: 'is required: the value as text' }),
});
export type MetafieldInput = z.infer<typeof MetafieldInput>;

function metafieldsOf(record: Rec): MetafieldRecord[] {
  return Array.isArray(record.metafields) ? (record.metafields as MetafieldRecord[]) : [];
}

/**
 * Applies metafield inputs to a record's metafields: the new list, or the
 * userErrors (under `field`, one per faulty input) and nothing changed.
 */
export function applyMetafields(
  record: Rec,
  inputs: readonly MetafieldInput[],
  field: (i: number) => string[],
): { ok: true; metafields: MetafieldRecord[] } | { ok: false; errors: UserError[] } {
  const list = [...metafieldsOf(record)];
  const errors: UserError[] = [];
  inputs.forEach((input, i) => {
    const at = list.findIndex((m) => m.namespace === input.namespace && m.key === input.key);
    const type = input.type ?? list[at]?.type;
    if (type === undefined) return errors.push({ field: [...field(i), 'type'], message: 'type can’t be blank for a new metafield', code: 'BLANK' });
    if (!(METAFIELD_TYPES as readonly string[]).includes(type)) {
      return errors.push({ field: [...field(i), 'type'], message: `"${type}" is not a metafield type the sandbox supports (${METAFIELD_TYPES.join(', ')})`, code: 'INVALID_TYPE' });
    }
    const problem = metafieldValueProblem(type as MetafieldType, input.value);
    if (problem) return errors.push({ field: [...field(i), 'value'], message: `value ${problem}`, code: 'INVALID_VALUE' });
    const next: MetafieldRecord = { namespace: input.namespace, key: input.key, type: type as MetafieldType, value: input.value };
    if (at >= 0) list[at] = next;
    else list.push(next);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, metafields: list };
}

/** Most metafields one metafieldsSet call may set (Shopify's limit). */
export const MAX_METAFIELDS_PER_CALL = 25;

const SetVariables = z.strictObject({
  metafields: z
    .array(MetafieldInput.extend({ ownerId: z.string({ error: 'is required: the global ID of the owner' }) }), { error: 'is required: a list of metafields' })
    .min(1, 'give at least one metafield')
    .max(MAX_METAFIELDS_PER_CALL, `at most ${MAX_METAFIELDS_PER_CALL} metafields per call`),
});

const OWNERS = ['order', 'customer', 'product', 'draft_order'] as const;

export const metafieldsSet: MutationHandler = (variables, { shopify, now }) => {
  const fail = (userErrors: UserError[]) => ({ metafields: null, userErrors });
  const parsed = SetVariables.safeParse(variables);
  if (!parsed.success) return fail(zodUserErrors(parsed.error).map((e) => ({ ...e, code: 'INVALID' })));
  const owners = new Map<string, { owner: Owner; record: Rec }>();
  const ownerOf: string[] = [];
  const errors: UserError[] = [];
  parsed.data.metafields.forEach((input, i) => {
    const found = findOwner(shopify, input.ownerId, OWNERS, ['metafields', String(i), 'ownerId']);
    if (isUserError(found)) return errors.push({ ...found, code: 'INVALID' });
    ownerOf[i] = found.gid;
    const entry = owners.get(found.gid) ?? { owner: found, record: found.record };
    const applied = applyMetafields(entry.record, [input], () => ['metafields', String(i)]);
    if (!applied.ok) return errors.push(...applied.errors);
    owners.set(found.gid, { owner: found, record: { ...entry.record, metafields: applied.metafields } });
  });
  if (errors.length > 0) return fail(errors);
  for (const { owner, record } of owners.values()) shopify.upsert(owner.resource, owner.id, { metafields: record.metafields, updated_at: now });
  return {
    metafields: parsed.data.metafields.map((m, i) => {
      const { owner, record } = owners.get(ownerOf[i]!)!;
      const set = metafieldsOf(record).find((x) => x.namespace === m.namespace && x.key === m.key)!;
      return { ...set, ownerType: OBJECT_TYPES[owner.object].graphqlType.toUpperCase(), updatedAt: now };
    }),
    userErrors: [],
  };
};
