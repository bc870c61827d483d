/**
 * A failed run's retries on its canvas page: from the failed step, or the
 * whole run. Loaded with the page's first render but not before it
 * (RunCanvasView, React.lazy): the retry buttons import the runtime, and with
 * it the engine, which the canvas itself never needs (docs/benchmarks.md,
 * canvas-overlay-mount).
 */
import type { RunRecord } from '../../state/runtime';
import type { Language } from '../i18n';
import { RetryButton } from '../runs/RunDetail';
import { RetryFromStepButton } from '../runs/RetryFromStepButton';

export function Retries({ run, language }: { run: RunRecord; language: Language }) {
  return (
    <div className="run-canvas__retries">
      <RetryFromStepButton run={run} language={language} />
      <RetryButton runId={run.id} />
    </div>
  );
}
