/**
 * Shopify's global ids (`gid://shopify/Order/5312894021`): the Admin API
 * names every object this way, while store records and trigger payloads keep
 * the plain number. These helpers turn one into the other for the object
 * types the store data keeps.
 */
import { OBJECT_TYPES, type ObjectTypeName } from './objectTypes';

/** `gidOf('order', '42')` → `gid://shopify/Order/42`. */
export function gidOf(object: ObjectTypeName, id: string): string {
  return `gid://shopify/${OBJECT_TYPES[object].graphqlType}/${id}`;
}

/** A parsed global id: the GraphQL type name, the model's object type when it has one, and the plain id. */
export interface ParsedGid {
  graphqlType: string;
  object?: ObjectTypeName;
  id: string;
}

const GID = /^gid:\/\/shopify\/([A-Za-z]+)\/([1-9]\d*)$/;

/** Parses `gid://shopify/<Type>/<digits>`; undefined for anything else. */
export function parseGid(value: unknown): ParsedGid | undefined {
  if (typeof value !== 'string') return undefined;
  const m = GID.exec(value.trim());
  if (!m) return undefined;
  const graphqlType = m[1]!;
  const object = (Object.keys(OBJECT_TYPES) as ObjectTypeName[]).find((n) => OBJECT_TYPES[n].graphqlType === graphqlType);
  return object ? { graphqlType, object, id: m[2]! } : { graphqlType, id: m[2]! };
}
