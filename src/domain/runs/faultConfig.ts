/**
 * The shape of an injected failure (the Sandbox page's "fault" for an app in
 * a store), as data. It lives in the domain because both the engine (which
 * applies it, see engine/faults.ts for the meaning of each mode) and storage
 * (which parses it when reading the `faults` table) need it, and storage may
 * not import the engine.
 */
import { z } from 'zod';

export const FaultMode = z.enum(['none', 'always', 'transient', 'timeout', 'slow', 'rate']);
export type FaultMode = z.infer<typeof FaultMode>;

export const FaultConfig = z.strictObject({
  mode: FaultMode,
  /** For `rate`: the probability (0 to 1) that an attempt fails. */
  rate: z.number().min(0).max(1).optional(),
  /** Simulated duration of each attempt in ms (for `timeout`: the timeout). */
  latencyMs: z.number().int().min(0).max(3_600_000).optional(),
  /** HTTP-like status of the simulated error (429, 503…). */
  status: z.number().int().min(400).max(599).optional(),
  /** For `transient` and `timeout`: how many attempts fail before one goes through. */
  failures: z.number().int().min(1).max(100).optional(),
});
export type FaultConfig = z.infer<typeof FaultConfig>;
