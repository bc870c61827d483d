/**
 * What the editor and the canvas show of "Test with sample data" (dryRun.ts
 * runs it): the latest result and the test run shown on the canvas. Apart
 * from dryRun.ts so that showing a result does not load the engine: the
 * editor imports this module, and dryRun.ts only when a test is asked for.
 */
import { create } from 'zustand';
import type { RunRecord } from '../../engine/types';

export interface DryRunState {
  run: RunRecord | undefined;
  running: boolean;
  error?: string;
  clear(): void;
}

/** The latest dry run, for the editor's test panel. */
export const useDryRun = create<DryRunState>()((set) => ({
  run: undefined,
  running: false,
  error: undefined,
  clear: () => set({ run: undefined, running: false, error: undefined }),
}));

/**
 * The test run shown on the canvas (/runs/test/canvas): the editor's test
 * result as it was when "Show on canvas" was chosen. Kept apart from
 * useDryRun, whose result is forgotten when the editor closes; nothing is
 * stored (a test run is never recorded).
 */
export const useShownTestRun = create<{ run: RunRecord | undefined }>()(() => ({ run: undefined }));
