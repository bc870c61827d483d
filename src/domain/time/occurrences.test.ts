import { describe, expect, it } from 'vitest';
import { occurrences, startInstant } from './occurrences';
import { parseRecurrence, type Recurrence } from './recurrence';

const read = (text: string): Recurrence => {
  const parsed = parseRecurrence(text);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return parsed.value;
};
const between = (text: string, from: string, to: string) =>
  occurrences(read(text), Date.parse(from), Date.parse(to)).map((ms) => new Date(ms).toISOString());

describe('occurrences of a schedule', () => {
  it('daily 09:00 Europe/Warsaw fires at 08:00Z in winter and 07:00Z in summer, across the last Sunday of March', () => {
    expect(between('DTSTART;TZID=Europe/Warsaw:20260327T090000\nRRULE:FREQ=DAILY;INTERVAL=1;WKST=MO', '2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual([
      '2026-03-27T08:00:00.000Z',
      '2026-03-28T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });

  it('…and back at 08:00Z across the last Sunday of October', () => {
    expect(between('DTSTART;TZID=Europe/Warsaw:20260101T090000\nRRULE:FREQ=DAILY;INTERVAL=1;WKST=MO', '2026-10-24T00:00:00Z', '2026-10-27T00:00:00Z')).toEqual([
      '2026-10-24T07:00:00.000Z',
      '2026-10-25T08:00:00.000Z',
      '2026-10-26T08:00:00.000Z',
    ]);
  });

  it('leaves out an occurrence the clocks skip, and fires a repeated local time once, at the first', () => {
    const daily0230 = 'DTSTART;TZID=Europe/Warsaw:20260101T023000\nRRULE:FREQ=DAILY;INTERVAL=1;WKST=MO';
    expect(between(daily0230, '2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual(['2026-03-28T01:30:00.000Z', '2026-03-30T00:30:00.000Z']);
    expect(between(daily0230, '2026-10-24T12:00:00Z', '2026-10-26T12:00:00Z')).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']);
  });

  it('hourly fires 23 times on the day the clocks go forward and 24 on the day they go back', () => {
    const hourly = 'DTSTART;TZID=Europe/Warsaw:20260101T000000\nRRULE:FREQ=HOURLY;INTERVAL=1;WKST=MO';
    expect(between(hourly, '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z')).toHaveLength(23);
    expect(between(hourly, '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z')).toHaveLength(24);
  });

  it('monthly on the 1st at 09:00 Warsaw: the UTC time follows the season', () => {
    expect(between('DTSTART;TZID=Europe/Warsaw:20261201T090000\nRRULE:FREQ=MONTHLY;INTERVAL=1;WKST=MO', '2026-11-01T00:00:00Z', '2027-05-02T00:00:00Z')).toEqual([
      '2026-12-01T08:00:00.000Z',
      '2027-01-01T08:00:00.000Z',
      '2027-02-01T08:00:00.000Z',
      '2027-03-01T08:00:00.000Z',
      '2027-04-01T07:00:00.000Z',
      '2027-05-01T07:00:00.000Z',
    ]);
  });

  it('monthly on the 31st skips months without one (RFC 5545, as rrule does)', () => {
    expect(between('DTSTART;TZID=UTC:20260131T120000\nRRULE:FREQ=MONTHLY;INTERVAL=1;WKST=MO', '2026-01-01T00:00:00Z', '2026-08-01T00:00:00Z')).toEqual([
      '2026-01-31T12:00:00.000Z',
      '2026-03-31T12:00:00.000Z',
      '2026-05-31T12:00:00.000Z',
      '2026-07-31T12:00:00.000Z',
    ]);
  });

  it('every 2 months, and a weekly rule on chosen weekdays, follow rrule', () => {
    expect(between('DTSTART;TZID=UTC:20260115T060000\nRRULE:FREQ=MONTHLY;INTERVAL=2;WKST=MO', '2026-01-01T00:00:00Z', '2026-07-01T00:00:00Z')).toHaveLength(3);
    expect(between('DTSTART;TZID=America/New_York:20260302T090000\nRRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=MO,FR', '2026-03-02T00:00:00Z', '2026-03-10T00:00:00Z')).toEqual([
      '2026-03-02T14:00:00.000Z',
      '2026-03-06T14:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
    ]);
  });

  it('fires once for COUNT=1, only in the window that holds the start', () => {
    const once = 'DTSTART;TZID=Europe/Warsaw:20261201T090000\nRRULE:FREQ=DAILY;INTERVAL=1;WKST=MO;COUNT=1';
    expect(between(once, '2026-11-30T00:00:00Z', '2026-12-31T00:00:00Z')).toEqual(['2026-12-01T08:00:00.000Z']);
    expect(between(once, '2026-12-01T08:00:00Z', '2026-12-31T00:00:00Z')).toEqual([]);
  });

  it('leaves the window’s start out and includes its end', () => {
    const daily = 'DTSTART;TZID=UTC:20260101T100000\nRRULE:FREQ=DAILY;INTERVAL=1;WKST=MO';
    expect(between(daily, '2026-03-02T10:00:00Z', '2026-03-03T10:00:00Z')).toEqual(['2026-03-03T10:00:00.000Z']);
  });

  it('computes from a start years back as from a recent one (the start moves forward by whole periods)', () => {
    expect(between('DTSTART;TZID=Europe/Warsaw:20100104T091500\nRRULE:FREQ=MINUTELY;INTERVAL=10;WKST=MO', '2026-07-01T07:00:00Z', '2026-07-01T07:30:00Z')).toEqual([
      '2026-07-01T07:05:00.000Z',
      '2026-07-01T07:15:00.000Z',
      '2026-07-01T07:25:00.000Z',
    ]);
    expect(between('DTSTART;TZID=UTC:20100105T120000\nRRULE:FREQ=WEEKLY;INTERVAL=3;WKST=MO', '2026-03-01T00:00:00Z', '2026-04-15T00:00:00Z')).toEqual([
      '2026-03-03T12:00:00.000Z',
      '2026-03-24T12:00:00.000Z',
      '2026-04-14T12:00:00.000Z',
    ]);
  });

  it('reads the start in its zone', () => {
    expect(new Date(startInstant(read('DTSTART;TZID=America/New_York:20250620T090000\nRRULE:FREQ=DAILY'))).toISOString()).toBe('2025-06-20T13:00:00.000Z');
  });
});
