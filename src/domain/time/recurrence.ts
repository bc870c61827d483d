/**
 * A schedule as Shopify Flow stores it (FORMAT.md §12 [D T2]): one text of
 * two lines, `DTSTART;TZID=<IANA zone>:<YYYYMMDDTHHMMSS>` and
 * `RRULE:FREQ=…;INTERVAL=…`, with FREQ one of MINUTELY…YEARLY and the parts
 * INTERVAL, WKST, BYHOUR, BYMINUTE and BYDAY, an interval of at least 10
 * minutes and at most a year [D T2, H-adv]. Flowbench also reads COUNT
 * (RFC 5545) and writes `COUNT=1` for a schedule that runs once: Flow's
 * sources document no one-off form [I].
 *
 * The text is checked here, strictly, into a typed shape, each problem
 * naming its part (`RRULE INTERVAL: …`). The `rrule` package's own parser is
 * not the gate: it is lenient (month 13 rolls over into the next year,
 * `INTERVAL=x` passes, an unknown BYDAY throws a TypeError). The shape is
 * then handed to `rrule` to compute occurrences (occurrences.ts).
 */
import { z } from 'zod';
import { isTimeZone, localMs } from './zones';

export const FREQS = ['MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Freq = (typeof FREQS)[number];
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The parts of an RRULE Flowbench reads, in the order it writes them. */
export const RRULE_PARTS = ['FREQ', 'INTERVAL', 'WKST', 'BYDAY', 'BYHOUR', 'BYMINUTE', 'COUNT'] as const;

/** One period of each FREQ in minutes (a month 31 days, a year 366: the bounds are about the longest case). */
const FREQ_MINUTES: Record<Freq, number> = { MINUTELY: 1, HOURLY: 60, DAILY: 1440, WEEKLY: 10_080, MONTHLY: 44_640, YEARLY: 527_040 };
/** The largest INTERVAL that keeps one period within a year [D T2]. */
export const MAX_INTERVAL: Record<Freq, number> = { MINUTELY: 525_600, HOURLY: 8760, DAILY: 365, WEEKLY: 52, MONTHLY: 12, YEARLY: 1 };
export const MIN_INTERVAL_MINUTES = 10;
export const MAX_COUNT = 10_000;
const MAX_TEXT = 500;

/** A schedule read from its text. `start` is a wall-clock date and time in `zone`. */
export interface Recurrence {
  start: { date: string; time: string; zone: string };
  freq: Freq;
  interval: number;
  wkst?: Weekday;
  /** BYDAY: weekdays, with an ordinal ("+1MO", "-1FR") only in MONTHLY and YEARLY rules. */
  byDay?: { day: Weekday; n?: number }[];
  byHour?: number[];
  byMinute?: number[];
  count?: number;
}

/** A problem with a schedule's text: the part (`DTSTART`, `RRULE INTERVAL`…) and the reason. */
export interface RecurrenceProblem {
  part: string;
  message: string;
}

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `${name} must be at least ${min}`).max(max, `${name} can be at most ${max.toLocaleString('en')}`));

const numberList = (name: string, max: number) =>
  z
    .string()
    .regex(/^\d{1,2}(,\d{1,2})*$/, `${name} must be numbers separated by commas`)
    .transform((s) => s.split(',').map(Number))
    .refine((list) => list.every((n) => n <= max), `${name} values go from 0 to ${max}`);

const BYDAY_ITEM = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

const RuleParts = z.strictObject({
  FREQ: z.enum(FREQS, { error: `FREQ must be one of ${FREQS.join(', ')}` }),
  INTERVAL: wholeNumber('INTERVAL', 1, 525_600).optional(),
  WKST: z.enum(WEEKDAYS, { error: `WKST must be one of ${WEEKDAYS.join(', ')}` }).optional(),
  BYDAY: z
    .string()
    .refine((s) => s.split(',').every((item) => BYDAY_ITEM.test(item)), 'BYDAY must be weekdays like MO,WE or +1MO separated by commas')
    .transform((s) =>
      s.split(',').map((item) => {
        const [, n, day] = BYDAY_ITEM.exec(item)!;
        return n === undefined ? { day: day as Weekday } : { day: day as Weekday, n: Number(n) };
      }),
    )
    .optional(),
  BYHOUR: numberList('BYHOUR', 23).optional(),
  BYMINUTE: numberList('BYMINUTE', 59).optional(),
  COUNT: wholeNumber('COUNT', 1, MAX_COUNT).optional(),
});

/** Reads a schedule's text; every problem names its part. */
export function parseRecurrence(text: string): { ok: true; value: Recurrence } | { ok: false; problems: RecurrenceProblem[] } {
  const fail = (part: string, message: string) => ({ ok: false as const, problems: [{ part, message }] });
  if (text.length > MAX_TEXT) return fail('schedule', `the schedule text can be at most ${MAX_TEXT} characters`);
  const lines = text.split('\n');
  if (lines.length !== 2) {
    return fail('schedule', 'a schedule is two lines, DTSTART;TZID=<zone>:<YYYYMMDDTHHMMSS> and RRULE:FREQ=…');
  }
  const start = parseStart(lines[0]!);
  if ('problem' in start) return fail('DTSTART', start.problem);
  if (!lines[1]!.startsWith('RRULE:')) return fail('RRULE', 'the second line must start with "RRULE:"');
  const raw: Record<string, string> = {};
  for (const item of lines[1]!.slice('RRULE:'.length).split(';')) {
    const eq = item.indexOf('=');
    const name = eq > 0 ? item.slice(0, eq) : item;
    if (eq <= 0) return fail('RRULE', `"${item}" is not a NAME=VALUE part`);
    if (!(RRULE_PARTS as readonly string[]).includes(name)) {
      return fail(`RRULE ${name}`, `Flowbench reads only ${RRULE_PARTS.join(', ')} (FORMAT.md §12)`);
    }
    if (Object.hasOwn(raw, name)) return fail(`RRULE ${name}`, `${name} is given twice`);
    raw[name] = item.slice(eq + 1);
  }
  const parsed = RuleParts.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => ({ part: `RRULE ${String(i.path[0] ?? '')}`.trim(), message: i.message })) };
  }
  const p = parsed.data;
  const value: Recurrence = {
    start,
    freq: p.FREQ,
    interval: p.INTERVAL ?? 1,
    ...(p.WKST ? { wkst: p.WKST } : {}),
    ...(p.BYDAY ? { byDay: p.BYDAY } : {}),
    ...(p.BYHOUR ? { byHour: p.BYHOUR } : {}),
    ...(p.BYMINUTE ? { byMinute: p.BYMINUTE } : {}),
    ...(p.COUNT !== undefined ? { count: p.COUNT } : {}),
  };
  const problems = ruleProblems(value);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

function parseStart(line: string): Recurrence['start'] | { problem: string } {
  const match = /^DTSTART;TZID=([^:;]+):(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(line);
  if (!match) {
    return { problem: 'the first line must be DTSTART;TZID=<IANA zone>:<YYYYMMDDTHHMMSS>, like DTSTART;TZID=Europe/Warsaw:20261201T090000' };
  }
  const [, zone, y, mo, d, h, mi, s] = match as unknown as [string, string, string, string, string, string, string, string];
  if (!isTimeZone(zone)) return { problem: `"${zone}" is not a time zone this browser knows (an IANA name like Europe/Warsaw)` };
  const date = `${y}-${mo}-${d}`;
  const time = `${h}:${mi}:${s}`;
  if (Number.isNaN(localMs(date, time))) return { problem: `${date} ${time} is not a real date and time` };
  return { date, time, zone };
}

/** Rules about the parts together: Flow's interval bounds [D T2] and RFC 5545's BYDAY ordinals. */
function ruleProblems(r: Recurrence): RecurrenceProblem[] {
  const problems: RecurrenceProblem[] = [];
  if (r.freq === 'MINUTELY' && r.interval < MIN_INTERVAL_MINUTES) {
    problems.push({ part: 'RRULE INTERVAL', message: `a schedule repeats at most every ${MIN_INTERVAL_MINUTES} minutes` });
  }
  if (r.interval > MAX_INTERVAL[r.freq]) {
    problems.push({ part: 'RRULE INTERVAL', message: `a schedule repeats at least once a year: with FREQ=${r.freq} INTERVAL can be at most ${MAX_INTERVAL[r.freq].toLocaleString('en')}` });
  }
  const gap = minuteGap(r.byMinute);
  if (gap !== undefined && gap < MIN_INTERVAL_MINUTES && FREQ_MINUTES[r.freq] >= 60) {
    problems.push({ part: 'RRULE BYMINUTE', message: `minutes ${gap} apart would run more often than every ${MIN_INTERVAL_MINUTES} minutes` });
  }
  if (r.byDay?.some((d) => d.n !== undefined) && r.freq !== 'MONTHLY' && r.freq !== 'YEARLY') {
    problems.push({ part: 'RRULE BYDAY', message: 'a numbered weekday (like +1MO) only goes with FREQ=MONTHLY or YEARLY' });
  }
  const limit = r.freq === 'MONTHLY' ? 5 : 53;
  if (r.byDay?.some((d) => d.n !== undefined && (d.n === 0 || Math.abs(d.n) > limit))) {
    problems.push({ part: 'RRULE BYDAY', message: `a weekday's number goes from 1 to ${limit} or -1 to -${limit}` });
  }
  return problems;
}

/** The smallest distance between two BYMINUTE values, going round the hour. */
function minuteGap(minutes: readonly number[] | undefined): number | undefined {
  if (!minutes || minutes.length < 2) return undefined;
  const sorted = [...new Set(minutes)].sort((a, b) => a - b);
  if (sorted.length < 2) return undefined;
  let gap = 60 - sorted.at(-1)! + sorted[0]!;
  for (let i = 1; i < sorted.length; i++) gap = Math.min(gap, sorted[i]! - sorted[i - 1]!);
  return gap;
}

/** The text Flow stores for a schedule: DTSTART with its zone, a newline, the RRULE parts in a fixed order. */
export function formatRecurrence(r: Recurrence): string {
  const stamp = `${r.start.date.replaceAll('-', '')}T${r.start.time.replaceAll(':', '')}`;
  const parts = [`FREQ=${r.freq}`, `INTERVAL=${r.interval}`, `WKST=${r.wkst ?? 'MO'}`];
  if (r.byDay) parts.push(`BYDAY=${r.byDay.map((d) => `${d.n === undefined ? '' : d.n > 0 ? `+${d.n}` : d.n}${d.day}`).join(',')}`);
  if (r.byHour) parts.push(`BYHOUR=${r.byHour.join(',')}`);
  if (r.byMinute) parts.push(`BYMINUTE=${r.byMinute.join(',')}`);
  if (r.count !== undefined) parts.push(`COUNT=${r.count}`);
  return `DTSTART;TZID=${r.start.zone}:${stamp}\nRRULE:${parts.join(';')}`;
}

/** The schedule text as a step field: checked by parseRecurrence, each problem as `<part>: <reason>`. */
export const RecurrenceText = z.string().superRefine((text, ctx) => {
  const parsed = parseRecurrence(text);
  if (!parsed.ok) for (const p of parsed.problems) ctx.addIssue({ code: 'custom', message: `${p.part}: ${p.message}` });
});
