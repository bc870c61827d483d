/** Whether the guided tour is running and on which step (tourStore.ts changes it): what the first page reads. */
import { create } from 'zustand';

export interface TourState {
  running: boolean;
  /** The step shown, 0-based; meaningful only while running. */
  index: number;
}

export const IDLE: TourState = { running: false, index: 0 };

export const useTour = create<TourState>(() => IDLE);

/** Starts the tour (Help → Take the tour); its commands load with it. */
export function startTour(): void {
  void import('./commands').then(({ tour }) => tour.start());
}
