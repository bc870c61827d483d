/**
 * Bulk Discounts: a trigger-only connector (1 trigger, no actions).
 * Its adapter has no handlers and writes no sandbox collections; it exists so
 * the adapter registry covers the whole catalog.
 */
import type { AppAdapter } from '../types';

export const bulkDiscountsAdapter: AppAdapter = {
  appId: 'bulk-discounts',
  actions: {},
  collections: {},
};
