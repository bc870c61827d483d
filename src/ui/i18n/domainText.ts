/**
 * The domain's own words in the user's language. Static validation and the
 * run gate give English sentences (kept for the CLI, logs and stored run
 * records) plus a stable code and params; in Polish the UI words them from
 * the catalog (`problems.<code>[.<variant>]`, `problems.reason.<code>`). In
 * English the domain's sentence is shown as it is, so the two can't drift.
 * Anything without a known code (an older record, a future code) keeps its
 * stored English words rather than showing a half-translated sentence.
 */
import { useCallback } from 'react';
import type { FieldValueIssue } from '../../domain/catalog/fieldTypes';
import type { ReasonDetail } from '../../domain/org/rules';
import type { MessageParam, MessageParams } from '../../domain/text/messageParams';
import type { Refusal } from '../../domain/workflow/operations';
import type { Problem } from '../../domain/workflow/problems';
import { isMessageKey } from './catalog';
import type { Language, Params } from './format';
import { translateIn, useLanguage } from './useT';

function paramValue(language: Language, value: MessageParam): string | number {
  if (typeof value === 'object') return language === 'pl' && value.pl ? value.pl : value.en;
  return value;
}

function resolve(language: Language, params: MessageParams | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) out[name] = paramValue(language, value);
  return out;
}

/** "must be a whole number" and the like, in the language. */
export function valueIssueText(language: Language, issue: FieldValueIssue): string {
  if (issue.code === 'reference') {
    return translateIn(language, 'problems.value.reference', { resource: translateIn(language, `problems.resource.${issue.resource}`) });
  }
  return translateIn(language, `problems.value.${issue.code}`);
}

/** The problem's message in the language (the domain's own English message for English). */
export function problemText(language: Language, problem: Problem): string {
  if (language === 'en') return problem.message;
  const base = `problems.${problem.code}`;
  const variantKey = problem.variant ? `${base}.${problem.variant}` : undefined;
  const key = variantKey && isMessageKey(variantKey) ? variantKey : base;
  if (!isMessageKey(key)) return problem.message;
  const params: Params = { ...resolve(language, problem.params) };
  const extra: Record<string, string | number> = {};
  if (problem.valueIssue) extra.reason = valueIssueText(language, problem.valueIssue);
  if (problem.code === 'liquid-syntax') {
    const { line, column } = problem.params ?? {};
    extra.where = typeof line === 'number' && typeof column === 'number' ? translateIn(language, 'problems.liquid.where', { line, column }) : '';
    const reasonKey = `problems.liquid.${problem.variant ?? 'other'}`;
    extra.reason = translateIn(language, isMessageKey(reasonKey) ? reasonKey : 'problems.liquid.other', resolve(language, problem.params));
  }
  if (problem.code === 'getdata-query-invalid') {
    const reasonKey = `storeData.searchError.${problem.variant ?? ''}`;
    extra.reason = isMessageKey(reasonKey) ? translateIn(language, reasonKey, params) : problem.message;
  }
  return translateIn(language, key, { ...params, ...extra });
}

/** A reason a workflow does not run (or an app can't be used) in the language; its stored English words otherwise. */
export function reasonText(language: Language, text: string, detail: ReasonDetail | { code: string; params?: MessageParams } | undefined): string {
  if (language === 'en' || !detail) return text;
  const key = `problems.reason.${detail.code}`;
  return isMessageKey(key) ? translateIn(language, key, resolve(language, detail.params)) : text;
}

/** Words problems in the current language. */
export function useProblemText(): (problem: Problem) => string {
  const language = useLanguage();
  return useCallback((problem) => problemText(language, problem), [language]);
}

/** Words reasons in the current language. */
export function useReasonText(): (text: string, detail?: { code: string; params?: MessageParams }) => string {
  const language = useLanguage();
  return useCallback((text, detail) => reasonText(language, text, detail), [language]);
}

const KIND_PARAMS = ['kind', 'actual', 'expected'] as const;

/**
 * A refused change in the language (the domain's own English message for
 * English). Kind names in its params (`kind`, `actual`, `expected`) are
 * worded as the canvas names kinds.
 */
export function refusalText(language: Language, refusal: Refusal): string {
  if (language === 'en') return refusal.message;
  const key = `editor.refusal.${refusal.code}`;
  if (!isMessageKey(key)) return refusal.message;
  const params: Record<string, string | number> = resolve(language, refusal.params);
  for (const name of KIND_PARAMS) {
    const kindKey = `canvas.kind.${String(params[name])}`;
    if (params[name] !== undefined && isMessageKey(kindKey)) params[name] = translateIn(language, kindKey).toLocaleLowerCase(language);
  }
  return translateIn(language, key, params);
}
