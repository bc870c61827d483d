/**
 * The header's save indicator for the open workflow: Saving… while a write
 * is pending or under way (never Saved before it landed), Saved, Save failed
 * with the reason, or Not saved when another tab's save is in the way.
 * Loaded with the first workflow opened (Header.tsx shows an empty status before), with the
 * editor's message area, which the editor has loaded by then.
 */
import { useActiveSaveState } from '../../state/editor/activeSession';
import { useT, type MessageKey } from '../i18n';

const TEXT = {
  idle: undefined,
  pending: 'editor.save.saving',
  saving: 'editor.save.saving',
  saved: 'editor.save.saved',
  failed: 'editor.save.failed',
  conflict: 'editor.save.conflict',
} as const satisfies Record<string, MessageKey | undefined>;

export function SaveIndicator() {
  const status = useActiveSaveState((s) => s.status);
  const t = useT();
  const error = useActiveSaveState((s) => (s.errorKind === 'quota' ? t('app.storage.saveQuota') : s.error));
  const key = TEXT[status];
  return (
    <span role="status" aria-label={t('shell.save.status')} className={`save-status save-status--${status}`} title={error}>
      {key ? t(key) : ''}
      {status === 'failed' && error ? `: ${error}` : ''}
    </span>
  );
}
