import { beforeAll, describe, expect, it } from 'vitest';
import { parseRecurrence, type Recurrence } from '../../domain/time/recurrence';
import type { Organization } from '../../domain/org/organization';
import { type Translate, translateIn } from '../i18n';
import { loadCatalog } from '../i18n/catalog';
import { defaultScheduleZone, formOf, readSchedule, scheduleFromForm, scheduleSummary } from './scheduleModel';

const en: Translate = (key, params) => translateIn('en', key, params);
const pl: Translate = (key, params) => translateIn('pl', key, params);
beforeAll(() => loadCatalog('pl'));

const read = (text: string): Recurrence => {
  const parsed = parseRecurrence(text);
  if (!parsed.ok) throw new Error(parsed.problems[0]!.message);
  return parsed.value;
};
const rule = (start: string, r: string, zone = 'Europe/Warsaw') => `DTSTART;TZID=${zone}:${start}\nRRULE:${r}`;
const summary = (t: Translate, language: string, text: string) => scheduleSummary(t, language, read(text));

describe('the schedule summary', () => {
  it('words each repeat the form offers, with its interval, in English and Polish', () => {
    const cases: [string, string, string][] = [
      ['FREQ=DAILY;INTERVAL=1;WKST=MO;COUNT=1', 'Runs once, on 2026-12-01 at 09:00 Europe/Warsaw.', 'Uruchamia się raz: 2026-12-01 o 09:00 (Europe/Warsaw).'],
      ['FREQ=HOURLY;INTERVAL=1;WKST=MO', 'Runs every hour from 2026-12-01 09:00 Europe/Warsaw.', 'Uruchamia się co godzinę od 2026-12-01 09:00 (Europe/Warsaw).'],
      ['FREQ=HOURLY;INTERVAL=5;WKST=MO', 'Runs every 5 hours from 2026-12-01 09:00 Europe/Warsaw.', 'Uruchamia się co 5 godzin od 2026-12-01 09:00 (Europe/Warsaw).'],
      ['FREQ=DAILY;INTERVAL=2;WKST=MO', 'Runs every 2 days at 09:00 Europe/Warsaw, from 2026-12-01.', 'Uruchamia się co 2 dni o 09:00 (Europe/Warsaw), od 2026-12-01.'],
      ['FREQ=WEEKLY;INTERVAL=1;WKST=MO', 'Runs every week on Tuesday at 09:00 Europe/Warsaw, from 2026-12-01.', 'Uruchamia się co tydzień we wtorek o 09:00 (Europe/Warsaw), od 2026-12-01.'],
      ['FREQ=MONTHLY;INTERVAL=3;WKST=MO', 'Runs every 3 months on the 1st at 09:00 Europe/Warsaw, from 2026-12-01.', 'Uruchamia się co 3 miesiące, 1. dnia miesiąca, o 09:00 (Europe/Warsaw), od 2026-12-01.'],
      ['FREQ=MINUTELY;INTERVAL=15;WKST=MO', 'Runs every 15 minutes from 2026-12-01 09:00 Europe/Warsaw.', 'Uruchamia się co 15 minut od 2026-12-01 09:00 (Europe/Warsaw).'],
    ];
    for (const [r, english, polish] of cases) {
      expect(summary(en, 'en', rule('20261201T090000', r))).toBe(english);
      expect(summary(pl, 'pl', rule('20261201T090000', r))).toBe(polish);
    }
  });

  it('writes English ordinals and says months without the day are skipped', () => {
    expect(summary(en, 'en', rule('20261222T090000', 'FREQ=MONTHLY'))).toContain('on the 22nd');
    expect(summary(en, 'en', rule('20261203T090000', 'FREQ=MONTHLY'))).toContain('on the 3rd');
    expect(summary(en, 'en', rule('20261211T090000', 'FREQ=MONTHLY'))).toContain('on the 11th');
    expect(summary(en, 'en', rule('20270131T090000', 'FREQ=MONTHLY'))).toBe(
      'Runs every month on the 31st at 09:00 Europe/Warsaw, from 2027-01-31. Months without a 31st day are skipped.',
    );
    expect(summary(pl, 'pl', rule('20270131T090000', 'FREQ=MONTHLY'))).toContain('Miesiące bez 31. dnia są pomijane.');
  });

  it('shows a rule the form cannot show as its RRULE', () => {
    expect(summary(en, 'en', rule('20261201T090000', 'FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=MO,FR'))).toBe(
      'Runs by the rule FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=MO,FR, from 2026-12-01 09:00 Europe/Warsaw.',
    );
  });
});

describe('the schedule form', () => {
  it('starts empty in the zone it is given, and reads a schedule back into its fields', () => {
    expect(formOf(undefined, 'Europe/Berlin')).toEqual({ date: '', time: '', zone: 'Europe/Berlin', repeat: 'daily', interval: '1' });
    expect(formOf(read(rule('20261201T090000', 'FREQ=MONTHLY;INTERVAL=2;WKST=MO')), 'UTC')).toEqual({
      date: '2026-12-01',
      time: '09:00',
      zone: 'Europe/Warsaw',
      repeat: 'monthly',
      interval: '2',
    });
    expect(formOf(read(rule('20261201T090000', 'FREQ=YEARLY')), 'UTC').repeat).toBe('custom');
  });

  it('writes the schedule as Flow stores it, or says what is missing or wrong', () => {
    const form = { date: '2026-12-01', time: '09:00', zone: 'Europe/Warsaw', repeat: 'monthly' as const, interval: '1' };
    expect(scheduleFromForm(form, undefined)).toEqual({ text: rule('20261201T090000', 'FREQ=MONTHLY;INTERVAL=1;WKST=MO') });
    expect(scheduleFromForm({ ...form, time: '09:00:00' }, undefined)).toEqual({ text: rule('20261201T090000', 'FREQ=MONTHLY;INTERVAL=1;WKST=MO') });
    expect(scheduleFromForm({ ...form, repeat: 'none', interval: 'x' }, undefined)).toEqual({ text: rule('20261201T090000', 'FREQ=DAILY;INTERVAL=1;WKST=MO;COUNT=1') });
    expect(scheduleFromForm({ ...form, date: '', time: '' }, undefined)).toEqual({ empty: true });
    expect(scheduleFromForm({ ...form, date: '' }, undefined)).toEqual({ problem: 'date-missing' });
    expect(scheduleFromForm({ ...form, time: '' }, undefined)).toEqual({ problem: 'time-missing' });
    expect(scheduleFromForm({ ...form, date: '2026-02-30' }, undefined)).toEqual({ problem: 'invalid' });
    expect(scheduleFromForm({ ...form, interval: '13' }, undefined)).toEqual({ problem: 'interval' });
    expect(scheduleFromForm({ ...form, interval: '0' }, undefined)).toEqual({ problem: 'interval' });
    expect(scheduleFromForm({ ...form, repeat: 'weekly', interval: '52' }, undefined)).toHaveProperty('text');
  });

  it('edits a custom rule’s start and keeps its rule', () => {
    const custom = read(rule('20261201T090000', 'FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=MO,FR'));
    const form = { ...formOf(custom, 'UTC'), time: '07:30', zone: 'America/New_York' };
    expect(scheduleFromForm(form, custom)).toEqual({ text: rule('20261201T073000', 'FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=MO,FR', 'America/New_York') });
    expect(readSchedule('not a schedule')).toBeUndefined();
  });

  it('starts a new schedule in the zone the workflow’s stores share, else UTC', () => {
    const store = (id: string, timeZone: string) => ({ id, name: id, flowInstalled: true, createdAt: '2026-01-01T00:00:00.000Z', timeZone });
    const org: Organization = { name: 'Org', stores: [store('a', 'Europe/Warsaw'), store('b', 'Europe/Warsaw'), store('c', 'America/New_York')], installations: [] };
    const only = (storeIds: string[]) => ({ on: false, scope: { kind: 'stores' as const, storeIds }, offInStores: [] });
    expect(defaultScheduleZone(org, only(['a', 'b']))).toBe('Europe/Warsaw');
    expect(defaultScheduleZone(org, only(['a', 'c']))).toBe('UTC');
    expect(defaultScheduleZone(org, { on: false, scope: { kind: 'all' }, offInStores: [] })).toBe('UTC');
    expect(defaultScheduleZone(undefined, only(['a']))).toBe('UTC');
  });
});
