/**
 * A For each's items in a run's timeline: one disclosure per item ("Item 1
 * of 3: Blue T-shirt", its status), holding the steps that ran for it. A
 * short loop (at most 3 items) and every failed item start open; the others
 * start closed and their steps are only rendered once opened, so a run of
 * 100 items stays light. <details> opens from the keyboard natively.
 */
import { type ReactNode, memo, useState } from 'react';
import type { Iteration } from './iterations';
import { useT } from '../i18n';
import { RunStatusBadge } from './RunStatusBadge';

/** Loops of at most this many items show every item open. */
const OPEN_ALL_UP_TO = 3;

interface Props {
  iterations: readonly Iteration[];
  /** The For each's name, for the list's accessible name. */
  name: string;
  /** Draws the steps of one item (the timeline's own list, one level deeper). */
  renderSteps: (iteration: Iteration, label: string) => ReactNode;
}

export const LoopIterations = memo(function LoopIterations({ iterations, name, renderSteps }: Props) {
  const t = useT();
  return (
    <ol className="timeline__iterations" aria-label={t('runs.loop.iterations', { step: name })}>
      {iterations.map((iteration) => (
        <IterationItem key={iteration.index} iteration={iteration} openAtFirst={iterations.length <= OPEN_ALL_UP_TO || iteration.status === 'failed'} renderSteps={renderSteps} />
      ))}
    </ol>
  );
});

function IterationItem({ iteration, openAtFirst, renderSteps }: { iteration: Iteration; openAtFirst: boolean; renderSteps: Props['renderSteps'] }) {
  const t = useT();
  const [open, setOpen] = useState(openAtFirst);
  const params = { index: iteration.index + 1, count: iteration.count };
  const title = iteration.item === undefined ? t('runs.loop.item', params) : t('runs.loop.itemNamed', { ...params, item: iteration.item });
  return (
    <li className={`timeline__iteration timeline__iteration--${iteration.status}`}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <span className="timeline__iteration-title">{title}</span> <RunStatusBadge status={iteration.status} />
        </summary>
        {open &&
          (iteration.steps.length === 0 ? <p className="muted">{t('runs.loop.noSteps')}</p> : renderSteps(iteration, t('runs.loop.stepsOf', params)))}
      </details>
    </li>
  );
}
