/**
 * Small pure helpers behind the inspector's text: the heading of a step,
 * the apps a workflow uses (for the run gate), problems in the order they
 * are listed, and when a scheduled trigger runs.
 */
import type { Catalog } from '../../domain/catalog/catalog';
import type { Schedule } from '../../domain/catalog/manifest';
import { type Step, WaitStep } from '../../domain/workflow/document';
import type { Problem } from '../../domain/workflow/problems';
import type { Translate } from '../i18n';

/** What heads a step's settings: the app's name over the step's name. */
export interface StepHeading {
  app: string;
  name: string;
}

/**
 * The app name and step name of a step, e.g. "Slack" / "Send Slack message".
 * Conditions and waits are Flow's own logic; a step of an app or event the
 * catalog doesn't know shows its ids, so it can still be recognised.
 */
export function stepHeading(catalog: Catalog, step: Step): StepHeading {
  switch (step.kind) {
    case 'condition':
      return { app: 'Logic', name: 'Condition' };
    case 'wait':
      return { app: 'Logic', name: 'Wait' };
    case 'trigger': {
      const app = catalog.byId.get(step.app);
      const def = app?.triggers.find((t) => t.id === step.trigger);
      return { app: app?.name.en ?? step.app, name: def?.name.en ?? step.trigger };
    }
    case 'action': {
      const app = catalog.byId.get(step.app);
      const def = app?.actions.find((a) => a.id === step.action);
      return { app: app?.name.en ?? step.app, name: def?.name.en ?? step.action };
    }
  }
}

/** Every app the trigger and actions use, once each, sorted: what the run gate checks per store. */
export function appIdsOf(steps: readonly Step[]): string[] {
  const ids = new Set<string>();
  for (const step of steps) if (step.kind === 'trigger' || step.kind === 'action') ids.add(step.app);
  return [...ids].sort();
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

/** When a scheduled trigger fires, in words of the UI language; undefined for triggers an app's notification starts. */
export function scheduleText(t: Translate, schedule: Schedule | undefined): string | undefined {
  if (!schedule) return undefined;
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
