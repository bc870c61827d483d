/**
 * Browser state in which the guided tour counts as already seen. The
 * Playwright config gives it to every test's fresh context, so the tour,
 * which starts by itself on a first visit, never appears in journeys that
 * are not about it; e2e/tour.spec.ts starts from an empty state instead.
 * The key and value are src/state/tour.ts's (TOUR_STORAGE_KEY, TourOutcome).
 */
export const TOUR_STORAGE_KEY = 'flowbench.tour';

export function tourSeenState(origin: string) {
  return { cookies: [], origins: [{ origin, localStorage: [{ name: TOUR_STORAGE_KEY, value: 'skipped' }] }] };
}
