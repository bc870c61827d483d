/**
 * The shape of what a workflow can read: a value (a catalog field type, or a
 * list of text), a Shopify object or a list of them (domain/shopify), a
 * record of named fields (a trigger's payload, Run code's output) or a list
 * of records, or JSON nobody typed (an Admin API response). Variables
 * (scope.ts) have shapes; paths like `order.line_items.product.tags` are
 * resolved through them, with the lists they cross, so a condition knows it
 * must iterate `order.line_items` before it compares anything, and Liquid
 * knows `{{ order.line_items.title }}` reads nothing.
 */
import type { DataType } from '../catalog/dataTypes';
import { isListType } from '../catalog/dataTypes';
import type { FieldFormat } from '../catalog/fieldTypes';
import type { LocalizedText } from '../catalog/manifest';
import { OBJECT_TYPES, type ObjectTypeName, type ShopifyType } from '../shopify/model';

export type Shape =
  | { readonly kind: 'value'; readonly type: DataType; readonly format?: FieldFormat }
  | { readonly kind: 'object'; readonly object: ObjectTypeName }
  | { readonly kind: 'objects'; readonly object: ObjectTypeName }
  | { readonly kind: 'record'; readonly fields: readonly ShapeField[] }
  | { readonly kind: 'records'; readonly fields: readonly ShapeField[] }
  | { readonly kind: 'json' };

/** A named member of an object or a record. */
export interface ShapeField {
  readonly key: string;
  readonly label: LocalizedText;
  readonly shape: Shape;
}

/** A Shopify model type as a shape (the model's three kinds are shapes already). */
export function shapeOfShopifyType(type: ShopifyType): Shape {
  return type;
}

const memberCache = new Map<ObjectTypeName, readonly ShapeField[]>();

/** The members of a shape: an object's attributes, a record's fields; none for values, lists and JSON. */
export function membersOf(shape: Shape): readonly ShapeField[] {
  if (shape.kind === 'record') return shape.fields;
  if (shape.kind !== 'object') return [];
  let members = memberCache.get(shape.object);
  if (!members) {
    members = OBJECT_TYPES[shape.object].attributes.map((a) => ({ key: a.key, label: a.label, shape: shapeOfShopifyType(a.type) }));
    memberCache.set(shape.object, members);
  }
  return members;
}

/** The member `key` of a shape, if it has one (own members only: `constructor` is not a member of anything). */
export function memberOf(shape: Shape, key: string): ShapeField | undefined {
  return membersOf(shape).find((m) => m.key === key);
}

/** True for lists: of objects, of records, of text. */
export function isListShape(shape: Shape): boolean {
  return shape.kind === 'objects' || shape.kind === 'records' || (shape.kind === 'value' && isListType(shape.type));
}

/** The shape of one item of a list shape; undefined for anything that is not a list. */
export function itemShape(shape: Shape): Shape | undefined {
  if (shape.kind === 'objects') return { kind: 'object', object: shape.object };
  if (shape.kind === 'records') return { kind: 'record', fields: shape.fields };
  if (shape.kind === 'value' && isListType(shape.type)) return { kind: 'value', type: 'single_line_text_field' };
  return undefined;
}

/** True for a single value a condition can compare (text, a number, a reference...), not a list. */
export function isScalarShape(shape: Shape): shape is Extract<Shape, { kind: 'value' }> {
  return shape.kind === 'value' && !isListType(shape.type);
}

/** A stable text of a shape, for comparing scopes (two scopes with the same variables of the same shapes are the same). */
export function shapeKey(shape: Shape): string {
  switch (shape.kind) {
    case 'value':
      return `v:${shape.type}${shape.format ? `:${shape.format}` : ''}`;
    case 'object':
    case 'objects':
      return `${shape.kind === 'object' ? 'o' : 'O'}:${shape.object}`;
    case 'record':
    case 'records':
      return `${shape.kind === 'record' ? 'r' : 'R'}{${shape.fields.map((f) => `${f.key}=${shapeKey(f.shape)}`).join(',')}}`;
    case 'json':
      return 'j';
  }
}
