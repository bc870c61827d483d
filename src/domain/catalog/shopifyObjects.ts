/**
 * The Shopify objects a trigger's reference fields point to (customer, order,
 * product) in the catalog's flat view: the attributes holding values (scalars
 * and lists of text) that conditions, Liquid and the variable picker read as
 * `customer.<key>`, with their types and sample values.
 *
 * The source of truth is the Shopify data model (domain/shopify/model.ts),
 * which also has references and lists of objects (an order's line items and
 * their products); this module derives its view from it and keeps the API
 * its callers already use.
 *
 * Timestamps (`created_at`) are ISO 8601 text, as in the trigger manifests:
 * the catalog has no date type, so they are compared as text.
 */
import type { LocalizedText } from './manifest';
import type { FieldFormat, ReferenceResource } from './fieldTypes';
import type { DataType } from './dataTypes';
import { OBJECT_TYPES } from '../shopify/objectTypes';
import { sampleObject as modelSample } from '../shopify/samples';

export { TEXT_LIST, type DataType, checkDataValue, isListType } from './dataTypes';

/** One readable attribute of a Shopify object. */
export interface ObjectAttribute {
  /** snake_case key: `customer.<key>` in conditions and Liquid. */
  readonly key: string;
  readonly label: LocalizedText;
  readonly type: DataType;
  readonly format?: FieldFormat;
  /** The value sample data uses; valid for `type`. */
  readonly sample: unknown;
}

export interface ShopifyObjectDef {
  readonly resource: ReferenceResource;
  readonly label: LocalizedText;
  readonly attributes: readonly ObjectAttribute[];
}

function flatView(resource: ReferenceResource): ShopifyObjectDef {
  const def = OBJECT_TYPES[resource];
  const sample = modelSample(resource);
  const attributes: ObjectAttribute[] = [];
  for (const a of def.attributes) {
    if (a.type.kind !== 'value') continue;
    const { type, format } = a.type;
    attributes.push({ key: a.key, label: a.label, type, sample: sample[a.key], ...(format ? { format } : {}) });
  }
  return { resource, label: def.label, attributes };
}

/** Every Shopify object a trigger can reference, by resource (value attributes only). */
export const SHOPIFY_OBJECTS: Readonly<Record<ReferenceResource, ShopifyObjectDef>> = {
  customer: flatView('customer'),
  order: flatView('order'),
  product: flatView('product'),
};

/** The attribute `key` of a resource, or undefined when it has none. */
export function findAttribute(resource: ReferenceResource, key: string): ObjectAttribute | undefined {
  return SHOPIFY_OBJECTS[resource].attributes.find((a) => a.key === key);
}

/**
 * A sample object of the resource, as a run reads it (the model's sample,
 * with its lists: an order's line items with their products).
 * `overrides` replaces values (e.g. `{ id: '42' }` to match a trigger's sample payload).
 * A fresh copy, so callers may change the result.
 */
export function sampleObject(
  resource: ReferenceResource,
  overrides: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  return modelSample(resource, overrides);
}
