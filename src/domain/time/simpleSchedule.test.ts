import { describe, expect, it } from 'vitest';
import { formatRecurrence, parseRecurrence, type Recurrence } from './recurrence';
import { recurrenceOfSimple, simpleScheduleOf, withStart } from './simpleSchedule';

const read = (text: string): Recurrence => {
  const parsed = parseRecurrence(text);
  if (!parsed.ok) throw new Error(parsed.problems[0]!.message);
  return parsed.value;
};

describe('the inspector’s simple schedules', () => {
  it('writes monthly at 09:00 Warsaw as Flow’s text and reads it back', () => {
    const simple = { date: '2026-12-01', time: '09:00', zone: 'Europe/Warsaw', repeat: 'monthly' as const, interval: 1 };
    const text = formatRecurrence(recurrenceOfSimple(simple));
    expect(text).toBe('DTSTART;TZID=Europe/Warsaw:20261201T090000\nRRULE:FREQ=MONTHLY;INTERVAL=1;WKST=MO');
    expect(simpleScheduleOf(read(text))).toEqual(simple);
  });

  it('writes a schedule that runs once as COUNT=1', () => {
    const text = formatRecurrence(recurrenceOfSimple({ date: '2026-12-01', time: '09:00', zone: 'UTC', repeat: 'none', interval: 3 }));
    expect(text).toBe('DTSTART;TZID=UTC:20261201T090000\nRRULE:FREQ=DAILY;INTERVAL=1;WKST=MO;COUNT=1');
    expect(simpleScheduleOf(read(text))?.repeat).toBe('none');
  });

  it('keeps every hours, days or weeks with their interval', () => {
    for (const repeat of ['hourly', 'daily', 'weekly'] as const) {
      const simple = { date: '2026-12-01', time: '09:00', zone: 'UTC', repeat, interval: 2 };
      expect(simpleScheduleOf(read(formatRecurrence(recurrenceOfSimple(simple))))).toEqual(simple);
    }
  });

  it('calls any other rule custom, and edits only its start', () => {
    for (const rule of ['FREQ=MINUTELY;INTERVAL=15', 'FREQ=YEARLY', 'FREQ=WEEKLY;BYDAY=MO,FR', 'FREQ=DAILY;BYHOUR=9,17', 'FREQ=DAILY;COUNT=3']) {
      expect(simpleScheduleOf(read(`DTSTART;TZID=UTC:20261201T090000\nRRULE:${rule}`)), rule).toBeUndefined();
    }
    expect(simpleScheduleOf(read('DTSTART;TZID=UTC:20261201T090030\nRRULE:FREQ=DAILY'))).toBeUndefined();
    const custom = read('DTSTART;TZID=UTC:20261201T090000\nRRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=MO,FR');
    expect(formatRecurrence(withStart(custom, { date: '2027-01-04', time: '07:30:00', zone: 'Europe/Berlin' }))).toBe(
      'DTSTART;TZID=Europe/Berlin:20270104T073000\nRRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=MO,FR',
    );
  });
});
