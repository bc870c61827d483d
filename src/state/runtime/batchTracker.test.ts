/**
 * What is left of a batch when its engine is stopped: the tracker follows
 * the replies in the engine's order and names exactly what did not run.
 */
import { describe, expect, it } from 'vitest';
import { T0, workflow } from '../../../test/fixtures/engine';
import type { RunRecord, TriggerEvent } from '../../engine/types';
import type { RunStartedReply } from '../../engine/workerProtocol';
import { BatchTracker } from './batchTracker';

const a = workflow({ id: 'a', trigger: ['loox', 'new-review'] });
const b = workflow({ id: 'b', trigger: ['loox', 'new-review'] });
const c = workflow({ id: 'c', trigger: ['shopify', 'order-created'] });
const ev = (id: string, fields: Partial<TriggerEvent> = {}): TriggerEvent => ({ id, storeId: 'store-1', app: 'loox', trigger: 'new-review', payload: {}, at: T0, depth: 0, ...fields });
const started = (runId: string, wf: string, event: TriggerEvent): RunStartedReply => ({ type: 'run-started', requestId: 'r', runId, workflowId: wf, workflowName: wf, storeId: event.storeId, event });
const finished = (runId: string, wf: string, event: TriggerEvent, status: RunRecord['status'] = 'succeeded'): RunRecord => ({
  id: runId, workflowId: wf, workflowName: wf, workflow: a, storeId: event.storeId, event, status, reasons: [], steps: [], dryRun: false, startedAt: T0,
});

describe('BatchTracker', () => {
  it('after a stop, leaves out what finished and the stuck run, and keeps the events emitted before', () => {
    const [e1, e2] = [ev('e1'), ev('e2')];
    const followUp = ev('f1', { app: 'shopify', trigger: 'order-created', depth: 1 });
    const tracker = new BatchTracker({ type: 'fire', events: [e1, e2] }, [a, b, c]);
    tracker.started(started('r1', 'a', e1));
    tracker.runFinished(finished('r1', 'a', e1), [followUp]);
    tracker.started(started('r2', 'b', e1));
    expect(tracker.stuck?.runId).toBe('r2');
    expect(tracker.rest()).toEqual({ runs: [], events: [e2, followUp] });
  });

  it('aims the event in progress at the workflows that did not run on it yet', () => {
    const e1 = ev('e1');
    const tracker = new BatchTracker({ type: 'fire', events: [e1] }, [a, b, c]);
    tracker.started(started('r1', 'a', e1));
    expect(tracker.rest()).toEqual({ runs: [], events: [{ ...e1, workflowId: 'b' }] });
  });

  it('for a resume: the waiting runs not resumed yet, then what the resumed ones emitted', () => {
    const w1 = { ...finished('w1', 'a', ev('e1'), 'waiting'), resumeAt: T0 };
    const w2 = { ...finished('w2', 'a', ev('e2'), 'waiting'), resumeAt: T0 };
    const w3 = { ...finished('w3', 'a', ev('e3'), 'waiting'), resumeAt: T0 };
    const followUp = ev('f1', { depth: 1 });
    const tracker = new BatchTracker({ type: 'resume', runs: [w1, w2, w3] }, [a]);
    tracker.started(started('w1', 'a', w1.event));
    tracker.runFinished({ ...w1, status: 'succeeded' }, [followUp]);
    tracker.started(started('w2', 'a', w2.event));
    expect(tracker.resumedRun('w2')).toBe(w2);
    expect(tracker.rest()).toEqual({ runs: [w3], events: [followUp] });
  });
});
