/**
 * Read-only copies for the engine's hot path. A run used to deep-copy its
 * workflow, and every adapter call the event and the organization, with
 * structuredClone; at thousands of runs those copies were a third of the
 * engine's time (bench/engine). Workflow versions and organizations are
 * immutable values (see docs/architecture.md), so one deep-frozen copy per
 * object serves every run: nobody can change it, so nobody needs their own.
 *
 * Contract: pass only values that are not changed in place afterwards; the
 * copy is made the first time an object is seen and reused while the object
 * lives (WeakMap, so it goes when the original goes).
 */
import { deepFreezeInPlace } from '../domain/deepFreeze';
import { cloneFrozen } from './cloneData';

const copies = new WeakMap<object, unknown>();
const deeplyFrozen = new WeakSet<object>();

/**
 * Freezes `value` and everything reachable from it, in place; returns it. A part that is
 * frozen already is taken as deep-frozen and not walked again (this module and the
 * sandbox freeze only deeply), so freezing a new record around shared frozen parts costs
 * only its new parts.
 */
export function deepFreeze<T>(value: T): T {
  deepFreezeInPlace(value);
  if (value && typeof value === 'object') deeplyFrozen.add(value);
  return value;
}

/**
 * {@link deepFreeze} without remembering `value` for {@link frozen}: for values `frozen` is never
 * asked about (sandbox records, resolved store objects), which are many. Remembering each in
 * the WeakSet cost more than freezing it (bench/engine), and weak entries slow every GC.
 */
export function freezeDeep<T>(value: T): T {
  deepFreezeInPlace(value);
  return value;
}

/** A deep-frozen copy of `value`, or `value` itself when deepFreeze already froze it (nothing can change it). */
export function frozen<T extends object>(value: T): T {
  if (deeplyFrozen.has(value)) return value;
  const copy = cloneFrozen(value);
  deeplyFrozen.add(copy);
  return copy;
}

/**
 * {@link frozen} without remembering the copy: for a caller that hands the copy on itself,
 * saying it is frozen (the engine's cascade and its runs, one event object after another).
 */
export function frozenOnce<T extends object>(value: T): T {
  return deeplyFrozen.has(value) ? value : cloneFrozen(value);
}

/** A deep-frozen copy of `value`, made once per object and shared afterwards. */
export function frozenCopy<T extends object>(value: T): T {
  let copy = copies.get(value) as T | undefined;
  if (!copy) {
    copy = cloneFrozen(value);
    deeplyFrozen.add(copy);
    copies.set(value, copy);
  }
  return copy;
}
