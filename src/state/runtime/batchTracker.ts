/**
 * Follows one engine request from its replies, to know what was NOT run
 * when the worker has to be terminated (time limit, crash) or when the
 * engine stopped at its per-request run limit.
 *
 * It mirrors the engine's order (engine.ts): a `resume` request first
 * resumes its due runs, then processes the events they emitted; a `fire`
 * request processes its events in order, each by every matching workflow
 * in order, and appends the events each run emits to the queue. So at any
 * moment the queue before the event in progress is done, and of that event
 * only the workflows with a finished run are done.
 *
 * The rest is: the resumed runs not finished (the stuck one excluded), the
 * event in progress aimed at each workflow still to run on it (the event's
 * `workflowId`), and every later event of the queue.
 */
import { triggerOf } from '../../engine/runData';
import type { RunRecord, TriggerEvent } from '../../engine/types';
import type { RunStartedReply } from '../../engine/workerProtocol';
import type { Workflow } from '../../domain/workflow/document';

/** What a request asks the engine to do (without the context every request carries). */
export type Work = { type: 'fire'; events: TriggerEvent[] } | { type: 'resume'; runs: RunRecord[] };

/** The workflows that handle an event, in order (as Engine.matching). */
export function matchingWorkflows(workflows: readonly Workflow[], event: TriggerEvent): Workflow[] {
  return workflows.filter((w) => {
    if (!w.activation.on || (event.workflowId !== undefined && w.id !== event.workflowId)) return false;
    const trigger = triggerOf(w);
    return trigger?.app === event.app && trigger.trigger === event.trigger;
  });
}

const sameEvent = (a: TriggerEvent, b: TriggerEvent) => a.id === b.id && a.workflowId === b.workflowId;

export class BatchTracker {
  private readonly queue: TriggerEvent[];
  private readonly resumed: RunRecord[];
  private readonly resumedIds: Set<string>;
  private readonly finishedResumed = new Set<string>();
  private cursor = -1;
  private readonly doneOnCursor = new Set<string>();
  private open: RunStartedReply | undefined;
  /** Runs finished in this request. */
  finished = 0;

  constructor(
    work: Work,
    private readonly workflows: readonly Workflow[],
  ) {
    this.queue = work.type === 'fire' ? [...work.events] : [];
    this.resumed = work.type === 'resume' ? [...work.runs] : [];
    this.resumedIds = new Set(this.resumed.map((r) => r.id));
  }

  started(reply: RunStartedReply): void {
    this.open = reply;
    if (!this.resumedIds.has(reply.runId)) this.locate(reply.event);
  }

  runFinished(run: RunRecord, emitted: readonly TriggerEvent[]): void {
    this.finished++;
    if (this.open?.runId === run.id) this.open = undefined;
    if (this.resumedIds.has(run.id)) {
      this.finishedResumed.add(run.id);
    } else {
      this.locate(run.event);
      this.doneOnCursor.add(run.workflowId);
    }
    this.queue.push(...emitted);
  }

  /** The run started and never finished. */
  get stuck(): RunStartedReply | undefined {
    return this.open;
  }

  /** The waiting run of this request with that id (to record it stopped with its history). */
  resumedRun(id: string): RunRecord | undefined {
    return this.resumed.find((r) => r.id === id);
  }

  /** What was not run (see the module header). */
  rest(): { runs: RunRecord[]; events: TriggerEvent[] } {
    const skip = this.open;
    const runs = this.resumed.filter((r) => !this.finishedResumed.has(r.id) && r.id !== skip?.runId);
    if (this.cursor < 0) return { runs, events: [...this.queue] };
    const current = this.queue[this.cursor]!;
    const remaining = matchingWorkflows(this.workflows, current)
      .filter((w) => !this.doneOnCursor.has(w.id) && !(skip && !this.resumedIds.has(skip.runId) && w.id === skip.workflowId))
      .map((w) => ({ ...current, workflowId: w.id }));
    return { runs, events: [...remaining, ...this.queue.slice(this.cursor + 1)] };
  }

  /** Moves the cursor to the event in progress (at or after the current one). */
  private locate(event: TriggerEvent): void {
    for (let i = Math.max(this.cursor, 0); i < this.queue.length; i++) {
      if (sameEvent(this.queue[i]!, event)) {
        if (i !== this.cursor) {
          this.cursor = i;
          this.doneOnCursor.clear();
        }
        return;
      }
    }
  }
}
