/**
 * The current step of a run shown on the canvas, in detail: its loop item,
 * whether it was reused, a condition's criteria with the values read
 * (CriteriaTable), and the rest as the run's timeline shows a step (input,
 * rendered fields, output or error, attempts, logs).
 */
import type { RunRecord, StepRecord } from '../../state/runtime';
import { StepTimeline } from '../runs/StepTimeline';
import { useT } from '../i18n';
import { CriteriaTable } from './CriteriaTable';

export function StepPanel({ run, record, name }: { run: RunRecord; record: StepRecord; name: string }) {
  const t = useT();
  const loop = record.loop?.at(-1);
  // The timeline groups a step by its loop item; here the item is said above, so the step stands alone.
  const { loop: _loop, ...alone } = record;
  return (
    <div className="run-canvas__step">
      {loop && (
        <p className="run-canvas__iteration">
          {loop.item === undefined
            ? t('runCanvas.iteration', { index: loop.index + 1, count: loop.count })
            : t('runCanvas.iterationNamed', { index: loop.index + 1, count: loop.count, item: loop.item })}
        </p>
      )}
      {record.reused && <p className="run-canvas__reused">{t('runCanvas.reusedNote')}</p>}
      {record.kind === 'condition' && <CriteriaTable record={record} name={name} />}
      <StepTimeline steps={[alone]} run={run} />
    </div>
  );
}
