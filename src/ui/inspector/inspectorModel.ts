/**
 * Small pure helpers behind the inspector's text: the apps a workflow uses
 * (for the run gate), problems in the order they
 * are listed, and when a scheduled trigger runs.
 */
import type { Schedule } from '../../domain/catalog/manifest';
import { appsOfSteps } from '../../domain/workflow/kinds/registry';
import { type Step, WaitStep } from '../../domain/workflow/document';
import type { Problem } from '../../domain/workflow/problems';
import type { Translate } from '../i18n';
import { readSchedule, scheduleSummary } from './scheduleModel';

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

/**
 * When a scheduled trigger fires, in words of the UI language; undefined for
 * triggers an app's notification starts. `chosen` is the trigger step's own
 * schedule text (Shopify's Scheduled time).
 */
export function scheduleText(t: Translate, language: string, schedule: Schedule | undefined, chosen?: string): string | undefined {
  if (!schedule) return undefined;
  const recurrence = schedule.kind === 'configurable' ? readSchedule(chosen) : undefined;
  if (recurrence) return scheduleSummary(t, language, recurrence);
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
