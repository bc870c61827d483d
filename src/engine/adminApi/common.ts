/**
 * What the simulated Admin API mutations share: their result shape (a
 * payload with Shopify's `userErrors`), turning zod issues into userErrors
 * with Shopify-style field paths, and finding the object a global id names
 * in the store data.
 */
import type { z } from 'zod';
import { issueProblems } from '../../domain/zodIssues';
import { parseGid } from '../../domain/shopify/gid';
import { OBJECT_TYPES, type ObjectTypeName } from '../../domain/shopify/objectTypes';
import { OBJECT_RESOURCE, type StoreResource } from '../../domain/shopify/storeResources';
import type { SandboxApi } from '../types';

export type Rec = Record<string, unknown>;

/** Shopify's UserError: the path of the input field at fault (null when none) and a message. */
export interface UserError {
  field: string[] | null;
  message: string;
  /** metafieldsSet's errors also carry a code (BLANK, INVALID_TYPE, INVALID_VALUE…). */
  code?: string;
}

export interface MutationContext {
  /** The store's Shopify sandbox (its store data). */
  shopify: SandboxApi;
  /** The time writes are stamped with (ISO), the run's simulated time. */
  now: string;
}

/** A mutation's payload (`{ node, userErrors }`, `{ order, userErrors }`…); nothing is written when userErrors is not empty. */
export type MutationPayload = Rec & { userErrors: UserError[] };

export type MutationHandler = (variables: Rec, ctx: MutationContext) => MutationPayload;

/** zod issues as userErrors, each naming its field path (numbers as text, as Shopify writes them). */
export function zodUserErrors(error: z.ZodError, prefix: readonly string[] = []): UserError[] {
  const problems = issueProblems(error.issues);
  return error.issues.map((issue, i) => ({
    field: [...prefix, ...issue.path.map(String)],
    message: `${[...prefix, ...issue.path.map(String)].join('.') || 'input'} ${problems[i]!.message}`,
  }));
}

/** The object a global id names, found in the store data. */
export interface Owner {
  object: ObjectTypeName;
  resource: StoreResource;
  id: string;
  gid: string;
  record: Rec;
}

/**
 * Finds the object named by `value` (a global id) among the `allowed` types.
 * Returns a userError (for `field`) when it is not a global id, names a type
 * the simulation does not keep, or names an object the store lacks.
 */
export function findOwner(shopify: SandboxApi, value: unknown, allowed: readonly ObjectTypeName[], field: string[]): Owner | UserError {
  const gid = parseGid(value);
  const kinds = allowed.map((o) => OBJECT_TYPES[o].graphqlType).join(', ');
  if (!gid) {
    return { field, message: `${JSON.stringify(value ?? null)} is not a global ID like gid://shopify/${OBJECT_TYPES[allowed[0]!].graphqlType}/123` };
  }
  if (!gid.object || !allowed.includes(gid.object)) {
    return { field, message: `${gid.graphqlType} is not simulated for this mutation; use the ID of one of: ${kinds}` };
  }
  const resource = OBJECT_RESOURCE[gid.object]!;
  const record = shopify.get(resource, gid.id);
  if (!record) return { field, message: `${gid.graphqlType} does not exist` };
  return { object: gid.object, resource, id: gid.id, gid: `gid://shopify/${gid.graphqlType}/${gid.id}`, record };
}

export function isUserError(value: Owner | UserError): value is UserError {
  return 'message' in value;
}
