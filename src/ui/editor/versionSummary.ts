/**
 * The one-line summary of a version in the history list, in the UI's
 * language. Storage keeps an English summary with each version; the panel
 * recomputes it from the versions themselves (an edit against the version
 * before it, as storage does), so it can be said in any language.
 */
import { currentIndex } from '../../state/catalog';
import { diffWorkflows, type WorkflowDiff } from '../../domain/workflow/diff';
import type { WorkflowVersion } from '../../state/editor/history';
import type { Translate } from '../i18n';

/** "2 steps added, 1 step changed", "renamed to “X”" or "Layout changed". */
export function summarizeChanges(diff: WorkflowDiff, t: Translate): string {
  const parts: string[] = [];
  if (diff.added.length > 0) parts.push(t('editor.history.summary.added', { count: diff.added.length }));
  if (diff.removed.length > 0) parts.push(t('editor.history.summary.removed', { count: diff.removed.length }));
  if (diff.changed.length > 0) parts.push(t('editor.history.summary.changed', { count: diff.changed.length }));
  const links = diff.linksAdded.length + diff.linksRemoved.length;
  if (links > 0) parts.push(t('editor.history.summary.links', { count: links }));
  for (const change of ['added', 'removed', 'changed'] as const) {
    const count = diff.notes.filter((c) => c.change === change).length;
    if (count > 0) parts.push(t(`notes.summary.${change}`, { count }));
  }
  for (const w of diff.workflow) {
    if (w.field === 'name') parts.push(t('editor.history.summary.renamed', { name: w.after }));
    else if (w.field === 'description') parts.push(t('editor.history.summary.description'));
    else parts.push(t('editor.history.summary.activation'));
  }
  return parts.length > 0 ? parts.join(', ') : t('editor.history.summary.layout');
}

/** The summary of `version`; `previous` is the version saved before it, if any. */
export function versionSummary(version: WorkflowVersion, previous: WorkflowVersion | undefined, t: Translate): string {
  switch (version.reason) {
    case 'edit':
      return previous ? summarizeChanges(diffWorkflows(currentIndex(), previous.doc, version.doc), t) : t('editor.history.summary.saved');
    case 'restore':
      return t('editor.history.summary.restore');
    default:
      return t(`editor.history.reason.${version.reason}`);
  }
}
