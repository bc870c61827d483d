/**
 * A step's place on the path of a run shown on the canvas (ui/runCanvas):
 * succeeded, failed, skipped, waiting, not reached, with a symbol and a word
 * (never colour alone), "reused" when a retry from the failed step copied
 * its record, how many times it ran inside a loop, and a mark on the
 * current step. Rendered only on the run canvas (node data `run`), whose
 * nodes say "In this run: …, Current step" in their accessible names
 * (ui/runCanvas/runFlow.ts): the chip adds no hidden words of its own (clipped
 * hidden spans on 1,000 nodes made Chromium repaint every node per pan frame).
 *
 * One element with one text per node (docs/benchmarks.md, canvas-overlay-mount):
 * the symbol is the chip's `::before`, with empty alternative text so screen
 * readers skip it as they skipped the `aria-hidden` span it was
 * (ui/runCanvas/runCanvas.css), and the chip is an element the node renders,
 * not a component of its own.
 */
import type { PathStatus } from '../../../domain/runs/runPath';
import { type MessageKey, translate as t } from '../../i18n';
import type { RunShown } from './StepNodes';

export function pathStatusLabel(status: PathStatus): string {
  return t(`runCanvas.path.${status}` as MessageKey);
}

/** The chip's words: the status, how many times, reused. */
export function runPathText(shown: RunShown): string {
  let text = pathStatusLabel(shown.status);
  if (shown.records > 1) text += ` ${t('runCanvas.path.times', { count: shown.records })}`;
  if (shown.reused) text += ` · ${t('runCanvas.path.reused')}`;
  return text;
}

export function runPathChip(shown: RunShown) {
  return (
    <div className={`step-node__path step-node__path--${shown.status}`} data-testid="run-path-chip">
      {runPathText(shown)}
    </div>
  );
}
