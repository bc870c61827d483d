/**
 * How runs, steps and sandbox records read on screen, as plain functions:
 * status words, one-line summaries, simulated times, and any JSON-like value
 * as text (never HTML: React escapes whatever these return).
 */
import { findApp, findTrigger } from '../../domain/catalog/catalog';
import { currentIndex } from '../../state/catalog';
import type { RunRecord, RunStatus, StepRecord } from '../../state/runtime';
import { type Language, translateIn } from '../i18n';
import { reasonText } from '../i18n/domainText';
import { appsOfStep } from '../../domain/workflow/kinds/registry';
import { stepTextIn } from '../kinds';

type Attempt = StepRecord['attempts'][number];

export const RUN_STATUS_LABEL: Record<RunStatus, string> = {
  succeeded: 'Succeeded',
  failed: 'Failed',
  skipped: 'Skipped',
  waiting: 'Waiting',
  running: 'Running',
};

export const RUN_STATUSES = Object.keys(RUN_STATUS_LABEL) as RunStatus[];

const ATTEMPT_OUTCOME_LABEL: Record<Attempt['outcome'], string> = {
  ok: 'Succeeded',
  permanent: 'Failed',
  transient: 'Failed, retryable',
  timeout: 'Timed out',
};

export function attemptOutcomeLabel(outcome: Attempt['outcome'], language: Language = 'en'): string {
  return language === 'en' ? ATTEMPT_OUTCOME_LABEL[outcome] : translateIn(language, `runs.outcome.${outcome}`);
}

/** A run or step status in the language. */
export function statusLabel(status: RunStatus, language: Language = 'en'): string {
  return language === 'en' ? RUN_STATUS_LABEL[status] : translateIn(language, `runs.status.${status}`);
}

const TIME: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' }),
  pl: new Intl.DateTimeFormat('pl-PL', { dateStyle: 'medium', timeStyle: 'medium' }),
};
const DECIMAL: Record<Language, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
  pl: new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 1 }),
};

/** A simulated time for people ("3 Jun 2024, 10:15:42", local time); the raw text when it is not a date. */
export function formatTime(iso: string | undefined, language: Language = 'en'): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : TIME[language].format(date);
}

/** "250 ms", "3.5 s", "2 min 5 s". */
export function formatDuration(ms: number, language: Language = 'en'): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${DECIMAL[language].format(Number((ms / 1000).toFixed(1)))} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
}

/** "Shopify · Order created", or the raw ids when the catalog does not know them. */
export function triggerName(app: string, trigger: string, language: Language = 'en'): string {
  const def = findTrigger(currentIndex(), app, trigger);
  const pick = (text: { en: string; pl?: string }) => (language === 'pl' && text.pl ? text.pl : text.en);
  return def ? `${pick(findApp(currentIndex(), app)!.name)} · ${pick(def.name)}` : `${app} · ${trigger}`;
}

/**
 * A step record's name in the language: records store the English name, so
 * in Polish it is worded again from the run's own copy of the workflow.
 */
export function stepRecordName(run: Pick<RunRecord, 'workflow'>, step: StepRecord, language: Language = 'en'): string {
  if (language === 'en') return step.name;
  const def = run.workflow.steps.find((s) => s.id === step.stepId);
  if (!def) return step.name;
  const d = stepTextIn(language, def);
  return appsOfStep(def).length > 0 ? `${d.appName} · ${d.title}` : d.title;
}

/** The first failed step of a run, if any. */
export function failedStep(run: Pick<RunRecord, 'steps'>): StepRecord | undefined {
  return run.steps.find((s) => s.status === 'failed');
}

/**
 * One line about a run for the history table: the reasons of a skipped run,
 * the failing step and its error, when a waiting run resumes, or how many
 * steps ran.
 */
export function runSummary(
  run: Pick<RunRecord, 'status' | 'reasons' | 'steps' | 'resumeAt'> & Partial<Pick<RunRecord, 'reasonDetails' | 'workflow'>>,
  language: Language = 'en',
): string {
  const t = (key: Parameters<typeof translateIn>[1], params?: Parameters<typeof translateIn>[2]) => translateIn(language, key, params);
  switch (run.status) {
    case 'skipped':
      return run.reasons.length > 0
        ? run.reasons.map((r, i) => reasonText(language, r, run.reasonDetails?.[i])).join(' ')
        : t('runs.summary.skipped');
    case 'failed': {
      const step = failedStep(run);
      if (!step) return t('runs.summary.failed');
      const name = run.workflow ? stepRecordName({ workflow: run.workflow }, step, language) : step.name;
      return `${name}: ${step.error ?? t('runs.summary.stepFailed')}`;
    }
    case 'waiting':
      return t('runs.summary.waiting', { time: formatTime(run.resumeAt, language) });
    case 'running':
      return t('runs.summary.running');
    case 'succeeded': {
      const ran = run.steps.filter((s) => s.status === 'succeeded').length;
      return t('runs.summary.succeeded', { count: ran });
    }
  }
}

/**
 * Any stored value as one line of text: text as is, arrays joined with ", ",
 * objects as compact JSON, nothing as an empty string.
 */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map((v) => (v !== null && typeof v === 'object' ? compactJson(v) : formatValue(v))).join(', ');
  return compactJson(value);
}

function compactJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}

/** The keys of a list of records, in first-seen order with `id` first: the columns of a sandbox table. */
export function columnsOf(records: readonly Record<string, unknown>[]): string[] {
  const keys = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) keys.add(key);
  return keys.has('id') ? ['id', ...[...keys].filter((k) => k !== 'id')] : [...keys];
}

/** A local date-time for <input type="datetime-local"> ("2024-06-03T10:15") from an ISO time. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An ISO time from a local date-time or date input value; undefined when empty or invalid. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  // A bare date ("2024-06-03") would parse as UTC midnight; make it local midnight like a date-time.
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00` : value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** The last millisecond of a local day given as "2024-06-03": the inclusive end of a "To" date filter. */
export function endOfLocalDay(date: string): string | undefined {
  const start = fromLocalInput(date);
  if (!start) return undefined;
  const d = new Date(start);
  d.setDate(d.getDate() + 1);
  return new Date(d.getTime() - 1).toISOString();
}
