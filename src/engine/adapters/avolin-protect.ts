/**
 * Avolin Protect: a trigger-only connector (4 triggers, no actions).
 * Its adapter has no handlers and writes no sandbox collections; it exists so
 * the adapter registry covers the whole catalog.
 */
import type { AppAdapter } from '../types';

export const avolinProtectAdapter: AppAdapter = {
  appId: 'avolin-protect',
  actions: {},
  collections: {},
};
