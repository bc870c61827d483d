/**
 * Running a wait: the run stops as `waiting` until its `resumeAt` on the
 * simulated clock, then resumeRun (interpreter.ts) goes on from the step
 * after the wait. A dry run does not wait: it notes when it would resume.
 */
import { toIso } from '../clock';
import { STOP, type EngineKind, via } from './types';

const UNIT_MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;

export const waitRunner: EngineKind<'wait'> = {
  kind: 'wait',
  run(step, run) {
    const record = run.begin(step, { duration: { ...step.duration } });
    const until = toIso(run.cursor + step.duration.amount * UNIT_MS[step.duration.unit]);
    if (run.run.dryRun) {
      record.output = { wouldResumeAt: until, note: 'A test run does not wait.' };
      run.succeed(record);
      return via('next');
    }
    record.status = 'waiting';
    run.run.status = 'waiting';
    run.run.resumeAt = until;
    const next = run.next(step.id, 'next');
    if (next !== undefined) run.run.resumeStepId = next;
    return STOP;
  },
};
