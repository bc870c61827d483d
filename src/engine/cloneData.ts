/**
 * Deep copies of plain data for the engine's hot paths (sandbox records in
 * and out, events, adapter results). `structuredClone` serializes and
 * deserializes, which costs 3–6 times a walk over the same plain objects
 * (bench/engine: copying records was a large share of a run's time).
 *
 * Contract: the same result as `structuredClone` for plain data (objects
 * whose prototype is Object.prototype or null, arrays, primitives). Anything
 * else anywhere in the value (a Date, a Map, a class instance, a function, a
 * cycle or nesting deeper than {@link MAX_DEPTH}) makes the whole value go
 * through `structuredClone` instead, so those keep its exact behaviour
 * (including its DataCloneError for a function). Differences left: a plain
 * object reached twice is copied twice (structuredClone keeps the sharing),
 * and holes in arrays become `undefined`.
 */

import { deepFreezeInPlace } from '../domain/deepFreeze';

const MAX_DEPTH = 64;
const NOT_PLAIN = Symbol('not plain');

/** A deep copy of `value`; see the module header. */
export function cloneData<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return typeof value === 'function' ? structuredClone(value) : value;
  try {
    return copy(value, 0) as T;
  } catch (error) {
    if (error === NOT_PLAIN) return structuredClone(value);
    throw error;
  }
}

/**
 * {@link cloneData} with every object and array of the copy frozen as it is made: the same as
 * deep-freezing a cloneData copy, in one walk instead of two (the engine freezes each event's
 * copy and each record it stores).
 */
export function cloneFrozen<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return typeof value === 'function' ? structuredClone(value) : value;
  try {
    return copy(value, 0, true) as T;
  } catch (error) {
    if (error === NOT_PLAIN) {
      const copied = structuredClone(value);
      deepFreezeInPlace(copied);
      return copied;
    }
    throw error;
  }
}

function copy(value: unknown, depth: number, freeze = false): unknown {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'function' || typeof value === 'symbol') throw NOT_PLAIN;
    return value;
  }
  if (depth > MAX_DEPTH) throw NOT_PLAIN;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) throw NOT_PLAIN;
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copy(value[i], depth + 1, freeze);
    return freeze ? Object.freeze(out) : out;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw NOT_PLAIN;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = copy((value as Record<string, unknown>)[key], depth + 1, freeze);
    // An own "__proto__" key stays a key, as structuredClone keeps it.
    if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return freeze ? Object.freeze(out) : out;
}
