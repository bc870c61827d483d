import { describe, expect, it } from 'vitest';
import { formatRecurrence, parseRecurrence, type Recurrence, RecurrenceText } from './recurrence';

const flowExample = 'DTSTART;TZID=America/New_York:20250620T090000\nRRULE:FREQ=DAILY;INTERVAL=1;WKST=MO';
const problems = (text: string) => {
  const parsed = parseRecurrence(text);
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.part}: ${p.message}`);
};
const rule = (r: string) => `DTSTART;TZID=Europe/Warsaw:20261201T090000\nRRULE:${r}`;

describe('a schedule as Flow stores it', () => {
  it('reads Flow’s documented example (FORMAT.md §12) and writes it back unchanged', () => {
    const parsed = parseRecurrence(flowExample);
    expect(parsed).toEqual({
      ok: true,
      value: { start: { date: '2025-06-20', time: '09:00:00', zone: 'America/New_York' }, freq: 'DAILY', interval: 1, wkst: 'MO' },
    });
    expect(formatRecurrence((parsed as { value: Recurrence }).value)).toBe(flowExample);
  });

  it('reads every documented part and COUNT, and writes them in a fixed order', () => {
    const text = rule('BYMINUTE=0,30;FREQ=WEEKLY;BYDAY=MO,FR;BYHOUR=9,17;WKST=SU;INTERVAL=2;COUNT=5');
    const parsed = parseRecurrence(text);
    expect(parsed.ok && parsed.value).toEqual({
      start: { date: '2026-12-01', time: '09:00:00', zone: 'Europe/Warsaw' },
      freq: 'WEEKLY',
      interval: 2,
      wkst: 'SU',
      byDay: [{ day: 'MO' }, { day: 'FR' }],
      byHour: [9, 17],
      byMinute: [0, 30],
      count: 5,
    });
    expect(formatRecurrence((parsed as { value: Recurrence }).value)).toBe(rule('FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=MO,FR;BYHOUR=9,17;BYMINUTE=0,30;COUNT=5'));
    expect(parseRecurrence(rule('FREQ=MONTHLY;BYDAY=+1MO,-1FR')).ok).toBe(true);
    expect(formatRecurrence({ ...(parseRecurrence(rule('FREQ=MONTHLY;BYDAY=+1MO,-1FR')) as { value: Recurrence }).value })).toContain('BYDAY=+1MO,-1FR');
  });

  it('defaults INTERVAL to 1 (RFC 5545) and writes it', () => {
    const parsed = parseRecurrence(rule('FREQ=HOURLY'));
    expect(parsed.ok && parsed.value.interval).toBe(1);
  });

  it('refuses a start without a zone, with an unknown zone, or that is not a real date and time, naming DTSTART', () => {
    expect(problems('DTSTART:20261201T090000\nRRULE:FREQ=DAILY')).toEqual([expect.stringMatching(/^DTSTART: the first line must be DTSTART;TZID=/)]);
    expect(problems('DTSTART;TZID=Mars/Olympus:20261201T090000\nRRULE:FREQ=DAILY')).toEqual([
      'DTSTART: "Mars/Olympus" is not a time zone this browser knows (an IANA name like Europe/Warsaw)',
    ]);
    expect(problems('DTSTART;TZID=UTC:20261301T090000\nRRULE:FREQ=DAILY')).toEqual(['DTSTART: 2026-13-01 09:00:00 is not a real date and time']);
    expect(problems('DTSTART;TZID=UTC:20260230T090000\nRRULE:FREQ=DAILY')).toEqual(['DTSTART: 2026-02-30 09:00:00 is not a real date and time']);
  });

  it('refuses texts that are not two lines or whose second line is not an RRULE', () => {
    expect(problems('DTSTART;TZID=UTC:20261201T090000')).toEqual([expect.stringMatching(/^schedule: a schedule is two lines/)]);
    expect(problems('DTSTART;TZID=UTC:20261201T090000\nEXRULE:FREQ=DAILY')).toEqual(['RRULE: the second line must start with "RRULE:"']);
    expect(problems('x'.repeat(501))).toEqual(['schedule: the schedule text can be at most 500 characters']);
  });

  it('names the part that is wrong: unknown, twice, missing, or a bad value', () => {
    expect(problems(rule('FREQ=DAILY;UNTIL=20270101T000000Z'))).toEqual(['RRULE UNTIL: Flowbench reads only FREQ, INTERVAL, WKST, BYDAY, BYHOUR, BYMINUTE, COUNT (FORMAT.md §12)']);
    expect(problems(rule('FREQ=DAILY;FREQ=WEEKLY'))).toEqual(['RRULE FREQ: FREQ is given twice']);
    expect(problems(rule('INTERVAL=2'))).toEqual(['RRULE FREQ: FREQ must be one of MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY']);
    expect(problems(rule('FREQ=SECONDLY'))).toEqual(['RRULE FREQ: FREQ must be one of MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY']);
    expect(problems(rule('FREQ=DAILY;INTERVAL=x'))).toEqual(['RRULE INTERVAL: INTERVAL must be a whole number']);
    expect(problems(rule('FREQ=DAILY;INTERVAL=0'))).toEqual(['RRULE INTERVAL: INTERVAL must be at least 1']);
    expect(problems(rule('FREQ=WEEKLY;BYDAY=XX'))).toEqual(['RRULE BYDAY: BYDAY must be weekdays like MO,WE or +1MO separated by commas']);
    expect(problems(rule('FREQ=DAILY;BYHOUR=24'))).toEqual(['RRULE BYHOUR: BYHOUR values go from 0 to 23']);
    expect(problems(rule('FREQ=DAILY;WKST=XX'))).toEqual(['RRULE WKST: WKST must be one of MO, TU, WE, TH, FR, SA, SU']);
    expect(problems(rule('FREQ=DAILY;COUNT'))).toEqual(['RRULE: "COUNT" is not a NAME=VALUE part']);
  });

  it('keeps Flow’s bounds: at most every 10 minutes, at least once a year [D T2]', () => {
    expect(problems(rule('FREQ=MINUTELY;INTERVAL=5'))).toEqual(['RRULE INTERVAL: a schedule repeats at most every 10 minutes']);
    expect(problems(rule('FREQ=MINUTELY;INTERVAL=10'))).toEqual([]);
    expect(problems(rule('FREQ=HOURLY;BYMINUTE=0,5'))).toEqual(['RRULE BYMINUTE: minutes 5 apart would run more often than every 10 minutes']);
    expect(problems(rule('FREQ=HOURLY;BYMINUTE=2,55'))).toEqual(['RRULE BYMINUTE: minutes 7 apart would run more often than every 10 minutes']);
    expect(problems(rule('FREQ=MONTHLY;INTERVAL=13'))).toEqual(['RRULE INTERVAL: a schedule repeats at least once a year: with FREQ=MONTHLY INTERVAL can be at most 12']);
    expect(problems(rule('FREQ=YEARLY;INTERVAL=2'))).toHaveLength(1);
    expect(problems(rule('FREQ=MONTHLY;INTERVAL=12'))).toEqual([]);
  });

  it('allows a numbered weekday only in monthly and yearly rules, within their range', () => {
    expect(problems(rule('FREQ=WEEKLY;BYDAY=+1MO'))).toEqual(['RRULE BYDAY: a numbered weekday (like +1MO) only goes with FREQ=MONTHLY or YEARLY']);
    expect(problems(rule('FREQ=MONTHLY;BYDAY=+6MO'))).toEqual(['RRULE BYDAY: a weekday\'s number goes from 1 to 5 or -1 to -5']);
  });

  it('as a field, reports every problem with its part', () => {
    const result = RecurrenceText.safeParse(rule('FREQ=MINUTELY;INTERVAL=1'));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['RRULE INTERVAL: a schedule repeats at most every 10 minutes']);
    expect(RecurrenceText.safeParse(flowExample).success).toBe(true);
  });
});
