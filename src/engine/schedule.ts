/**
 * Scheduled triggers: the events that triggers with a `schedule` in their
 * manifest fire in a window of simulated time, one event per workflow and
 * store (`workflowId` set), for workflows that are on in that store. Gating
 * still applies when the events run (a missing app gives a skipped run).
 *
 * Decisions (kept simple on purpose):
 * - Times are UTC: the organization model has no store time zones yet.
 * - The window is (from, to]: an event exactly at `from` belonged to the
 *   previous window. Windows longer than 366 days are refused.
 * - `daily` fires at its time each day, with the trigger's sample payload in
 *   which date values (YYYY-MM-DD) become that day and date-times become the
 *   firing time.
 * - `birthday` fires at its time, `daysBefore` days before the birthday of
 *   each customer in the store's Shopify sandbox (`customers`) that has a
 *   `birthday` field "MM-DD"; the payload is the sample with the customer's
 *   id, e-mail and birthday. A 02-29 birthday fires only in leap years. No
 *   customers with a birthday: no events.
 * - `configurable` (Shopify's Scheduled time) reads the trigger step's
 *   `schedule`: it fires at `start` (UTC) and then every hour, day or week
 *   (`none`: only at `start`), each firing in the window once, with
 *   `scheduled_at` set to the firing time. A step without a schedule (the
 *   author has not chosen yet; validation warns) fires daily at 00:00 UTC,
 *   as before the schedule existed.
 */
import type { Catalog } from '../domain/catalog/catalog';
import type { Schedule } from '../domain/catalog/manifest';
import type { Organization } from '../domain/org/organization';
import { triggerDefOf } from '../domain/workflow/dataFields';
import { isOnInStore } from '../domain/workflow/activation';
import type { TriggerSchedule, Workflow } from '../domain/workflow/document';
import { type IdSource, randomIds, toIso, toMs } from './clock';
import type { MemorySandbox } from './sandbox';
import { triggerOf } from './runData';
import type { TriggerEvent } from './types';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const MAX_WINDOW_MS = 366 * DAY_MS;
const REPEAT_MS = { none: undefined, hourly: HOUR_MS, daily: DAY_MS, weekly: 7 * DAY_MS } as const;

export interface ScheduleInput {
  catalog: Catalog;
  workflows: readonly Workflow[];
  org: Organization;
  /** Where birthdays are read (the app "shopify", collection `customers`); without it no birthday fires. */
  sandbox?: MemorySandbox;
  /** Window start (exclusive), ISO. */
  from: string;
  /** Window end (inclusive), ISO. */
  to: string;
  ids?: IdSource;
}

/** The scheduled events due in (from, to], earliest first. */
export function scheduledEvents(input: ScheduleInput): TriggerEvent[] {
  const from = toMs(input.from);
  const to = toMs(input.to);
  if (to - from > MAX_WINDOW_MS) throw new Error('Scheduled triggers are computed for at most 366 days at a time.');
  const ids = input.ids ?? randomIds();
  const found: Omit<TriggerEvent, 'id'>[] = [];
  for (const workflow of input.workflows) {
    const trigger = triggerOf(workflow);
    const def = trigger && triggerDefOf(input.catalog, trigger);
    if (!trigger || !def?.schedule || !workflow.activation.on) continue;
    for (const store of input.org.stores) {
      if (!isOnInStore(workflow.activation, store.id)) continue;
      if (def.schedule.kind === 'configurable' && trigger.schedule) {
        for (const at of chosenTimes(trigger.schedule, from, to)) {
          const payload = { ...datedSample(def.samplePayload, at), scheduled_at: toIso(at) };
          found.push({ storeId: store.id, app: trigger.app, trigger: trigger.trigger, payload, at: toIso(at), depth: 0, workflowId: workflow.id });
        }
        continue;
      }
      for (const day of daysBetween(from, to)) {
        for (const payload of firings(def.schedule, def.samplePayload, day, store.id, input.sandbox)) {
          const at = day + timeOfDay(def.schedule);
          if (at <= from || at > to) continue;
          found.push({ storeId: store.id, app: trigger.app, trigger: trigger.trigger, payload: payload(at), at: toIso(at), depth: 0, workflowId: workflow.id });
        }
      }
    }
  }
  found.sort((a, b) => a.at.localeCompare(b.at) || a.workflowId!.localeCompare(b.workflowId!) || a.storeId.localeCompare(b.storeId));
  return found.map((e) => ({ id: ids.next('event'), ...e }));
}

/** The times in (from, to] of a schedule the author chose: `start`, then every hour, day or week. */
function chosenTimes(schedule: TriggerSchedule, from: number, to: number): number[] {
  const start = toMs(`${schedule.start}:00.000Z`);
  const every = REPEAT_MS[schedule.repeat];
  if (every === undefined) return start > from && start <= to ? [start] : [];
  // The first repeat after `from`, computed rather than stepped to, so a start years back costs nothing.
  let at = start > from ? start : start + (Math.floor((from - start) / every) + 1) * every;
  const times: number[] = [];
  for (; at <= to; at += every) times.push(at);
  return times;
}

/** UTC midnights of every day that can hold a firing in the window. */
function daysBetween(from: number, to: number): number[] {
  const days: number[] = [];
  for (let day = Math.floor(from / DAY_MS) * DAY_MS; day <= to; day += DAY_MS) days.push(day);
  return days;
}

function timeOfDay(schedule: Schedule): number {
  if (schedule.kind === 'configurable') return 0;
  const [h = 0, m = 0] = schedule.time.split(':').map(Number);
  return (h * 60 + m) * 60_000;
}

type PayloadAt = (at: number) => Record<string, unknown>;

/** The payloads a schedule fires with on `day` (as functions of the firing time). */
function firings(
  schedule: Schedule,
  sample: Readonly<Record<string, unknown>>,
  day: number,
  storeId: string,
  sandbox: MemorySandbox | undefined,
): PayloadAt[] {
  if (schedule.kind !== 'birthday') return [(at) => datedSample(sample, at)];
  const target = toIso(day + schedule.daysBefore * DAY_MS).slice(5, 10); // MM-DD
  const customers = sandbox?.forApp(storeId, 'shopify').list('customers') ?? [];
  return customers
    .filter((c) => typeof c.birthday === 'string' && /^\d\d-\d\d$/.test(c.birthday) && c.birthday === target)
    .map((c) => () => ({
      ...sample,
      customer_id: String(c.id),
      ...(typeof c.email === 'string' ? { customer_email: c.email } : {}),
      birthday: c.birthday,
    }));
}

/** The sample payload with its dates moved to the firing day and its date-times to the firing time. */
function datedSample(sample: Readonly<Record<string, unknown>>, at: number): Record<string, unknown> {
  const out: Record<string, unknown> = { ...sample };
  const iso = toIso(at);
  for (const [key, value] of Object.entries(out)) {
    if (typeof value !== 'string') continue;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) out[key] = iso.slice(0, 10);
    else if (/^\d{4}-\d{2}-\d{2}T/.test(value)) out[key] = iso;
  }
  return out;
}
