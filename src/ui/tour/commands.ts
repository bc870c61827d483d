/** The app's one tour: its commands bound to the steps of steps.ts and persisted in localStorage. */
import { TOUR_STEPS } from './steps';
import { tourCommands } from './tourStore';

export const tour = tourCommands(TOUR_STEPS.length);
