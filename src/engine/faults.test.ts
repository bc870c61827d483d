import { describe, expect, it } from 'vitest';
import { CALL_TIMEOUT_MS, FaultConfig, applyFault, mulberry32, seedFrom } from './faults';

const never = () => {
  throw new Error('the generator must not be used');
};

describe('FaultConfig', () => {
  it('parses the modes and refuses rates outside 0..1 and non-error statuses', () => {
    expect(FaultConfig.parse({ mode: 'rate', rate: 0.25 })).toEqual({ mode: 'rate', rate: 0.25 });
    expect(FaultConfig.safeParse({ mode: 'rate', rate: 1.5 }).success).toBe(false);
    expect(FaultConfig.safeParse({ mode: 'always', status: 200 }).success).toBe(false);
    expect(FaultConfig.safeParse({ mode: 'explode' }).success).toBe(false);
  });
});

describe('applyFault', () => {
  it('lets every attempt through without a fault', () => {
    expect(applyFault(undefined, never, 1)).toEqual({ latencyMs: 0 });
    expect(applyFault({ mode: 'none', latencyMs: 20 }, never, 3)).toEqual({ latencyMs: 20 });
  });

  it('always: a 5xx is transient (retried), a 4xx permanent', () => {
    const server = applyFault({ mode: 'always' }, never, 9).error!;
    expect([server.kind, server.status, server.message]).toEqual(['transient', 500, 'Internal server error (500, simulated fault)']);
    const refused = applyFault({ mode: 'always', status: 403 }, never, 1).error!;
    expect([refused.kind, refused.status]).toEqual(['permanent', 403]);
    expect(applyFault({ mode: 'always', status: 429 }, never, 1).error!.kind).toBe('transient');
  });

  it('transient: fails the first `failures` attempts, then lets the call through', () => {
    const config = { mode: 'transient', failures: 2, status: 429 } as const;
    expect(applyFault(config, never, 1).error?.message).toBe('Too many requests (429, simulated fault)');
    expect(applyFault(config, never, 2).error?.kind).toBe('transient');
    expect(applyFault(config, never, 3).error).toBeUndefined();
    expect(applyFault({ mode: 'transient' }, never, 2).error).toBeUndefined();
  });

  it('timeout: the attempt takes the whole timeout and fails as a timeout', () => {
    const d = applyFault({ mode: 'timeout' }, never, 1);
    expect(d.latencyMs).toBe(CALL_TIMEOUT_MS);
    expect(d.error?.kind).toBe('timeout');
    expect(applyFault({ mode: 'timeout', latencyMs: 2500 }, never, 1).latencyMs).toBe(2500);
    expect(applyFault({ mode: 'timeout' }, never, 2)).toEqual({ latencyMs: 0 });
  });

  it('slow: takes its latency and succeeds, unless that reaches the timeout', () => {
    expect(applyFault({ mode: 'slow' }, never, 1)).toEqual({ latencyMs: 3000 });
    const tooSlow = applyFault({ mode: 'slow', latencyMs: 60_000 }, never, 1);
    expect(tooSlow.latencyMs).toBe(CALL_TIMEOUT_MS);
    expect(tooSlow.error?.kind).toBe('timeout');
  });

  it('rate: fails when the seeded generator draws under the rate', () => {
    const draws = [0.1, 0.9];
    const rng = () => draws.shift()!;
    expect(applyFault({ mode: 'rate', rate: 0.5 }, rng, 1).error?.kind).toBe('transient');
    expect(applyFault({ mode: 'rate', rate: 0.5 }, rng, 2).error).toBeUndefined();
  });

  it('a failure rate gives the same outcomes for the same seed, and about the rate over many draws', () => {
    const outcomes = (seed: number) => {
      const rng = mulberry32(seed);
      return Array.from({ length: 1000 }, (_, i) => applyFault({ mode: 'rate', rate: 0.3 }, rng, i + 1).error !== undefined);
    };
    expect(outcomes(seedFrom('run-1:a1'))).toEqual(outcomes(seedFrom('run-1:a1')));
    const failed = outcomes(42).filter(Boolean).length;
    expect(failed).toBeGreaterThan(240);
    expect(failed).toBeLessThan(360);
  });
});
