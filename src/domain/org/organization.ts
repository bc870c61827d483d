/**
 * The organization model: stores, each with its own copy of the Flow app (or
 * not), and the apps installed in each store with their setup values.
 * Secret setup values (API keys, tokens) are never part of this model: it
 * only records which secrets are set. Their values live in a separate store
 * so that nothing built from the organization can leak them.
 */
import { z } from 'zod';
import { Slug } from '../catalog/text';
import { SafeRecord } from '../ownKeys';
import { isTimeZone } from '../time/zoneName';

export const ORG_SCHEMA_VERSION = 1;

export const StoreName = z
  .string()
  .trim()
  .min(1, 'a store needs a name')
  .max(80, 'a store name can be at most 80 characters');

/** A store's IANA time zone ("Europe/Warsaw", "UTC"): the zone its connector schedules run in. */
export const StoreTimeZone = z
  .string()
  .refine(isTimeZone, { error: (issue) => `${JSON.stringify(issue.input)} is not a time zone: use an IANA name such as "Europe/Warsaw" or "UTC"` });

/** The zone of stores made before stores had one: their schedules always ran in UTC. */
export const DEFAULT_STORE_TIME_ZONE = 'UTC';

export const Store = z.strictObject({
  id: z.string().min(1),
  name: StoreName,
  /** Whether this store has its own copy of the Flow app. */
  flowInstalled: z.boolean(),
  createdAt: z.string(),
  timeZone: StoreTimeZone,
});
export type Store = z.infer<typeof Store>;

export const Installation = z.strictObject({
  storeId: z.string().min(1),
  appId: Slug,
  installedAt: z.string(),
  /** Non-secret setup values by setup field key. */
  settings: SafeRecord(z.string()),
  /** Keys of secret setup fields that have a value (the values are stored apart). */
  secretsSet: z.array(z.string()),
});
export type Installation = z.infer<typeof Installation>;

export const Organization = z.strictObject({
  name: z.string().trim().min(1),
  stores: z.array(Store),
  installations: z.array(Installation),
});
export type Organization = z.infer<typeof Organization>;

export function findStore(org: Organization, storeId: string): Store | undefined {
  return org.stores.find((s) => s.id === storeId);
}

export function findInstallation(org: Organization, storeId: string, appId: string): Installation | undefined {
  return org.installations.find((i) => i.storeId === storeId && i.appId === appId);
}
