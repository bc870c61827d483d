/** A run or step status as a word with a colour and a symbol (the word carries the meaning). */
import type { RunStatus } from '../../state/runtime';
import { RUN_STATUS_LABEL } from './format';

const SYMBOL: Record<RunStatus, string> = { succeeded: '✓', failed: '✗', skipped: '–', waiting: '⏸', running: '…' };

export function RunStatusBadge({ status }: { status: RunStatus }) {
  return (
    <span className={`run-status run-status--${status}`}>
      <span aria-hidden="true">{SYMBOL[status]} </span>
      {RUN_STATUS_LABEL[status]}
    </span>
  );
}
