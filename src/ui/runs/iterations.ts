/**
 * The steps of a run as a tree, for the run's timeline: each For each's
 * record carries its iterations ("Item 1 of 3"), each holding the records
 * of the steps that ran for that item, nested loops inside. Pure: derived
 * from the records' own `loop` notes (engine: the For each's id, the item's
 * place, the count and the item's name), in the order the steps ran.
 *
 * A For each's record is written before its loop body runs, so its
 * iterations follow it directly; records of a loop whose For each record is
 * missing (a record written by another version) still group, under no step.
 */
import type { StepRecord } from '../../state/runtime';

/** One step of the timeline, and for a For each the items it went through. */
export interface TimelineStep {
  /** Undefined only for iterations whose For each has no record (see the module header). */
  record: StepRecord | undefined;
  /** The For each step the iterations belong to (the record's own step, or the missing one's id). */
  loopStepId?: string;
  iterations: readonly Iteration[];
}

/** One item of a For each and the steps that ran for it. */
export interface Iteration {
  /** 0-based place of the item. */
  index: number;
  count: number;
  /** A short name of the item, when the engine gave one. */
  item: string | undefined;
  steps: readonly TimelineStep[];
  /** Failed when a step of the item failed (at any depth), waiting or running likewise, else succeeded. */
  status: 'succeeded' | 'failed' | 'waiting' | 'running';
}

const NONE: readonly Iteration[] = [];

/** The run's step records grouped by the loops they ran in (see the module header). */
export function groupIterations(records: readonly StepRecord[]): TimelineStep[] {
  return groupAt(records, 0);
}

function groupAt(records: readonly StepRecord[], depth: number): TimelineStep[] {
  const out: TimelineStep[] = [];
  let i = 0;
  while (i < records.length) {
    const here = records[i]!.loop?.[depth];
    if (!here) {
      out.push({ record: records[i]!, iterations: NONE });
      i++;
      continue;
    }
    let end = i;
    while (end < records.length && records[end]!.loop?.[depth]?.stepId === here.stepId) end++;
    const iterations = iterationsOf(records.slice(i, end), depth);
    const owner = out.at(-1);
    if (owner?.record?.stepId === here.stepId && owner.iterations.length === 0) {
      owner.loopStepId = here.stepId;
      owner.iterations = iterations;
    } else out.push({ record: undefined, loopStepId: here.stepId, iterations });
    i = end;
  }
  return out;
}

/** Consecutive records of the same item, each group's steps grouped one level deeper. */
function iterationsOf(records: readonly StepRecord[], depth: number): Iteration[] {
  const iterations: Iteration[] = [];
  let i = 0;
  while (i < records.length) {
    const { index, count, item } = records[i]!.loop![depth]!;
    let end = i;
    while (end < records.length && records[end]!.loop![depth]!.index === index) end++;
    const slice = records.slice(i, end);
    iterations.push({ index, count, item, steps: groupAt(slice, depth + 1), status: statusOf(slice) });
    i = end;
  }
  return iterations;
}

function statusOf(records: readonly StepRecord[]): Iteration['status'] {
  if (records.some((r) => r.status === 'failed')) return 'failed';
  if (records.some((r) => r.status === 'waiting')) return 'waiting';
  if (records.some((r) => r.status === 'running')) return 'running';
  return 'succeeded';
}
