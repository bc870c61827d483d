/**
 * Enquire Post-Purchase Surveys: a trigger-only connector (2 triggers, no actions).
 * Its adapter has no handlers and writes no sandbox collections; it exists so
 * the adapter registry covers the whole catalog.
 */
import type { AppAdapter } from '../types';

export const enquireAdapter: AppAdapter = {
  appId: 'enquire',
  actions: {},
  collections: {},
};
