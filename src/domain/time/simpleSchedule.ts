/**
 * The schedules the inspector's form offers, in and out of a recurrence:
 * a start (date, time, zone), a repeat (once, hourly, daily, weekly,
 * monthly) and an interval. Any other rule (minutely, yearly, BYDAY,
 * BYHOUR, BYMINUTE, a COUNT above 1), say one imported from Flow, is
 * "custom": the form still edits its start and keeps the rest.
 */
import type { Freq, Recurrence } from './recurrence';

export const SIMPLE_REPEATS = ['none', 'hourly', 'daily', 'weekly', 'monthly'] as const;
export type SimpleRepeat = (typeof SIMPLE_REPEATS)[number];

const FREQ_OF: Record<Exclude<SimpleRepeat, 'none'>, Freq> = { hourly: 'HOURLY', daily: 'DAILY', weekly: 'WEEKLY', monthly: 'MONTHLY' };

export interface SimpleSchedule {
  date: string;
  /** "HH:MM" */
  time: string;
  zone: string;
  repeat: SimpleRepeat;
  /** Every how many hours, days, weeks or months (1 when the schedule runs once). */
  interval: number;
}

/** The form's view of a recurrence, or undefined when the rule is more than the form offers. */
export function simpleScheduleOf(r: Recurrence): SimpleSchedule | undefined {
  const base = { date: r.start.date, time: r.start.time.slice(0, 5), zone: r.start.zone };
  if (r.byDay || r.byHour || r.byMinute || r.start.time.slice(6) !== '00') return undefined;
  if (r.count === 1) return { ...base, repeat: 'none', interval: 1 };
  if (r.count !== undefined) return undefined;
  const repeat = (Object.keys(FREQ_OF) as Exclude<SimpleRepeat, 'none'>[]).find((k) => FREQ_OF[k] === r.freq);
  return repeat ? { ...base, repeat, interval: r.interval } : undefined;
}

/** The recurrence the form stands for (a once-only schedule is `FREQ=DAILY;COUNT=1`). */
export function recurrenceOfSimple(s: SimpleSchedule): Recurrence {
  const start = { date: s.date, time: `${s.time}:00`, zone: s.zone };
  if (s.repeat === 'none') return { start, freq: 'DAILY', interval: 1, wkst: 'MO', count: 1 };
  return { start, freq: FREQ_OF[s.repeat], interval: s.interval, wkst: 'MO' };
}

/** `r` with another start, its rule unchanged: how the form edits a custom rule. */
export function withStart(r: Recurrence, start: Recurrence['start']): Recurrence {
  return { ...r, start };
}
