/**
 * One action call with injected faults and retries. Each attempt first asks
 * the fault config (faults.ts); if it goes through, the adapter's handler
 * runs against a staged view of the sandbox that is committed only when the
 * handler succeeds, so a failing attempt writes nothing.
 *
 * Transient failures (429/5xx-like errors and timeouts) are retried with
 * exponential backoff on the run's own simulated timeline: with the default
 * policy and instant attempts the tries start at 0 s, 1 s, 3 s and 7 s. A
 * permanent failure, or anything else a handler throws (a bug in the
 * adapter), fails at once. Nothing here waits in real time.
 */
import { cloneData } from './cloneData';
import { toIso } from './clock';
import { type FaultConfig, type FaultDecision, type Rng, applyFault, mulberry32, seedFrom } from './faults';
import type { MemorySandbox } from './sandbox';
import { type ActionCall, type ActionHandler, type ActionResult, AdapterError, type Attempt } from './types';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  maxAttempts: number;
  /** Wait after the first failed try; doubles after each further one. */
  baseDelayMs: number;
  /** Longest wait between tries. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: Readonly<RetryPolicy> = Object.freeze({ maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 60_000 });

/** The wait after failed try number `attempt` (from 1): base × 2^(attempt−1), capped. */
export function backoffMs(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
}

export interface CallRequest {
  appName: string;
  handler: ActionHandler;
  /** The call without its time and sandbox, which each attempt supplies. */
  call: Omit<ActionCall, 'now' | 'sandbox'>;
  /** The sandbox each attempt stages the app's writes in (its view of `call.storeId` and `call.appId`). */
  sandbox: MemorySandbox;
  fault: FaultConfig | undefined;
  /** Seeds the attempts' random source (`run id:step id`), made only if a fault draws from it. */
  seed: () => string;
  policy: RetryPolicy;
  /** When the first attempt starts (ms on the run's timeline). */
  startMs: number;
}

export interface CallOutcome {
  attempts: Attempt[];
  /** The handler's result when an attempt succeeded. */
  result?: ActionResult;
  /** Why the call failed, in words, when no attempt succeeded. */
  error?: string;
  /** When the call ended (ms on the run's timeline). */
  endMs: number;
}

/** What an attempt without a fault configured meets: nothing (applyFault's answer for no config). */
const NOTHING_INJECTED: FaultDecision = Object.freeze({ latencyMs: 0 });

/** Runs the call until it succeeds, fails permanently or runs out of attempts. Never throws. */
export async function callWithRetries(req: CallRequest): Promise<CallOutcome> {
  const attempts: Attempt[] = [];
  const { call, fault } = req;
  let rng: Rng | undefined;
  const draw: Rng = () => (rng ??= mulberry32(seedFrom(req.seed())))();
  let now = req.startMs;
  for (let n = 1; ; n++) {
    const at = toIso(now);
    const decision = fault === undefined ? NOTHING_INJECTED : applyFault(fault, draw, n);
    let failure: AdapterError | undefined = decision.error;
    let result: ActionResult | undefined;
    if (!failure) {
      const stage = req.sandbox.stage(call.storeId, call.appId);
      try {
        const answer = req.handler({
          storeId: call.storeId,
          appId: call.appId,
          actionId: call.actionId,
          fields: call.fields,
          event: call.event,
          org: call.org,
          now: at,
          sandbox: stage.api,
        });
        // Most simulated handlers answer synchronously: await only a promise.
        result = normalize(answer instanceof Promise ? await answer : answer);
        stage.commit();
      } catch (error) {
        failure =
          error instanceof AdapterError
            ? error
            : new AdapterError('permanent', `the adapter failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    now += decision.latencyMs;
    if (!failure) {
      attempts.push({ at, durationMs: decision.latencyMs, outcome: 'ok' });
      return { attempts, result, endMs: now };
    }
    attempts.push({ at, durationMs: decision.latencyMs, outcome: failure.kind, error: failure.message });
    if (failure.kind === 'permanent') return { attempts, error: `${req.appName}: ${failure.message}`, endMs: now };
    if (n >= req.policy.maxAttempts) {
      const tries = n === 1 ? '1 attempt' : `${n} attempts`;
      return { attempts, error: `${req.appName} failed after ${tries}: ${failure.message}`, endMs: now };
    }
    now += backoffMs(req.policy, n);
  }
}

/** A handler's result as plain, detached data (a handler may return nothing). */
function normalize(result: ActionResult | undefined): ActionResult {
  if (result === undefined || result === null) return {};
  if (typeof result !== 'object') throw new Error('the handler returned something that is not a result object');
  const out: ActionResult = {};
  if (result.output !== undefined) out.output = cloneData(result.output);
  if (result.emits !== undefined) {
    if (!Array.isArray(result.emits)) throw new Error('the handler returned "emits" that is not a list');
    out.emits = cloneData(result.emits);
  }
  return out;
}
