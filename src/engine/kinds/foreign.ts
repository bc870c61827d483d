/**
 * Running a foreign step: Flowbench doesn't know its Flow task, so it
 * can't run it. Validation already keeps such a workflow from being turned
 * on; a run that reaches one anyway (a sandbox run of a draft) fails the
 * step with the same reason, and nothing after it runs.
 */
import type { EngineKind } from './types';

export const foreignRunner: EngineKind<'foreign'> = {
  kind: 'foreign',
  async run(step, run) {
    const record = run.begin(step, { task: step.taskId });
    return run.fail(record, `Flowbench can't run ${step.taskId}: it is a Shopify Flow task Flowbench doesn't know`);
  },
};
