/**
 * Firing Shopify Flow's "Workflow error occurred" trigger where runs finish
 * (the engine's one place for it, so the worker and `npm run simulate` both
 * get it). The rule itself is the domain's (domain/runs/workflowError.ts);
 * this applies it to a finished run: a failed, real (not dry) run fires the
 * trigger in its store when some workflow listens and the failing version's
 * 30-day window allows, and the window is remembered as a sandbox row of the
 * app `shopify`, which the runtime persists with the run.
 *
 * The event is a follow-up of the failed run (depth + 1, the run in its
 * chain), so the engine's cascade limits apply to it: an error handler that
 * fails hears of its own failure only as a "Stopped a loop" skipped run.
 */
import {
  type FailedRunFacts,
  WORKFLOW_ERROR_COLLECTION,
  WORKFLOW_ERROR_TRIGGER,
  WorkflowErrorNotice,
  firesAgain,
  nextNotice,
  noticeId,
  workflowErrorPayload,
  workflowVersionOf,
} from '../domain/runs/workflowError';
import type { IdSource } from './clock';
import type { MemorySandbox } from './sandbox';
import type { RunRecord, TriggerEvent } from './types';

/** What firing needs from the engine: the sandbox holding the windows, ids, and who listens. */
export interface WorkflowErrorServices {
  sandbox: MemorySandbox;
  ids: IdSource;
  /** True when a workflow that is on would handle the event. */
  listens: (event: Omit<TriggerEvent, 'id'>) => boolean;
}

/** The facts of a failed run the domain's rule needs; undefined for a run that did not fail or was a dry run. */
export function failedRunFacts(run: RunRecord): FailedRunFacts | undefined {
  if (run.dryRun || run.status !== 'failed') return undefined;
  const step = run.steps.findLast((s) => s.status === 'failed');
  return {
    runId: run.id,
    storeId: run.storeId,
    workflow: run.workflow,
    failedAt: run.finishedAt ?? run.startedAt,
    ...(step ? { failedStep: { name: step.name, ...(step.error !== undefined ? { error: step.error } : {}) } } : {}),
  };
}

/**
 * The "Workflow error occurred" event a finished run fires, or undefined.
 * Records the failure in the version's notice (sandbox) whenever a workflow
 * listens, whether the window lets it fire or not.
 */
export function workflowErrorEvent(run: RunRecord, services: WorkflowErrorServices): TriggerEvent | undefined {
  const facts = failedRunFacts(run);
  if (!facts) return undefined;
  const failedStepId = run.steps.findLast((s) => s.status === 'failed')?.stepId ?? '';
  const event: Omit<TriggerEvent, 'id'> = {
    storeId: run.storeId,
    app: WORKFLOW_ERROR_TRIGGER.app,
    trigger: WORKFLOW_ERROR_TRIGGER.trigger,
    payload: workflowErrorPayload(facts),
    at: facts.failedAt,
    depth: run.event.depth + 1,
    causedBy: { runId: run.id, stepId: failedStepId },
    chain: [...(run.event.chain ?? []), run.workflowId],
  };
  if (!services.listens(event)) return undefined;
  const notices = services.sandbox.forApp(run.storeId, WORKFLOW_ERROR_TRIGGER.app);
  const id = noticeId(run.workflowId, workflowVersionOf(run.workflow));
  const stored = WorkflowErrorNotice.safeParse(notices.get(WORKFLOW_ERROR_COLLECTION, id));
  const previous = stored.success ? stored.data : undefined;
  const fires = firesAgain(previous, facts.failedAt);
  notices.upsert(WORKFLOW_ERROR_COLLECTION, id, nextNotice(previous, facts, fires));
  return fires ? { id: services.ids.next('event'), ...event } : undefined;
}
