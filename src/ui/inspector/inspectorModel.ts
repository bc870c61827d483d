/**
 * Small pure helpers behind the inspector's text: the apps a workflow uses
 * (for the run gate), problems in the order they
 * are listed, and when a scheduled trigger runs.
 */
import type { Schedule } from '../../domain/catalog/manifest';
import { appsOfSteps } from '../../domain/workflow/kinds/registry';
import { type Step, TriggerSchedule, WaitStep } from '../../domain/workflow/document';
import type { Problem } from '../../domain/workflow/problems';
import type { Translate } from '../i18n';

/** Every app the steps use, once each, sorted: what the run gate checks per store. */
export function appIdsOf(steps: readonly Step[]): string[] {
  return appsOfSteps(steps).sort();
}

/** Errors before warnings, otherwise in validation's order (the sort is stable). */
export function errorsFirst(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/** How many of the problems are errors (warnings never block turning a workflow on). */
export function countErrors(problems: readonly Problem[]): number {
  return problems.reduce((n, p) => n + (p.severity === 'error' ? 1 : 0), 0);
}

/** Where turning the workflow on was last refused (the switch or a store's button): the refusal shows there, once. */
export type RefusedAt = 'switch' | 'store' | undefined;

const WEEKDAYS = ['0', '1', '2', '3', '4', '5', '6'] as const;

/**
 * When a scheduled trigger fires, in words of the UI language; undefined for
 * triggers an app's notification starts. `chosen` is the trigger step's own
 * schedule (Shopify's Scheduled time).
 */
export function scheduleText(t: Translate, schedule: Schedule | undefined, chosen?: TriggerSchedule): string | undefined {
  if (!schedule) return undefined;
  if (schedule.kind === 'configurable' && chosen) {
    const date = chosen.start.slice(0, 10);
    const time = chosen.start.slice(11, 16);
    if (chosen.repeat !== 'weekly') return t(`inspector.schedule.chosen.${chosen.repeat}`, { date, time });
    const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? '0';
    return t(`inspector.schedule.chosen.weekly.${weekday}`, { date, time });
  }
  switch (schedule.kind) {
    case 'daily':
      return t('inspector.schedule.daily', { time: schedule.time });
    case 'birthday':
      return schedule.daysBefore === 0
        ? t('inspector.schedule.birthday', { time: schedule.time })
        : t('inspector.schedule.beforeBirthday', { count: schedule.daysBefore, time: schedule.time });
    case 'configurable':
      return t('inspector.schedule.configurable');
  }
}

/**
 * A wait amount typed into the box, when it is digits the document's schema
 * accepts (a whole number from 1 to 1000); undefined otherwise.
 */
export function parseWaitAmount(text: string): number | undefined {
  if (!/^\s*\d+\s*$/.test(text)) return undefined;
  const parsed = WaitStep.shape.duration.shape.amount.safeParse(Number(text));
  return parsed.success ? parsed.data : undefined;
}

/** Why a start typed as a date and a time can't be a schedule's start; undefined when it can (or nothing is typed yet). */
export type StartProblem = 'date-missing' | 'time-missing' | 'invalid';

/**
 * The schedule the date, time and repeat inputs stand for, or why not. Both
 * empty is no problem: the author has not chosen yet.
 */
export function parseScheduleInput(
  date: string,
  time: string,
  repeat: TriggerSchedule['repeat'],
): { schedule: TriggerSchedule } | { problem: StartProblem } | { empty: true } {
  const d = date.trim();
  const tm = time.trim().slice(0, 5);
  if (!d && !tm) return { empty: true };
  if (!d) return { problem: 'date-missing' };
  if (!tm) return { problem: 'time-missing' };
  const parsed = TriggerSchedule.safeParse({ start: `${d}T${tm}`, repeat });
  return parsed.success ? { schedule: parsed.data } : { problem: 'invalid' };
}
