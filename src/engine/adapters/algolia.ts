/**
 * Algolia Search & Discovery: a trigger-only connector (3 triggers, no actions).
 * Its adapter has no handlers and writes no sandbox collections; it exists so
 * the adapter registry covers the whole catalog.
 */
import type { AppAdapter } from '../types';

export const algoliaAdapter: AppAdapter = {
  appId: 'algolia',
  actions: {},
  collections: {},
};
