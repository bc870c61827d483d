/**
 * The header's save indicator for the open workflow: Saving… while a write
 * is pending or under way (never Saved before it landed), Saved, Save failed
 * with the reason, or Not saved when another tab's save is in the way.
 */
import { useSaveStatus } from '../../state/editor/session';

const TEXT = {
  idle: '',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Save failed',
  conflict: 'Not saved: changed in another tab',
} as const;

export function SaveIndicator() {
  const status = useSaveStatus((s) => s.status);
  const error = useSaveStatus((s) => s.error);
  return (
    <span role="status" aria-label="Save status" className={`save-status save-status--${status}`} title={error}>
      {TEXT[status]}
      {status === 'failed' && error ? `: ${error}` : ''}
    </span>
  );
}
