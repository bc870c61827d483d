/**
 * Freezes `value` and everything reachable from it, in place. A part that is frozen already is
 * taken as deep-frozen and not walked again, so freezing a new value around shared frozen parts
 * costs only its new parts: callers freeze only deeply (the engine's read-only copies, the run
 * writer's shared parts).
 */
export function deepFreezeInPlace(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) deepFreezeInPlace(value[i]);
  } else {
    for (const k of Object.keys(value)) deepFreezeInPlace((value as Record<string, unknown>)[k]);
  }
}
