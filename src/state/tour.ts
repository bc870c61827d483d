/**
 * What the guided tour needs from outside the UI: whether this browser has
 * seen it (so it starts by itself once, on the first visit), and a workflow
 * to show in the editor (tourWorkflow.ts, loaded with the tour).
 *
 * "Seen" lives in localStorage, parsed with zod on read, not in the
 * IndexedDB settings: the answer is needed synchronously at the first paint
 * (an IndexedDB setting reads as its default until loaded, which would flash
 * the tour for a returning user), and a test or a kiosk can mark it seen
 * before the app starts (Playwright's `storageState`) without writing
 * Dexie's tables by hand. The language choice is kept the same way.
 */
import { z } from 'zod';

export const TOUR_STORAGE_KEY = 'flowbench.tour';

/** How the tour last ended in this browser: shown (started, not ended yet), skipped or finished. */
export const TourOutcome = z.enum(['shown', 'skipped', 'finished']);
export type TourOutcome = z.infer<typeof TourOutcome>;

/** The stored outcome; undefined when nothing valid is stored (a first visit) or storage is off. */
export function readTourOutcome(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): TourOutcome | undefined {
  try {
    const parsed = TourOutcome.safeParse(storage?.getItem(TOUR_STORAGE_KEY));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Stores the outcome; without storage the tour simply may show again next visit. */
export function writeTourOutcome(outcome: TourOutcome, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(TOUR_STORAGE_KEY, outcome);
  } catch {
    // Storage disabled or full: nothing to keep.
  }
}

/** Whether the tour should start by itself: only when this browser has no record of it. */
export function isFirstVisit(storage?: Pick<Storage, 'getItem'>): boolean {
  return readTourOutcome(storage) === undefined;
}
