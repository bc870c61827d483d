/**
 * The canvas search's words: why a step was found and what in the query
 * could not be used, in the UI's language, from the codes the domain's
 * search returns (domain/workflow/canvasSearch).
 */
import type { MatchReason, StoreReason } from '../../domain/workflow/canvasSearch/match';
import type { QueryIssue } from '../../domain/workflow/canvasSearch/query';
import type { Language, Translate } from '../i18n';
import { reasonText } from '../i18n/domainText';

const MAX_EXCERPT = 60;

/** A matched text, shortened to one line. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_EXCERPT ? `${line.slice(0, MAX_EXCERPT - 1)}…` : line;
}

const localized = (language: Language, text: { en: string; pl: string }) => (language === 'pl' ? text.pl : text.en);

/** The run gate's reasons for a store, in the language, as one sentence list. */
export function storeReasonsText(language: Language, reasons: readonly StoreReason[]): string {
  return reasons.map((r) => reasonText(language, r.text, r.detail)).join(' ');
}

/** Why one step was found, in a few words. */
export function matchReasonText(t: Translate, language: Language, reason: MatchReason): string {
  switch (reason.code) {
    case 'name':
      return t('editor.search.why.name');
    case 'app':
      return t('editor.search.why.app', { app: localized(language, reason.app) });
    case 'field':
      return t('editor.search.why.field', { field: reason.field, text: excerpt(reason.text) });
    case 'note':
      return t('editor.search.why.note', { text: excerpt(reason.text) });
    case 'sticky-note':
      return excerpt(reason.text);
    case 'invalid':
      return t('editor.search.why.invalid', { count: reason.count });
    case 'not-installed':
      return reason.stores.length === 0
        ? t('editor.search.why.notInstalledAnywhere', { app: localized(language, reason.app) })
        : t('editor.search.why.notInstalled', { app: localized(language, reason.app), stores: reason.stores.join(', ') });
    case 'disabled-in':
      return t('editor.search.why.disabledIn', { store: reason.store, reasons: storeReasonsText(language, reason.reasons) });
    case 'app-filter':
      return t('editor.search.why.appFilter', { app: localized(language, reason.app) });
  }
}

/** What in the query could not be used as written. */
export function queryIssueText(t: Translate, issue: QueryIssue): string {
  return issue.code === 'unclosed-quote' ? t('editor.search.issue.unclosed-quote') : t(`editor.search.issue.${issue.code}`, { token: issue.token });
}
