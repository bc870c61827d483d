/**
 * IANA time zones: which names are zones, and the conversions between an
 * instant and the wall-clock time of a zone that schedules need. Built on
 * the ECMAScript Intl API (the browser's and Node's time zone database), so
 * nothing here reads the system's own zone: the same input gives the same
 * answer on every machine.
 *
 * Wall-clock times are handled as "floating" milliseconds: the fields of a
 * local date and time read as if they were UTC (`Date.UTC(y, m, d, h, min)`),
 * which is also how the `rrule` package computes recurrences without a zone.
 *
 * Daylight-saving changes follow RFC 5545 §3.3.5: a local time that happens
 * twice (clocks go back) means the first of the two instants; a local time
 * that does not happen (clocks go forward) is read with the UTC offset from
 * before the gap. `localToInstant` reports which case it met, so a caller
 * can skip non-existent recurrence instances (RFC 5545 §3.3.10).
 * date-fns-tz's TZDate was tried and not taken: it resolved a repeated hour
 * to the later instant in Europe/Warsaw and to the earlier in America/New_York.
 */

import { formatterFor } from './zoneName';

export const DAY_MS = 86_400_000;

export { isTimeZone } from './zoneName';

let zoneNames: readonly string[] | undefined;

/** The zones offered for choosing: the runtime's list of canonical IANA zones, with UTC first (read once: it does not change). */
export function timeZoneNames(): readonly string[] {
  if (!zoneNames) {
    const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    zoneNames = Object.freeze(['UTC', ...listed.filter((z) => z !== 'UTC')]);
  }
  return zoneNames;
}

/** The wall-clock time in `zone` at an instant, as floating milliseconds. */
export function instantToLocal(instantMs: number, zone: string): number {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(instantMs))) parts[part.type] = part.value;
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
  const local = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  // Intl has no milliseconds field here; they never change with the zone.
  return local + (((instantMs % 1000) + 1000) % 1000);
}

/** The zone's UTC offset at an instant, in milliseconds (east of Greenwich is positive). */
export function offsetAt(instantMs: number, zone: string): number {
  return instantToLocal(instantMs, zone) - instantMs;
}

/** How a local time mapped to an instant: it exists once, twice (the first is taken) or not at all (read with the offset before). */
export type LocalTimeKind = 'exists' | 'repeated' | 'skipped';

/** Offsets already looked up, by instant: one per computation of many occurrences of a zone. */
export type OffsetCache = Map<number, number>;

function probe(instantMs: number, zone: string, cache: OffsetCache | undefined): number {
  let offset = cache?.get(instantMs);
  if (offset === undefined) {
    offset = offsetAt(instantMs, zone);
    cache?.set(instantMs, offset);
  }
  return offset;
}

/**
 * The instant of a wall-clock time (floating milliseconds) in `zone`, by
 * RFC 5545 §3.3.5. The offset is probed at the day boundaries a day before
 * and two days after the local day (as instants, they lie beyond the
 * ±14 hours between local time and UTC); when both agree the time exists
 * once. Assumes at most one offset change in those three days, which holds
 * for every zone of the IANA database. Pass one `cache` for many times of
 * one zone: the probes repeat from one time to the next.
 */
export function localToInstant(localMs: number, zone: string, cache?: OffsetCache): { instant: number; kind: LocalTimeKind } {
  const day = Math.floor(localMs / DAY_MS) * DAY_MS;
  const before = probe(day - DAY_MS, zone, cache);
  const after = probe(day + 2 * DAY_MS, zone, cache);
  if (before === after) return { instant: localMs - before, kind: 'exists' };
  const matches = [before, after]
    .map((offset) => localMs - offset)
    .filter((instant) => instantToLocal(instant, zone) === localMs)
    .sort((a, b) => a - b);
  if (matches.length === 0) return { instant: localMs - before, kind: 'skipped' };
  return { instant: matches[0]!, kind: matches.length > 1 ? 'repeated' : 'exists' };
}

/** Floating milliseconds of a local date ("YYYY-MM-DD") and time ("HH:MM" or "HH:MM:SS"); NaN when either is not real. */
export function localMs(date: string, time: string): number {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!d || !t) return Number.NaN;
  const [y, mo, da, h, mi, s] = [d[1], d[2], d[3], t[1], t[2], t[3] ?? '0'].map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, da, h, mi, s);
  const back = new Date(ms);
  const real = back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === da && h < 24 && mi < 60 && s < 60;
  return real ? ms : Number.NaN;
}

/** "YYYY-MM-DD" and "HH:MM" of floating milliseconds. */
export function localParts(local: number): { date: string; time: string; weekday: number; day: number; month: number } {
  const iso = new Date(local).toISOString();
  const at = new Date(local);
  return { date: iso.slice(0, 10), time: iso.slice(11, 16), weekday: at.getUTCDay(), day: at.getUTCDate(), month: at.getUTCMonth() + 1 };
}
