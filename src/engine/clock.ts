/**
 * Time for the engine. Nothing in src/engine reads the wall clock: every
 * timestamp comes from an injected {@link SimClock}, so runs, retries, waits
 * and schedules are deterministic under test and follow the app's simulated
 * clock in the browser.
 *
 * Contract: `now()` is an ISO 8601 UTC string (`2026-01-01T00:00:00.000Z`).
 * The engine never moves a clock: a run keeps its own timeline (see
 * interpreter.ts), so a shared clock only moves when its owner moves it.
 */

/** A source of the current (simulated) time. */
export interface SimClock {
  /** The current time as an ISO 8601 UTC string. */
  now(): string;
}

let lastMs = Number.NaN;
let lastIso = '';

/** Milliseconds since the epoch of an ISO time; throws on text that is not a time. */
export function toMs(iso: string): number {
  // The clock's now() is toIso's last answer: read back without parsing.
  if (iso === lastIso && iso !== '') return lastMs;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`"${iso}" is not a date and time.`);
  return ms;
}

/** The ISO UTC time of a millisecond timestamp. */
export function toIso(ms: number): string {
  // Runs stamp many steps with the same instant: remember the last conversion.
  if (ms !== lastMs) {
    lastIso = new Date(ms).toISOString();
    lastMs = ms;
  }
  return lastIso;
}

/** `iso` moved by `ms` milliseconds (negative moves back). */
export function addMs(iso: string, ms: number): string {
  return toIso(toMs(iso) + ms);
}

/** A clock that only moves when told: for tests and for the app's simulated clock. */
export class ManualClock implements SimClock {
  private ms: number;

  /** Starts at `start` (an ISO time or epoch milliseconds). */
  constructor(start: string | number) {
    this.ms = typeof start === 'number' ? start : toMs(start);
  }

  now(): string {
    return toIso(this.ms);
  }

  /** Sets the time; moving back is allowed (the simulated clock may be reset). */
  set(time: string | number): void {
    this.ms = typeof time === 'number' ? time : toMs(time);
  }

  /** Moves the time forward by `ms` milliseconds. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error('A clock can only be advanced by a positive number of milliseconds.');
    this.ms += ms;
  }
}

/** The real time, for callers that want no simulation (never used by the engine's own tests). */
export const systemClock: SimClock = { now: () => new Date().toISOString() };

/** Generates ids for runs and events. */
export interface IdSource {
  next(kind: 'run' | 'event'): string;
}

/** Deterministic ids `run-1`, `event-1`, … (optionally prefixed), for tests and reproducible simulations. */
export function counterIds(prefix = ''): IdSource {
  const counters = { run: 0, event: 0 };
  return { next: (kind) => `${prefix}${kind}-${++counters[kind]}` };
}

/** Unique random ids (`run-<uuid>`), for the app, where runs of many sessions are stored together. */
export function randomIds(): IdSource {
  return { next: (kind) => `${kind}-${crypto.randomUUID()}` };
}
