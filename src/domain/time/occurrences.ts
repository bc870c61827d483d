/**
 * When a schedule fires: the instants of a recurrence in a window, computed
 * by the `rrule` package in wall-clock time of the schedule's zone and then
 * placed on the time line by zones.ts. rrule's own `tzid` handling is not
 * used: it converts through the machine's local zone (its README says its
 * dates are "meant to be interpreted as local"), so results would depend on
 * where the code runs.
 *
 * Rules (RFC 5545, as rrule implements it):
 * - Occurrences are wall-clock times: daily at 09:00 Europe/Warsaw is 08:00Z
 *   in winter and 07:00Z in summer.
 * - An occurrence at a local time the clocks skip is left out (§3.3.10);
 *   the start itself is read with the offset before the gap (§3.3.5). A
 *   local time that happens twice fires once, at the first (§3.3.5). So an
 *   hourly schedule fires 23 times on the day clocks go forward, and 24 (not
 *   25) on the day they go back.
 * - A monthly rule on the 29th, 30th or 31st skips months without that day
 *   (§3.3.10; rrule does so): monthly from 31 January fires 31 March, 31 May…
 */
import { type Options, RRule, Weekday as RRuleWeekday } from './rruleLib';
import type { Freq, Recurrence, Weekday } from './recurrence';
import { DAY_MS, localMs, localToInstant, type OffsetCache } from './zones';

const RRULE_FREQ: Record<Freq, number> = {
  YEARLY: RRule.YEARLY,
  MONTHLY: RRule.MONTHLY,
  WEEKLY: RRule.WEEKLY,
  DAILY: RRule.DAILY,
  HOURLY: RRule.HOURLY,
  MINUTELY: RRule.MINUTELY,
};
const WEEKDAY_INDEX: Record<Weekday, number> = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 };
/** Frequencies whose period is a fixed length of wall-clock time, so a start long ago can be moved forward by whole periods. */
const FIXED_PERIOD_MS: Partial<Record<Freq, number>> = { MINUTELY: 60_000, HOURLY: 3_600_000, DAILY: DAY_MS, WEEKLY: 7 * DAY_MS };
/** Most occurrences computed in one call (a 10-minute rule over 366 days is 52,704). */
export const MAX_OCCURRENCES = 60_000;

/** The wall-clock start of a recurrence (floating milliseconds). */
export function startLocal(r: Recurrence): number {
  return localMs(r.start.date, r.start.time);
}

/** The instant a recurrence starts (its DTSTART in its zone). */
export function startInstant(r: Recurrence): number {
  return localToInstant(startLocal(r), r.start.zone).instant;
}

function rruleOf(r: Recurrence, dtstart: number): RRule {
  const options: Partial<Options> = {
    freq: RRULE_FREQ[r.freq],
    interval: r.interval,
    dtstart: new Date(dtstart),
    wkst: WEEKDAY_INDEX[r.wkst ?? 'MO'],
  };
  if (r.byDay) options.byweekday = r.byDay.map((d) => new RRuleWeekday(WEEKDAY_INDEX[d.day], d.n));
  if (r.byHour) options.byhour = r.byHour;
  if (r.byMinute) options.byminute = r.byMinute;
  if (r.count !== undefined) options.count = r.count;
  return new RRule(options);
}

/**
 * The instants in (fromMs, toMs] at which the recurrence fires, earliest
 * first, at most MAX_OCCURRENCES (callers bound the window).
 */
export function occurrences(r: Recurrence, fromMs: number, toMs: number): number[] {
  const start = startLocal(r);
  // Offsets are within ±14 hours: a day either side of the window holds every candidate.
  const lo = fromMs - DAY_MS;
  const hi = toMs + DAY_MS;
  if (hi < start) return [];
  let dtstart = start;
  const period = FIXED_PERIOD_MS[r.freq];
  if (period !== undefined && r.count === undefined && lo - start > 2 * period * r.interval) {
    // Whole periods keep the phase and the implicit BY values (time of day, weekday), so the same occurrences follow.
    dtstart = start + (Math.floor((lo - start) / (period * r.interval)) - 1) * period * r.interval;
  }
  const found: number[] = [];
  const seen = new Set<number>();
  const offsets: OffsetCache = new Map();
  const locals = rruleOf(r, dtstart).between(new Date(Math.max(lo, dtstart)), new Date(hi), true, (_d, i) => i < MAX_OCCURRENCES);
  for (const date of locals) {
    const local = date.getTime();
    const { instant, kind } = localToInstant(local, r.start.zone, offsets);
    if (kind === 'skipped' && local !== start) continue;
    if (instant <= fromMs || instant > toMs || seen.has(instant)) continue;
    seen.add(instant);
    found.push(instant);
  }
  return found.sort((a, b) => a - b);
}
