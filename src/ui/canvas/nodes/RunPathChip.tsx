/**
 * A step's place on the path of a run shown on the canvas (ui/runCanvas):
 * succeeded, failed, skipped, waiting, not reached, with a symbol and a word
 * (never colour alone), "reused" when a retry from the failed step copied
 * its record, how many times it ran inside a loop, and a mark on the
 * current step. Rendered only on the run canvas (node data `run`), whose
 * nodes say "In this run: …, Current step" in their accessible names
 * (ui/runCanvas/runFlow.ts): the chip adds no hidden words of its own (clipped
 * hidden spans on 1,000 nodes made Chromium repaint every node per pan frame).
 */
import type { PathStatus } from '../../../domain/runs/runPath';
import { type MessageKey, translate as t } from '../../i18n';
import type { RunShown } from './StepNodes';

const SYMBOL: Record<PathStatus, string> = { succeeded: '✓', failed: '✗', skipped: '–', waiting: '⏸', running: '…', notReached: '○' };

export function pathStatusLabel(status: PathStatus): string {
  return t(`runCanvas.path.${status}` as MessageKey);
}

export function RunPathChip({ shown }: { shown: RunShown }) {
  return (
    <div className={`step-node__path step-node__path--${shown.status}`} data-testid="run-path-chip">
      <span aria-hidden="true">{SYMBOL[shown.status]} </span>
      {pathStatusLabel(shown.status)}
      {shown.records > 1 && ` ${t('runCanvas.path.times', { count: shown.records })}`}
      {shown.reused && ` · ${t('runCanvas.path.reused')}`}
    </div>
  );
}
