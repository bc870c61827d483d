/**
 * Loox – Photo Reviews: a trigger-only connector (1 trigger, no actions).
 * Its adapter has no handlers and writes no sandbox collections; it exists so
 * the adapter registry covers the whole catalog.
 */
import type { AppAdapter } from '../types';

export const looxAdapter: AppAdapter = {
  appId: 'loox',
  actions: {},
  collections: {},
};
