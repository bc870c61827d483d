/**
 * The guided tour's progress: whether it is running and on which step, as
 * a pure reducer (tested without a DOM) behind a small zustand store
 * (tourState.ts, which the first page reads; this module loads with the
 * first start of the tour). Every
 * start and end is persisted (src/state/tour), so the tour starts by itself
 * only on a browser's first visit, and never again once skipped or finished.
 */
import { type TourOutcome, isFirstVisit, writeTourOutcome } from '../../state/tour';
import { IDLE, type TourState, useTour } from './tourState';

export { IDLE, type TourState, useTour } from './tourState';

export type TourAction = { type: 'start' } | { type: 'next' } | { type: 'back' } | { type: 'skip' };

export interface TourTransition {
  state: TourState;
  /** What to persist, when the action starts or ends the tour. */
  outcome?: TourOutcome;
}

/**
 * Applies an action to the tour of `stepCount` steps. Next on the last step
 * finishes; Back on the first stays there; Skip ends from any step. Actions
 * other than start do nothing while the tour is not running.
 */
export function reduceTour(state: TourState, action: TourAction, stepCount: number): TourTransition {
  if (action.type === 'start') {
    return stepCount > 0 ? { state: { running: true, index: 0 }, outcome: 'shown' } : { state };
  }
  if (!state.running) return { state };
  switch (action.type) {
    case 'next':
      return state.index >= stepCount - 1
        ? { state: IDLE, outcome: 'finished' }
        : { state: { running: true, index: state.index + 1 } };
    case 'back':
      return state.index === 0 ? { state } : { state: { running: true, index: state.index - 1 } };
    case 'skip':
      return { state: IDLE, outcome: 'skipped' };
  }
}

/** Creates the commands of a tour of `stepCount` steps over a store and a place to persist outcomes. */
export function tourCommands(stepCount: number, persist: (outcome: TourOutcome) => void = writeTourOutcome) {
  const dispatch = (action: TourAction) => {
    const { state, outcome } = reduceTour(useTour.getState(), action, stepCount);
    useTour.setState(state, true);
    if (outcome) persist(outcome);
  };
  return {
    start: () => dispatch({ type: 'start' }),
    next: () => dispatch({ type: 'next' }),
    back: () => dispatch({ type: 'back' }),
    skip: () => dispatch({ type: 'skip' }),
    /** Starts the tour when this browser has never seen it (the first visit); returns whether it did. */
    startIfFirstVisit(storage?: Pick<Storage, 'getItem'>): boolean {
      if (useTour.getState().running || !isFirstVisit(storage)) return false;
      dispatch({ type: 'start' });
      return true;
    },
  };
}
