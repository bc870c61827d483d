/**
 * Scheduled triggers: the events that triggers with a `schedule` in their
 * manifest fire in a window of simulated time, one event per workflow and
 * store (`workflowId` set), for workflows that are on in that store. Gating
 * still applies when the events run (a missing app gives a skipped run).
 *
 * Decisions:
 * - Occurrences come from domain/time/occurrences.ts: computed by `rrule`
 *   in wall-clock time of a zone, daylight-saving changes by RFC 5545.
 * - The window is (from, to]: an event exactly at `from` belonged to the
 *   previous window. Windows longer than 366 days are refused.
 * - `daily` fires at its time each day in the store's time zone, with the
 *   trigger's sample payload in which date values (YYYY-MM-DD) become that
 *   day (the store's date) and date-times the firing time.
 * - `birthday` fires at its time of the store's day, `daysBefore` days
 *   before the birthday of each customer in the store's Shopify sandbox
 *   (`customers`) that has a `birthday` field "MM-DD"; the payload is the
 *   sample with the customer's id, e-mail and birthday. A 02-29 birthday
 *   fires only in leap years. No customers with a birthday: no events.
 * - `configurable` (Shopify's Scheduled time) reads the trigger step's
 *   `schedule`, Flow's recurrence text, in the zone it names (its own, as
 *   in Flow): a workflow on in several stores fires at the same instant in
 *   each, with `scheduled_at` set to the firing time. A step without a
 *   schedule (validation warns) fires daily at 00:00 in each store's zone.
 */
import type { Catalog } from '../domain/catalog/catalog';
import type { Schedule } from '../domain/catalog/manifest';
import type { Organization } from '../domain/org/organization';
import { triggerDefOf } from '../domain/workflow/dataFields';
import { isOnInStore } from '../domain/workflow/activation';
import type { Workflow } from '../domain/workflow/document';
import { occurrences } from '../domain/time/occurrences';
import { parseRecurrence, type Recurrence } from '../domain/time/recurrence';
import { DAY_MS, instantToLocal, localParts } from '../domain/time/zones';
import { type IdSource, randomIds, toIso, toMs } from './clock';
import type { MemorySandbox } from './sandbox';
import { triggerOf } from './runData';
import type { TriggerEvent } from './types';

const MAX_WINDOW_MS = 366 * DAY_MS;

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
    const chosen = def.schedule.kind === 'configurable' && trigger.schedule ? readSchedule(trigger.schedule) : undefined;
    const chosenTimes = chosen ? occurrences(chosen, from, to) : [];
    for (const store of input.org.stores) {
      if (!isOnInStore(workflow.activation, store.id)) continue;
      const base = { storeId: store.id, app: trigger.app, trigger: trigger.trigger, depth: 0, workflowId: workflow.id };
      if (chosen) {
        for (const at of chosenTimes) {
          const payload = { ...datedSample(def.samplePayload, at, store.timeZone), scheduled_at: toIso(at) };
          found.push({ ...base, payload, at: toIso(at) });
        }
        continue;
      }
      const daily = dailyAt(timeOfDay(def.schedule), store.timeZone);
      for (const at of occurrences(daily, from, to)) {
        for (const payload of firings(def.schedule, def.samplePayload, at, store.id, store.timeZone, input.sandbox)) {
          found.push({ ...base, payload, at: toIso(at) });
        }
      }
    }
  }
  found.sort((a, b) => a.at.localeCompare(b.at) || a.workflowId!.localeCompare(b.workflowId!) || a.storeId.localeCompare(b.storeId));
  return found.map((e) => ({ id: ids.next('event'), ...e }));
}

/** The recurrence of a schedule text; the schema checked it when the workflow was read, so a failure is a bug. */
function readSchedule(text: string): Recurrence {
  const parsed = parseRecurrence(text);
  if (!parsed.ok) throw new Error(`Unreadable schedule: ${parsed.problems.map((p) => `${p.part}: ${p.message}`).join('; ')}`);
  return parsed.value;
}

/** Every day at `time` ("HH:MM") in `zone`, from long before any simulated time. */
function dailyAt(time: string, zone: string): Recurrence {
  return { start: { date: '2000-01-01', time: `${time}:00`, zone }, freq: 'DAILY', interval: 1 };
}

/** A manifest schedule's time of day; Scheduled time without a chosen schedule fires at midnight. */
function timeOfDay(schedule: Schedule): string {
  return schedule.kind === 'configurable' ? '00:00' : schedule.time;
}

/** The payloads a manifest schedule fires with at `at` (a birthday fires once per customer whose day it is). */
function firings(
  schedule: Schedule,
  sample: Readonly<Record<string, unknown>>,
  at: number,
  storeId: string,
  zone: string,
  sandbox: MemorySandbox | undefined,
): Record<string, unknown>[] {
  if (schedule.kind !== 'birthday') return [datedSample(sample, at, zone)];
  // The store's date of the firing, moved on by daysBefore: whose birthday that is.
  const target = localParts(instantToLocal(at, zone) + schedule.daysBefore * DAY_MS).date.slice(5, 10); // MM-DD
  const customers = sandbox?.forApp(storeId, 'shopify').list('customers') ?? [];
  return customers
    .filter((c) => typeof c.birthday === 'string' && /^\d\d-\d\d$/.test(c.birthday) && c.birthday === target)
    .map((c) => ({
      ...sample,
      customer_id: String(c.id),
      ...(typeof c.email === 'string' ? { customer_email: c.email } : {}),
      birthday: c.birthday,
    }));
}

/** The sample payload with its dates moved to the firing day (in `zone`) and its date-times to the firing time. */
function datedSample(sample: Readonly<Record<string, unknown>>, at: number, zone: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...sample };
  const iso = toIso(at);
  const day = localParts(instantToLocal(at, zone)).date;
  for (const [key, value] of Object.entries(out)) {
    if (typeof value !== 'string') continue;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) out[key] = day;
    else if (/^\d{4}-\d{2}-\d{2}T/.test(value)) out[key] = iso;
  }
  return out;
}
