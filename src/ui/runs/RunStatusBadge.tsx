/** A run or step status as a word with a colour and a symbol (the word carries the meaning). */
import type { RunStatus } from '../../state/runtime';
import { statusLabel } from './format';
import { useLanguage } from '../i18n';

const SYMBOL: Record<RunStatus, string> = { succeeded: '✓', failed: '✗', skipped: '–', waiting: '⏸', running: '…' };

export function RunStatusBadge({ status }: { status: RunStatus }) {
  const language = useLanguage();
  return (
    <span className={`run-status run-status--${status}`}>
      <span aria-hidden="true">{SYMBOL[status]} </span>
      {statusLabel(status, language)}
    </span>
  );
}
