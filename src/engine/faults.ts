/**
 * Injected failures of the connector sandbox: per app and store, an app can
 * be set to fail in one of a few ways, decided per attempt of an action call
 * before the adapter runs. Randomness comes from a seeded generator, so a
 * failure rate gives the same outcomes every time a test (or a replay) runs.
 *
 * Modes (each attempt):
 * - `none`: the call goes through (after `latencyMs`, default 0).
 * - `always`: every attempt fails with `status` (default 500). A
 *   transient-like status (408, 429, 5xx) is retried until the attempts run
 *   out; any other (400, 401, 403, 404, 422…) is permanent and fails the step
 *   at once.
 * - `transient`: the first `failures` attempts (default 1) fail with
 *   `status` (default 503), then the call goes through: a blip a retry cures.
 * - `timeout`: the first `failures` attempts (default 1) get no answer
 *   within the call timeout (`latencyMs`, default {@link CALL_TIMEOUT_MS}).
 * - `slow`: every attempt takes `latencyMs` (default 3 s) and goes through;
 *   at or over {@link CALL_TIMEOUT_MS} it times out instead.
 * - `rate`: each attempt fails with probability `rate` (default 0.5) with
 *   `status` (default 503).
 *
 * `failures` is an addition to the shape (mode, rate, latencyMs,
 * status): without it "transient" could not mean "fails, then recovers".
 */
import { FaultConfig } from '../domain/runs/faultConfig';
import type { Rng } from '../domain/seeded';
import { AdapterError } from './types';

// The config's schema is domain data (storage parses it too); re-exported here for the engine's callers.
export { FaultConfig, FaultMode } from '../domain/runs/faultConfig';

/** How long the engine waits for an app's answer before counting a timeout. */
export const CALL_TIMEOUT_MS = 10_000;
const DEFAULT_SLOW_MS = 3_000;

/** No injected failure. */
export const NO_FAULT: FaultConfig = Object.freeze({ mode: 'none' });

/** Finds the fault set for an app in a store (undefined means none). */
export type FaultLookup = (storeId: string, appId: string) => FaultConfig | undefined;

export { type Rng, mulberry32 } from '../domain/seeded';

/** A 32-bit seed from text (FNV-1a), e.g. from a run and step id, so each call has its own stream. */
export { hashText as seedFrom } from '../domain/seeded';

/** What happens to one attempt: it goes through to the adapter, or fails with `error`. */
export interface FaultDecision {
  /** Simulated time the attempt takes. */
  latencyMs: number;
  error?: AdapterError;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  408: 'Request timeout',
  409: 'Conflict',
  422: 'Unprocessable request',
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

/** True for statuses worth retrying: 408, 429 and 5xx. */
export function isTransientStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function statusError(status: number): AdapterError {
  const text = STATUS_TEXT[status] ?? (status >= 500 ? 'Server error' : 'Request refused');
  return new AdapterError(isTransientStatus(status) ? 'transient' : 'permanent', `${text} (${status}, simulated fault)`, status);
}

function timeoutError(ms: number): AdapterError {
  return new AdapterError('timeout', `No answer within ${ms / 1000} s (simulated timeout)`);
}

/**
 * Decides one attempt (`attempt` counts from 1) under a fault config.
 * Consumes the generator only in `rate` mode, so adding a rate fault to one
 * app never changes the outcomes of another.
 */
export function applyFault(config: FaultConfig | undefined, rng: Rng, attempt: number): FaultDecision {
  const c = config ?? NO_FAULT;
  const latencyMs = c.latencyMs ?? 0;
  switch (c.mode) {
    case 'none':
      return { latencyMs };
    case 'always':
      return { latencyMs, error: statusError(c.status ?? 500) };
    case 'transient':
      return attempt <= (c.failures ?? 1) ? { latencyMs, error: statusError(c.status ?? 503) } : { latencyMs };
    case 'timeout': {
      const timeout = c.latencyMs ?? CALL_TIMEOUT_MS;
      return attempt <= (c.failures ?? 1) ? { latencyMs: timeout, error: timeoutError(timeout) } : { latencyMs: 0 };
    }
    case 'slow': {
      const slow = c.latencyMs ?? DEFAULT_SLOW_MS;
      return slow >= CALL_TIMEOUT_MS
        ? { latencyMs: CALL_TIMEOUT_MS, error: timeoutError(CALL_TIMEOUT_MS) }
        : { latencyMs: slow };
    }
    case 'rate':
      return rng() < (c.rate ?? 0.5) ? { latencyMs, error: statusError(c.status ?? 503) } : { latencyMs };
  }
}
