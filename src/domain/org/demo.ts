/**
 * The demo organization a first start creates: four stores as in the seed's
 * example, Flow installed in all, a handful of apps installed in some stores
 * and the loyalty app (LoyaltyLion) in none, so the seed's story can be
 * walked through at once. The stores are in four time zones, so schedules
 * show how a zone moves a firing.
 */
import type { Installation, Organization, Store } from './organization';

/** Which demo store has which apps; setup values are illustrative and not secret. */
const DEMO_INSTALLS: Record<string, string[]> = {
  'store-1': ['slack', 'google-sheets', 'loox', 'asana', 'reviews-io'],
  'store-2': ['slack', 'klaviyo', 'loox'],
  'store-3': ['loox', 'trello', 'typoly'],
  'store-4': ['klaviyo', 'back-in-stock'],
};

export const DEMO_ORGANIZATION_NAME = 'Demo organization';

/** Each demo store's time zone: a spread of zones, two of them with daylight saving on different dates. */
const DEMO_ZONES = ['Europe/Warsaw', 'Europe/Berlin', 'America/New_York', 'UTC'];

/** Builds the demo organization; `now` is the time recorded as creation and installation time. */
export function demoOrganization(now: string): Organization {
  const stores: Store[] = [1, 2, 3, 4].map((n) => ({
    id: `store-${n}`,
    name: `Store ${n}`,
    flowInstalled: true,
    createdAt: now,
    timeZone: DEMO_ZONES[n - 1]!,
  }));
  const installations: Installation[] = Object.entries(DEMO_INSTALLS).flatMap(([storeId, appIds]) =>
    appIds.map((appId) => ({ storeId, appId, installedAt: now, settings: {}, secretsSet: [] })),
  );
  return { name: DEMO_ORGANIZATION_NAME, stores, installations };
}
