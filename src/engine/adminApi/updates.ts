/**
 * `orderUpdate`, `customerUpdate` and `productUpdate` (Admin API) on the
 * store data. Each takes its input object (`input`; productUpdate also
 * `product`, its name since API version 2024-10) with the object's global id
 * and the fields to overwrite, in GraphQL's camelCase names; `tags`
 * overwrites the tags and `metafields` adds or updates metafields, as in
 * Shopify. Fields Shopify has but the sandbox does not keep are refused with
 * a userError saying so. The payload names the updated object in GraphQL's
 * words (`{ order: { id, name, note, tags, … }, userErrors }`).
 */
import { z } from 'zod';
import { CustomerRecord, OrderRecord, PRODUCT_STATUSES, ProductRecord, Tags } from '../../domain/shopify/records';
import { splitTags } from '../../domain/shopify/tags';
import { type MutationHandler, type Rec, type UserError, findOwner, isUserError, zodUserErrors } from './common';
import { MetafieldInput, applyMetafields } from './metafields';

/** One input field the sandbox keeps: the record key it writes, and how its value is read and checked. */
interface InputField {
  key: string;
  schema: z.ZodType;
}

interface UpdateSpec {
  object: 'order' | 'customer' | 'product';
  /** The GraphQL input type's name, for messages. */
  inputType: string;
  /** Argument names that carry the input, preferred first. */
  arguments: readonly string[];
  fields: Readonly<Record<string, InputField>>;
  /** Real fields of the input type that the sandbox does not keep. */
  notSimulated: readonly string[];
  /** The payload's object in GraphQL's words. */
  view(record: Rec, gid: string): Rec;
}

const tags: InputField = { key: 'tags', schema: z.preprocess((v) => splitTags(v) ?? v, Tags) };
const note: InputField = { key: 'note', schema: z.string() };

const SPECS: Record<'orderUpdate' | 'customerUpdate' | 'productUpdate', UpdateSpec> = {
  orderUpdate: {
    object: 'order',
    inputType: 'OrderInput',
    arguments: ['input'],
    fields: { note, tags, email: { key: 'email', schema: OrderRecord.shape.email } },
    notSimulated: ['customAttributes', 'shippingAddress', 'poNumber', 'phone', 'localizedFields', 'localizationExtensions'],
    view: (r, id) => ({ id, name: r.name, email: r.email, note: r.note, tags: r.tags, updatedAt: r.updated_at }),
  },
  customerUpdate: {
    object: 'customer',
    inputType: 'CustomerInput',
    arguments: ['input'],
    fields: {
      note,
      tags,
      email: { key: 'email', schema: CustomerRecord.shape.email },
      firstName: { key: 'first_name', schema: CustomerRecord.shape.first_name },
      lastName: { key: 'last_name', schema: CustomerRecord.shape.last_name },
      phone: { key: 'phone', schema: CustomerRecord.shape.phone },
    },
    notSimulated: ['addresses', 'emailMarketingConsent', 'smsMarketingConsent', 'locale', 'taxExempt', 'taxExemptions'],
    view: (r, id) => ({ id, email: r.email, firstName: r.first_name, lastName: r.last_name, phone: r.phone, note: r.note, tags: r.tags, updatedAt: r.updated_at }),
  },
  productUpdate: {
    object: 'product',
    inputType: 'ProductUpdateInput',
    arguments: ['product', 'input'],
    fields: {
      tags,
      title: { key: 'title', schema: ProductRecord.shape.title },
      vendor: { key: 'vendor', schema: ProductRecord.shape.vendor },
      productType: { key: 'product_type', schema: ProductRecord.shape.product_type },
      handle: { key: 'handle', schema: ProductRecord.shape.handle },
      status: { key: 'status', schema: z.preprocess((v) => (typeof v === 'string' ? v.toLowerCase() : v), z.enum(PRODUCT_STATUSES)) },
    },
    notSimulated: ['descriptionHtml', 'seo', 'productOptions', 'collectionsToJoin', 'collectionsToLeave', 'templateSuffix', 'giftCard', 'requiresSellingPlan', 'category', 'redirectNewHandle', 'combinedListingRole'],
    view: (r, id) => ({ id, title: r.title, handle: r.handle, vendor: r.vendor, productType: r.product_type, status: String(r.status).toUpperCase(), tags: r.tags, updatedAt: r.updated_at }),
  },
};

function updateMutation(name: keyof typeof SPECS): MutationHandler {
  const spec = SPECS[name];
  return (variables, { shopify, now }) => {
    const fail = (userErrors: UserError[]) => ({ [spec.object]: null, userErrors });
    const argument = spec.arguments.find((a) => a in variables) ?? spec.arguments[0]!;
    const input = variables[argument];
    const others = Object.keys(variables).filter((k) => k !== argument);
    if (others.length > 0) return fail(others.map((k) => ({ field: [k], message: `${k} is not an argument of ${name}; put the fields in ${argument}` })));
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return fail([{ field: [argument], message: `${argument} is required: an object like { "id": "gid://shopify/${spec.inputType.replace(/(Update)?Input$/, '')}/123", … }` }]);
    }
    const owner = findOwner(shopify, (input as Rec).id, [spec.object], [argument, 'id']);
    if (isUserError(owner)) return fail([owner]);
    const changes: Rec = {};
    const errors: UserError[] = [];
    for (const [field, value] of Object.entries(input as Rec)) {
      const path = [argument, field];
      if (field === 'id') continue;
      if (field === 'metafields') {
        const list = z.array(MetafieldInput).safeParse(value);
        if (!list.success) {
          errors.push(...zodUserErrors(list.error, path));
          continue;
        }
        const applied = applyMetafields({ ...owner.record, ...changes }, list.data, (i) => [...path, String(i)]);
        if (applied.ok) changes.metafields = applied.metafields;
        else errors.push(...applied.errors);
      } else if (Object.hasOwn(spec.fields, field)) {
        const { key, schema } = spec.fields[field]!;
        const parsed = schema.safeParse(value);
        if (parsed.success) changes[key] = parsed.data;
        else errors.push(...zodUserErrors(parsed.error, path));
      } else if (spec.notSimulated.includes(field)) {
        errors.push({ field: path, message: `${field} is not simulated: the sandbox keeps ${[...Object.keys(spec.fields), 'metafields'].join(', ')}` });
      } else {
        errors.push({ field: path, message: `${field} is not a field of ${spec.inputType}` });
      }
    }
    if (errors.length > 0) return fail(errors);
    const updated = { ...owner.record, ...changes, updated_at: now };
    shopify.upsert(owner.resource, owner.id, { ...changes, updated_at: now });
    return { [spec.object]: spec.view(updated, owner.gid), userErrors: [] };
  };
}

export const orderUpdate = updateMutation('orderUpdate');
export const customerUpdate = updateMutation('customerUpdate');
export const productUpdate = updateMutation('productUpdate');
