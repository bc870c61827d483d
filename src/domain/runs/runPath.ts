/**
 * The path a run took through the workflow version that ran, as the run
 * view on the canvas draws it, and the plan of a "retry from the failed
 * step". Pure: both read a run record only.
 *
 * Path rules:
 * - A step's status is that of its records: failed when any record failed,
 *   else waiting / running when one is, else succeeded when one succeeded,
 *   else skipped. A step with no record was not reached (after a failure, on
 *   the branch not taken, after the loop a failure stopped): that is not
 *   "skipped", which only a record can say.
 * - A link was taken when the run went out of its port and its target has a
 *   record: a condition only out of the branch a record of it took, a For
 *   each's loop port when a record ran inside that loop, any other port when
 *   the step succeeded or waited (a Wait goes on after it).
 *
 * Retry from the failed step:
 * - Only a failed run that is not a test run, whose failure belongs to a
 *   step of its workflow.
 * - The run goes again from the failed step; when that step ran inside a
 *   For each, from the outermost For each it ran in (an iteration cannot be
 *   entered in the middle), so the loop goes through its items again.
 * - The records before that step's first top-level record are reused:
 *   copied into the new run marked `reused`, their effects not done again.
 */
import type { Port } from '../workflow/document';
import type { ParsedRunRecord } from './records';

type StepRecord = ParsedRunRecord['steps'][number];
type RunLike = Pick<ParsedRunRecord, 'workflow' | 'steps'>;

export type PathStatus = 'succeeded' | 'failed' | 'skipped' | 'waiting' | 'running' | 'notReached';

export interface StepOnPath {
  status: PathStatus;
  /** Every record of the step was reused from an earlier run (retry from the failed step). */
  reused: boolean;
  /** How many records the step has (more than one inside a For each). */
  records: number;
}

export interface RunPath {
  /** Every step of the workflow that ran, by id. */
  steps: ReadonlyMap<string, StepOnPath>;
  /** The links the run went along, as `from:port` (the canvas's edge ids). */
  taken: ReadonlySet<string>;
}

const RANK: Record<StepRecord['status'], number> = { skipped: 0, succeeded: 1, running: 2, waiting: 3, failed: 4 };

/** The path of a run over its workflow's steps and links (see the module header). */
export function runPath(run: RunLike): RunPath {
  const byStep = new Map<string, StepRecord[]>();
  for (const record of run.steps) {
    const list = byStep.get(record.stepId);
    if (list) list.push(record);
    else byStep.set(record.stepId, [record]);
  }
  const steps = new Map<string, StepOnPath>();
  for (const step of run.workflow.steps) {
    const records = byStep.get(step.id) ?? [];
    if (records.length === 0) {
      steps.set(step.id, { status: 'notReached', reused: false, records: 0 });
      continue;
    }
    const status = records.reduce((worst, r) => (RANK[r.status] > RANK[worst] ? r.status : worst), records[0]!.status);
    steps.set(step.id, { status, reused: records.every((r) => r.reused === true), records: records.length });
  }
  const taken = new Set<string>();
  for (const link of run.workflow.links) {
    const from = byStep.get(link.from) ?? [];
    const to = byStep.get(link.to) ?? [];
    if (from.length > 0 && to.length > 0 && wentOut(from, link.port, to, link.from)) taken.add(`${link.from}:${link.port}`);
  }
  return { steps, taken };
}

function wentOut(from: readonly StepRecord[], port: Port, to: readonly StepRecord[], fromId: string): boolean {
  if (from.some((r) => r.branch !== undefined)) return from.some((r) => r.branch === port);
  if (port === 'loop_body') return to.some((r) => r.loop?.some((l) => l.stepId === fromId));
  return from.some((r) => r.status === 'succeeded' || r.status === 'waiting');
}

export type RetryFromStepPlan =
  | { ok: true; stepId: string; reused: StepRecord[] }
  | { ok: false; reason: 'not-failed' | 'test-run' | 'no-step' };

/** Whether and how a run can be retried from its failed step (see the module header). */
export function retryFromStepPlan(run: Pick<ParsedRunRecord, 'workflow' | 'steps' | 'status' | 'dryRun'>): RetryFromStepPlan {
  if (run.status !== 'failed') return { ok: false, reason: 'not-failed' };
  if (run.dryRun) return { ok: false, reason: 'test-run' };
  const failed = run.steps.findLast((r) => r.status === 'failed');
  const stepId = failed?.loop?.[0]?.stepId ?? failed?.stepId;
  const step = run.workflow.steps.find((s) => s.id === stepId);
  if (!failed || !step || step.kind === 'trigger') return { ok: false, reason: 'no-step' };
  const index = run.steps.findIndex((r) => r.stepId === step.id && (r.loop?.length ?? 0) === 0);
  if (index < 0) return { ok: false, reason: 'no-step' };
  return { ok: true, stepId: step.id, reused: run.steps.slice(0, index).map((r) => ({ ...structuredClone(r), reused: true as const })) };
}

/**
 * The new run of a retry from the failed step, before the engine goes on
 * with it: the source run's workflow version and trigger data (a new event
 * id, at `now`), the reused records, and the step to go again from. It is
 * handed to the engine as a run due now (`waiting`, `resumeAt` now), so the
 * engine's resume continues it (interpreter.ts resumeRun).
 */
export function retryFromStepRun(
  source: ParsedRunRecord,
  plan: Extract<RetryFromStepPlan, { ok: true }>,
  ids: { runId: string; eventId: string; now: string },
): ParsedRunRecord {
  const { finishedAt: _f, resumeAt: _r, resumeStepId: _s, reasonDetails: _d, retryFrom: _rf, ...rest } = source;
  return {
    ...rest,
    id: ids.runId,
    event: { ...structuredClone(source.event), id: ids.eventId, at: ids.now },
    status: 'waiting',
    reasons: [],
    steps: plan.reused,
    startedAt: ids.now,
    resumeAt: ids.now,
    resumeStepId: plan.stepId,
    retryOf: source.id,
    retryFrom: { runId: source.id, stepId: plan.stepId },
  };
}
