/**
 * Objects keyed by strings users choose (setup values, action fields, sample
 * and trigger payloads, adapters' records) are read and written here, never
 * with a bare `obj[key]` or `key in obj`: those also see what every object
 * inherits from Object.prototype, so a key named `toString`, `constructor`
 * or `valueOf` would find a function where a value was expected, and
 * assigning to `__proto__` would replace an object's prototype instead of
 * storing anything.
 *
 * The rule of the project (docs/architecture.md, "Security and reliability"):
 * - names of Object.prototype members (`toString`, `constructor`...) are
 *   ordinary keys: accepted wherever the key's syntax allows them, and only
 *   ever looked up as own properties (`ownValue`, `hasOwnKey`);
 * - `__proto__` is refused wherever a user-keyed object is parsed
 *   (`SafeRecord`), with the place and the reason: zod's z.record silently
 *   drops it, and JavaScript gives it a special meaning no data needs;
 * - objects built from user keys at run time are null-prototype
 *   (`dictionary`), where even `__proto__` is stored as data.
 */
import { z } from 'zod';

/** The members every plain object inherits: the keys a bare lookup gets wrong. */
export const PROTOTYPE_KEYS: readonly string[] = Object.freeze(Object.getOwnPropertyNames(Object.prototype).sort());

/** The one key refused everywhere a user-keyed object is parsed. */
export const PROTO_KEY = '__proto__';

/** The reason given at `$.….__proto__`. */
export const PROTO_KEY_MESSAGE = 'a key named "__proto__" is not allowed: JavaScript gives it a special meaning';

/** True when `record` itself (not its prototype) has `key`. */
export function hasOwnKey(record: object | undefined | null, key: string): boolean {
  return record !== undefined && record !== null && Object.hasOwn(record, key);
}

/** The value `record` itself holds under `key`; undefined for a missing or inherited key. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return hasOwnKey(record, key) ? record![key] : undefined;
}

/** An empty object without a prototype: any key written to it, `__proto__` included, is stored as data. */
export function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * Any key but `__proto__`. zod never shows it this key (z.record drops an
 * own `__proto__` before checking keys); it is here so the published JSON
 * Schema says the same (`propertyNames`) to editors and CI.
 */
const SafeKey = z.string().regex(/^(?!__proto__$)/, PROTO_KEY_MESSAGE);

/**
 * z.record of string keys that refuses an own `__proto__` key with a
 * problem at that key (`$.fields.__proto__: …`) instead of dropping it.
 * The check is a preprocess, so z.toJSONSchema still describes the record.
 */
export function SafeRecord<V extends z.ZodType>(value: V) {
  return z.preprocess((input, ctx) => {
    if (input !== null && typeof input === 'object' && Object.hasOwn(input, PROTO_KEY)) {
      ctx.addIssue({ code: 'custom', path: [PROTO_KEY], input, message: PROTO_KEY_MESSAGE });
    }
    return input;
  }, z.record(SafeKey, value));
}
