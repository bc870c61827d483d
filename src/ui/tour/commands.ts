/** The app's one tour: its commands bound to the steps of steps.ts and persisted in localStorage. */
import { tourCommands } from './tourStore';

/**
 * How many steps steps.ts has (tourStore.test.ts checks it): counted here so
 * that the first page, which only starts the tour, need not load the steps
 * and their words (TourSession loads them when the tour runs).
 */
export const TOUR_STEP_COUNT = 6;

export const tour = tourCommands(TOUR_STEP_COUNT);
