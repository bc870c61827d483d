/**
 * The tour's step logic as a user meets it: Next and Back move one step,
 * Next on the last step finishes, Skip ends from anywhere, and how it ended
 * is stored so that the tour starts by itself only on a first visit.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { TOUR_STORAGE_KEY, readTourOutcome } from '../../state/tour';
import { IDLE, reduceTour, tourCommands, useTour } from './tourStore';
import { TOUR_STEPS, isOnPage } from './steps';
import { TOUR_STEP_COUNT } from './commands';

/** An in-memory Storage (Node has no localStorage). */
function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe('reduceTour', () => {
  const running = (index: number) => ({ running: true, index });

  it('starts on the first step and records that it was shown', () => {
    expect(reduceTour(IDLE, { type: 'start' }, 6)).toEqual({ state: running(0), outcome: 'shown' });
    // Reopening while it runs starts it over.
    expect(reduceTour(running(3), { type: 'start' }, 6).state).toEqual(running(0));
  });

  it('moves forward and back one step, and Back on the first step stays there', () => {
    expect(reduceTour(running(0), { type: 'next' }, 6)).toEqual({ state: running(1) });
    expect(reduceTour(running(4), { type: 'back' }, 6)).toEqual({ state: running(3) });
    expect(reduceTour(running(0), { type: 'back' }, 6)).toEqual({ state: running(0) });
  });

  it('finishes on Next from the last step, and Skip ends it from any step', () => {
    expect(reduceTour(running(5), { type: 'next' }, 6)).toEqual({ state: IDLE, outcome: 'finished' });
    expect(reduceTour(running(2), { type: 'skip' }, 6)).toEqual({ state: IDLE, outcome: 'skipped' });
  });

  it('ignores Next, Back and Skip while no tour runs, and has nothing to start without steps', () => {
    for (const type of ['next', 'back', 'skip'] as const) expect(reduceTour(IDLE, { type }, 6)).toEqual({ state: IDLE });
    expect(reduceTour(IDLE, { type: 'start' }, 0)).toEqual({ state: IDLE });
  });
});

describe('tour commands', () => {
  beforeEach(() => useTour.setState(IDLE, true));

  it('starts by itself on a first visit only, and stores that it was shown', () => {
    const storage = memoryStorage();
    const tour = tourCommands(3, (outcome) => storage.setItem(TOUR_STORAGE_KEY, outcome));
    expect(tour.startIfFirstVisit(storage)).toBe(true);
    expect(useTour.getState()).toEqual({ running: true, index: 0 });
    expect(readTourOutcome(storage)).toBe('shown');

    useTour.setState(IDLE, true);
    expect(tour.startIfFirstVisit(storage)).toBe(false);
    expect(useTour.getState().running).toBe(false);
  });

  it('stores Skip and Finish, after which it does not start by itself again', () => {
    const storage = memoryStorage();
    const tour = tourCommands(2, (outcome) => storage.setItem(TOUR_STORAGE_KEY, outcome));
    tour.start();
    tour.next();
    tour.back();
    expect(useTour.getState().index).toBe(0);
    tour.skip();
    expect(useTour.getState().running).toBe(false);
    expect(readTourOutcome(storage)).toBe('skipped');
    expect(tour.startIfFirstVisit(storage)).toBe(false);

    tour.start(); // Help → Take the tour
    tour.next();
    tour.next();
    expect(useTour.getState().running).toBe(false);
    expect(readTourOutcome(storage)).toBe('finished');
  });

  it('treats a corrupt stored value as a first visit (parsed, never trusted)', () => {
    const tour = tourCommands(2, () => undefined);
    expect(tour.startIfFirstVisit(memoryStorage({ [TOUR_STORAGE_KEY]: '{"seen":true' }))).toBe(true);
  });
});

describe('the steps', () => {
  it('cover the first visit’s topics in order, each with a target to point at', () => {
    expect(TOUR_STEPS.map((s) => s.id)).toEqual(['welcome', 'palettes', 'installed', 'conditions', 'fire', 'run']);
    expect(TOUR_STEPS).toHaveLength(TOUR_STEP_COUNT);
    for (const step of TOUR_STEPS) expect(step.targets.length).toBeGreaterThan(0);
  });

  it('know the pages they need: the editor with a workflow open, or the Runs page', () => {
    expect(isOnPage('editor', '/editor/wf-1')).toBe(true);
    expect(isOnPage('editor', '/editor')).toBe(false);
    expect(isOnPage('runs', '/runs')).toBe(true);
    expect(isOnPage('runs', '/runs/run-1')).toBe(false);
    expect(isOnPage('any', '/sandbox')).toBe(true);
  });
});
