import { describe, expect, it } from 'vitest';
import { instantToLocal, isTimeZone, localMs, localToInstant, offsetAt, timeZoneNames } from './zones';

const iso = (ms: number) => new Date(ms).toISOString();
const at = (date: string, time: string, zone: string) => {
  const { instant, kind } = localToInstant(localMs(date, time), zone);
  return [iso(instant), kind];
};

describe('time zones', () => {
  it('knows IANA zones and links, and refuses offsets, unknown names and junk', () => {
    for (const zone of ['UTC', 'Europe/Warsaw', 'America/New_York', 'US/Eastern', 'Etc/GMT+1', 'Asia/Kolkata']) expect(isTimeZone(zone), zone).toBe(true);
    for (const zone of ['', 'Europe/Atlantis', '+01:00', 'UTC+1', 'Europe/Warsaw ', '../etc', 'constructor', '__proto__']) expect(isTimeZone(zone), zone).toBe(false);
  });

  it('offers UTC first, then the canonical zones', () => {
    const names = timeZoneNames();
    expect(names[0]).toBe('UTC');
    expect(names).toContain('Europe/Warsaw');
    expect(new Set(names).size).toBe(names.length);
  });

  it('maps an instant to the zone’s wall clock, winter and summer', () => {
    expect(iso(instantToLocal(Date.parse('2026-01-15T08:00:00Z'), 'Europe/Warsaw'))).toBe('2026-01-15T09:00:00.000Z');
    expect(iso(instantToLocal(Date.parse('2026-07-15T07:00:00Z'), 'Europe/Warsaw'))).toBe('2026-07-15T09:00:00.000Z');
    expect(offsetAt(Date.parse('2026-07-15T07:00:00Z'), 'America/New_York')).toBe(-4 * 3_600_000);
    expect(offsetAt(Date.parse('2026-07-15T07:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
  });

  it('maps a wall-clock time to its instant: 09:00 Warsaw is 08:00Z in winter and 07:00Z in summer', () => {
    expect(at('2026-03-28', '09:00', 'Europe/Warsaw')).toEqual(['2026-03-28T08:00:00.000Z', 'exists']);
    expect(at('2026-03-29', '09:00', 'Europe/Warsaw')).toEqual(['2026-03-29T07:00:00.000Z', 'exists']);
    expect(at('2026-10-25', '09:00', 'Europe/Warsaw')).toEqual(['2026-10-25T08:00:00.000Z', 'exists']);
  });

  it('reads a time the clocks skip with the offset before the gap (RFC 5545 §3.3.5)', () => {
    expect(at('2026-03-29', '02:30', 'Europe/Warsaw')).toEqual(['2026-03-29T01:30:00.000Z', 'skipped']);
    expect(at('2026-03-08', '02:30', 'America/New_York')).toEqual(['2026-03-08T07:30:00.000Z', 'skipped']);
  });

  it('takes the first of a time that happens twice when the clocks go back (RFC 5545 §3.3.5)', () => {
    expect(at('2026-10-25', '02:30', 'Europe/Warsaw')).toEqual(['2026-10-25T00:30:00.000Z', 'repeated']);
    expect(at('2026-11-01', '01:30', 'America/New_York')).toEqual(['2026-11-01T05:30:00.000Z', 'repeated']);
  });

  it('refuses local dates and times that are not real', () => {
    expect(localMs('2026-02-30', '09:00')).toBeNaN();
    expect(localMs('2026-02-28', '24:00')).toBeNaN();
    expect(localMs('2026-2-28', '09:00')).toBeNaN();
    expect(iso(localMs('2028-02-29', '23:59:59'))).toBe('2028-02-29T23:59:59.000Z');
  });
});
