/**
 * REVIEWS.io: a trigger-only connector (8 triggers, no actions).
 * Its adapter has no handlers and writes no sandbox collections; it exists so
 * the adapter registry covers the whole catalog.
 */
import type { AppAdapter } from '../types';

export const reviewsIoAdapter: AppAdapter = {
  appId: 'reviews-io',
  actions: {},
  collections: {},
};
