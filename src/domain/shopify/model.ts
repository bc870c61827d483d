/**
 * The Shopify data model: the object types a workflow reads (customer,
 * order, line item, product, variant, draft order, shop, metafield), each
 * attribute typed with the catalog's field types, plus three kinds the
 * catalog's flat fields lack: a list of text (tags), a reference to another
 * object (a line item's product, an order's customer) and a list of objects
 * (an order's line items, a customer's orders, a product's variants).
 *
 * Keys are snake_case, Flowbench's convention for trigger payloads and
 * store records; Flow's camelCase is mapped mechanically elsewhere. The
 * definitions are in objectTypes.ts; this module holds the types and the
 * pure helpers callers use (the type at a path, list attributes, labels).
 * docs/store-data.md describes the model.
 */
import type { LocalizedText } from '../catalog/manifest';
import type { FieldFormat } from '../catalog/fieldTypes';
import { type DataType, isListType } from '../catalog/dataTypes';
import { OBJECT_TYPES, type ObjectTypeName } from './objectTypes';

export { OBJECT_TYPES, OBJECT_TYPE_NAMES, type ObjectTypeName } from './objectTypes';

/**
 * The type of an attribute:
 * - `value`: a catalog field type or a list of text (`list.single_line_text_field`);
 * - `object`: one object of another type (a reference, resolved when read);
 * - `objects`: a list of objects.
 */
export type ShopifyType =
  | { readonly kind: 'value'; readonly type: DataType; readonly format?: FieldFormat }
  | { readonly kind: 'object'; readonly object: ObjectTypeName }
  | { readonly kind: 'objects'; readonly object: ObjectTypeName };

/**
 * Where an attribute's value comes from:
 * - `stored`: kept in the store record as is (the default);
 * - `reference`: looked up by the id the record keeps under `idKey`
 *   (`line_item.product` by `product_id`);
 * - `inverse`: the objects of a collection whose `idKey` names this object
 *   (`customer.orders`: the orders whose `customer_id` is the customer's id);
 * - `derived`: computed when the object is read (`admin_graphql_api_id`).
 */
export type AttributeSource =
  | { readonly kind: 'stored' }
  | { readonly kind: 'reference'; readonly idKey: string }
  | { readonly kind: 'inverse'; readonly idKey: string }
  | { readonly kind: 'derived' };

/** One attribute of an object type. */
export interface AttributeDef {
  /** snake_case key: `order.<key>` in conditions and Liquid. */
  readonly key: string;
  readonly label: LocalizedText;
  readonly type: ShopifyType;
  readonly source: AttributeSource;
}

/** One object type of the model. */
export interface ObjectTypeDef {
  readonly name: ObjectTypeName;
  readonly label: LocalizedText;
  /** The type's name in Shopify's GraphQL Admin API, as in its global ids (`gid://shopify/Order/1`). */
  readonly graphqlType: string;
  readonly attributes: readonly AttributeDef[];
}

/** True when a value of the type is a list: a list of text or a list of objects. */
export function isList(type: ShopifyType): boolean {
  return type.kind === 'objects' || (type.kind === 'value' && isListType(type.type));
}

/** The attribute `key` of an object type, or undefined when it has none. */
export function attributeOf(object: ObjectTypeName, key: string): AttributeDef | undefined {
  return OBJECT_TYPES[object].attributes.find((a) => a.key === key);
}

/** The attributes of an object type whose values are lists (tags, line items, variants, orders, metafields). */
export function listAttributes(object: ObjectTypeName): AttributeDef[] {
  return OBJECT_TYPES[object].attributes.filter((a) => isList(a.type));
}

/** The attributes a store record keeps (source `stored`), in model order. */
export function storedAttributes(object: ObjectTypeName): AttributeDef[] {
  return OBJECT_TYPES[object].attributes.filter((a) => a.source.kind === 'stored');
}

/** What a path resolves to from a root object type. */
export interface ResolvedPath {
  /** The type of the value at the end of the path. */
  readonly type: ShopifyType;
  /** The attribute at the end of the path. */
  readonly attribute: AttributeDef;
  /** The object type that attribute belongs to. */
  readonly owner: ObjectTypeName;
  /**
   * The prefixes of the path that are lists crossed on the way (`['line_items']`
   * for `line_items.product.tags`): a condition must iterate them (a list
   * quantifier) before it can compare anything. The end itself is not counted.
   */
  readonly listsCrossed: readonly string[];
  /** The English and Polish label of each segment, for a picker ("Line items › Product › Tags"). */
  readonly labels: readonly LocalizedText[];
}

/**
 * Resolves a dotted path (`line_items.product.tags`) from a root object type,
 * walking into referenced objects and through lists of objects. Undefined when
 * a segment is not an attribute, or a path continues past a value.
 */
export function resolvePath(root: ObjectTypeName, path: string): ResolvedPath | undefined {
  const segments = path.split('.');
  if (segments.some((s) => s === '')) return undefined;
  let owner = root;
  const listsCrossed: string[] = [];
  const labels: LocalizedText[] = [];
  for (let i = 0; i < segments.length; i++) {
    const attribute = attributeOf(owner, segments[i]!);
    if (!attribute) return undefined;
    labels.push(attribute.label);
    const last = i === segments.length - 1;
    if (last) return { type: attribute.type, attribute, owner, listsCrossed, labels };
    if (attribute.type.kind === 'value') return undefined;
    if (attribute.type.kind === 'objects') listsCrossed.push(segments.slice(0, i + 1).join('.'));
    owner = attribute.type.object;
  }
  return undefined;
}

/**
 * The type at a path from a root object type: `typeAt('order', 'line_items.product.tags')`
 * is a list of text. Undefined when the path does not exist (see {@link resolvePath}).
 */
export function typeAt(root: ObjectTypeName, path: string): ShopifyType | undefined {
  return resolvePath(root, path)?.type;
}

/** The label of an object type or of one of its attributes, in the language asked (`en` or `pl`). */
export function labelOf(object: ObjectTypeName, key?: string, language: keyof LocalizedText = 'en'): string | undefined {
  const text = key === undefined ? OBJECT_TYPES[object].label : attributeOf(object, key)?.label;
  return text?.[language];
}
