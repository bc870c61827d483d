/**
 * The pure side of the Scheduled time form: the form's fields read from and
 * written to the schedule text (Flow's DTSTART;TZID + RRULE), the zone a new
 * schedule starts in, and the summary in the UI language ("Runs every month
 * on the 1st at 09:00 Europe/Warsaw, from 2026-12-01.").
 */
import type { Organization } from '../../domain/org/organization';
import { MAX_INTERVAL, formatRecurrence, parseRecurrence, type Recurrence } from '../../domain/time/recurrence';
import { recurrenceOfSimple, SIMPLE_REPEATS, simpleScheduleOf, type SimpleRepeat, withStart } from '../../domain/time/simpleSchedule';
import { inScope, type Activation } from '../../domain/workflow/activation';
import type { Translate } from '../i18n';

export type FormRepeat = SimpleRepeat | 'custom';
export const FORM_REPEATS: readonly SimpleRepeat[] = SIMPLE_REPEATS;

/** What the form shows: texts as typed, so a half-typed value is kept while it is not yet a schedule. */
export interface ScheduleForm {
  date: string;
  time: string;
  zone: string;
  repeat: FormRepeat;
  interval: string;
}

export type FormProblem = 'date-missing' | 'time-missing' | 'invalid' | 'interval';

/** The recurrence of a step's schedule text; undefined when there is none (or, defensively, when it does not read). */
export function readSchedule(text: string | undefined): Recurrence | undefined {
  if (text === undefined) return undefined;
  const parsed = parseRecurrence(text);
  return parsed.ok ? parsed.value : undefined;
}

/** The form's fields for a schedule, or the empty form (daily, in `zone`) when there is none yet. */
export function formOf(recurrence: Recurrence | undefined, zone: string): ScheduleForm {
  if (!recurrence) return { date: '', time: '', zone, repeat: 'daily', interval: '1' };
  const simple = simpleScheduleOf(recurrence);
  const { date, zone: own } = recurrence.start;
  const time = recurrence.start.time.slice(0, 5);
  if (!simple) return { date, time, zone: own, repeat: 'custom', interval: String(recurrence.interval) };
  return { date, time, zone: own, repeat: simple.repeat, interval: String(simple.interval) };
}

/** The largest interval the form accepts for a repeat (a schedule runs at least once a year [D T2]). */
export function maxInterval(repeat: FormRepeat): number {
  const freq = { none: 'DAILY', hourly: 'HOURLY', daily: 'DAILY', weekly: 'WEEKLY', monthly: 'MONTHLY', custom: 'DAILY' } as const;
  return MAX_INTERVAL[freq[repeat]];
}

/**
 * The schedule text the form stands for, or why not. A custom rule (one the
 * form cannot show) keeps its rule and takes the form's start. Both date
 * and time empty is no problem: the author has not chosen yet.
 */
export function scheduleFromForm(form: ScheduleForm, current: Recurrence | undefined): { text: string } | { problem: FormProblem } | { empty: true } {
  const date = form.date.trim();
  const time = form.time.trim().slice(0, 5);
  if (!date && !time) return { empty: true };
  if (!date) return { problem: 'date-missing' };
  if (!time) return { problem: 'time-missing' };
  const start = { date, time: `${time}:00`, zone: form.zone };
  let recurrence: Recurrence;
  if (form.repeat === 'custom') {
    if (!current) return { problem: 'invalid' };
    recurrence = withStart(current, start);
  } else {
    const interval = /^\s*\d{1,6}\s*$/.test(form.interval) ? Number(form.interval) : Number.NaN;
    if (form.repeat !== 'none' && !(interval >= 1 && interval <= maxInterval(form.repeat))) return { problem: 'interval' };
    recurrence = recurrenceOfSimple({ date, time, zone: form.zone, repeat: form.repeat, interval: form.repeat === 'none' ? 1 : interval });
  }
  const text = formatRecurrence(recurrence);
  return parseRecurrence(text).ok ? { text } : { problem: 'invalid' };
}

/**
 * The zone a new schedule starts in: the zone of the stores the workflow
 * may run in when they all share one, else UTC (a schedule has one zone, as
 * in Flow, and no store's would be right for the others).
 */
export function defaultScheduleZone(org: Organization | undefined, activation: Activation): string {
  const zones = new Set((org?.stores ?? []).filter((s) => inScope(activation, s.id)).map((s) => s.timeZone));
  return zones.size === 1 ? [...zones][0]! : 'UTC';
}

/** "1st", "22nd" in English, "1." in Polish: the day of the month as the language writes it. */
function monthDay(t: Translate, language: string, day: number): string {
  const form = new Intl.PluralRules(language, { type: 'ordinal' }).select(day);
  const key = form === 'one' || form === 'two' || form === 'few' ? form : 'other';
  return t(`inspector.schedule.monthDay.${key}`, { day });
}

/** When the schedule runs, in the UI language. */
export function scheduleSummary(t: Translate, language: string, r: Recurrence): string {
  const { date, zone } = r.start;
  const time = r.start.time.slice(0, 5);
  const simple = simpleScheduleOf(r);
  const minutely = r.freq === 'MINUTELY' && !r.byDay && !r.byHour && !r.byMinute && r.count === undefined;
  if (minutely) return t('inspector.schedule.summary.minutely', { count: r.interval, date, time, zone });
  if (!simple) {
    const rule = formatRecurrence(r).split('\n')[1]!.slice('RRULE:'.length);
    return t('inspector.schedule.summary.custom', { rule, date, time, zone });
  }
  const count = simple.interval;
  switch (simple.repeat) {
    case 'none':
      return t('inspector.schedule.summary.once', { date, time, zone });
    case 'hourly':
      return t('inspector.schedule.summary.hourly', { count, date, time, zone });
    case 'daily':
      return t('inspector.schedule.summary.daily', { count, date, time, zone });
    case 'weekly': {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6;
      return t('inspector.schedule.summary.weekly', { count, weekday: t(`inspector.schedule.weekday.${weekday}`), date, time, zone });
    }
    case 'monthly': {
      const n = Number(date.slice(8, 10));
      const day = monthDay(t, language, n);
      const text = t('inspector.schedule.summary.monthly', { count, day, date, time, zone });
      return n > 28 ? `${text} ${t('inspector.schedule.summary.skipsMonths', { day })}` : text;
    }
  }
}

