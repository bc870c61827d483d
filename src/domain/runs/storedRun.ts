/**
 * How a run record is stored (IndexedDB v7): the parts many runs share are
 * kept once, content-addressed, and referenced from the record.
 *
 * - The workflow version a run used (`workflow`, ~800 characters of JSON
 *   for a three-step workflow) goes to its own table under a key made of
 *   the workflow's id and a hash of its JSON; the record keeps `workflowRef`.
 * - The Shopify objects the trigger resolved from the store (the trigger
 *   step's `output`: an order, its customer, a product...) go to a table of
 *   their own under the root's name and a hash of its JSON; the step keeps
 *   `outputRefs` (root name → key, in the original order).
 * - The trigger step's `input` is the event's payload (the engine sets it
 *   so); when it is, it is left out and `inputFromEvent` says so.
 *
 * Reading joins them back ({@link joinRun}), so a record read is the record
 * the engine made (RunRecordSchema), whether it was stored split or whole
 * (records written before v7, and any record whose parts are not shared, keep
 * everything inline and read as they are).
 *
 * The key is content-addressed: the same version or object written by many
 * runs, by two tabs or again later is one row, and a row never changes once
 * written. Hash: two 32-bit FNV-1a-style lanes over the JSON plus its length,
 * prefixed with the workflow id or root name; a collision would need two
 * different JSON texts of the same length, for the same workflow or root,
 * agreeing on 64 bits.
 *
 * A part that cannot change (deep-frozen: the engine's workflow versions and
 * the store objects it resolved, shared by every run that used them; on the
 * main thread, the parts received from the engine's worker with their keys,
 * see {@link rememberPartKey}) is keyed once and its key remembered by
 * identity ({@link partKey}), so splitting a run that shares them neither
 * serialises nor hashes them again.
 */
import { deepFreezeInPlace } from '../deepFreeze';

/** A part a stored run references: its key and its value as the run had it. */
export interface SharedPart {
  key: string;
  value: unknown;
}

/** A run record split for storage: the record with references, and the parts it references. */
export interface SplitRun {
  record: Record<string, unknown>;
  /** The workflow version (absent when the record keeps its workflow inline). */
  workflow?: SharedPart & { workflowId: string };
  objects: SharedPart[];
}

/** The references a stored record holds. */
export interface RunRefs {
  workflow?: string;
  objects: string[];
}

const INTERNED_MAX = 4096;
/** Prefix → JSON text → key, for texts seen lately (the same versions and objects recur run after run). */
let interned = new Map<string, Map<string, string>>();
let internedCount = 0;

function hash(prefix: string, json: string): string {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return `${prefix}#${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${json.length.toString(36)}`;
}

/** The content key of a value whose JSON is `json`, under `prefix` (a workflow id, a root name). */
export function contentKey(prefix: string, json: string): string {
  let byJson = interned.get(prefix);
  let key = byJson?.get(json);
  if (key === undefined) {
    if (internedCount >= INTERNED_MAX) {
      interned = new Map();
      internedCount = 0;
      byJson = undefined;
    }
    if (!byJson) interned.set(prefix, (byJson = new Map()));
    key = hash(prefix, json);
    byJson.set(json, key);
    internedCount++;
  }
  return key;
}

/** Content keys of deep-frozen values, by identity (a frozen value's content cannot change). */
const keyByValue = new WeakMap<object, string>();

function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  if (Array.isArray(value)) return value.every(deeplyFrozen);
  for (const k in value) if (!deeplyFrozen((value as Record<string, unknown>)[k])) return false;
  return true;
}

const keyIsUnder = (key: string, prefix: string) => key.length > prefix.length && key.charCodeAt(prefix.length) === 35 && key.startsWith(prefix);

/**
 * The content key of `value` under `prefix`: {@link contentKey} of its JSON, remembered by
 * identity when the value is deep-frozen (checked the first time), so a part shared by many
 * runs is serialised and hashed once.
 */
export function partKey(prefix: string, value: unknown): string {
  const object = typeof value === 'object' && value !== null ? value : undefined;
  if (object && Object.isFrozen(object)) {
    const known = keyByValue.get(object);
    if (known !== undefined && keyIsUnder(known, prefix)) return known;
  }
  const key = contentKey(prefix, JSON.stringify(value));
  if (object && deeplyFrozen(object)) keyByValue.set(object, key);
  return key;
}

/**
 * Makes `value` a part whose key is known without hashing: deep-freezes it and remembers `key`
 * for it. For a part received with the key its sender computed from the same content (the
 * engine's worker sends each part once with its key, runs reference it).
 */
export function rememberPartKey<T extends object>(value: T, key: string): T {
  deepFreezeInPlace(value);
  keyByValue.set(value, key);
  return value;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

interface StepLike {
  kind?: unknown;
  input?: unknown;
  output?: unknown;
}

/**
 * Splits a run record (the engine's shape) for storage. Pure: the run is not
 * changed; the record shares the run's unchanged parts.
 */
export function splitRun(run: { workflowId: string; workflow: unknown; event: { payload: unknown }; steps: readonly StepLike[] }): SplitRun {
  const { workflow, ...rest } = run;
  const workflowKey = partKey(run.workflowId, workflow);
  const objects: SharedPart[] = [];
  let payloadJson: string | undefined;
  const steps = run.steps.map((step) => {
    if (step.kind !== 'trigger') return step;
    const { input, output, ...kept } = step;
    const out: Record<string, unknown> = kept;
    if (input !== undefined) {
      if (input === run.event.payload || JSON.stringify(input) === (payloadJson ??= JSON.stringify(run.event.payload))) out.inputFromEvent = true;
      else out.input = input;
    }
    if (output !== undefined) {
      const entries = isPlainObject(output) ? Object.entries(output) : [];
      if (entries.length > 0 && entries.every(([, value]) => isPlainObject(value))) {
        out.outputRefs = entries.map(([name, value]) => {
          const key = partKey(name, value);
          objects.push({ key, value });
          return [name, key];
        });
      } else out.output = output;
    }
    return out;
  });
  return { record: { ...rest, workflowRef: workflowKey, steps }, workflow: { key: workflowKey, workflowId: run.workflowId, value: workflow }, objects };
}

/** The keys a stored record references (none for a record stored whole). */
export function refsOf(record: unknown): RunRefs {
  const refs: RunRefs = { objects: [] };
  if (!isPlainObject(record)) return refs;
  if (typeof record.workflowRef === 'string') refs.workflow = record.workflowRef;
  if (Array.isArray(record.steps)) {
    for (const step of record.steps) {
      if (!isPlainObject(step) || !Array.isArray(step.outputRefs)) continue;
      for (const pair of step.outputRefs) if (Array.isArray(pair) && typeof pair[1] === 'string') refs.objects.push(pair[1]);
    }
  }
  return refs;
}

/**
 * The run record a stored record stands for, its references replaced by the
 * parts (`workflows` and `objects` by key); a record stored whole is returned
 * as it is. Returns a problem in words when a referenced part is missing.
 * The result is to be parsed with RunRecordSchema, like any stored record.
 */
export function joinRun(record: unknown, workflows: ReadonlyMap<string, unknown>, objects: ReadonlyMap<string, unknown>): { record: unknown } | { problem: string } {
  if (!isPlainObject(record) || (record.workflowRef === undefined && !Array.isArray(record.steps))) return { record };
  let joined: Record<string, unknown> = record;
  if (record.workflowRef !== undefined) {
    const { workflowRef, ...rest } = record;
    const workflow = typeof workflowRef === 'string' ? workflows.get(workflowRef) : undefined;
    if (workflow === undefined) return { problem: `its workflow version ${JSON.stringify(workflowRef)} is not stored` };
    joined = { ...rest, workflow };
  }
  if (!Array.isArray(joined.steps) || !joined.steps.some((s) => isPlainObject(s) && (s.outputRefs !== undefined || s.inputFromEvent !== undefined))) return { record: joined };
  const payload = isPlainObject(joined.event) ? joined.event.payload : undefined;
  let problem: string | undefined;
  const steps = joined.steps.map((step: unknown) => {
    if (!isPlainObject(step) || (step.outputRefs === undefined && step.inputFromEvent === undefined)) return step;
    const { outputRefs, inputFromEvent, ...rest } = step;
    const out: Record<string, unknown> = rest;
    if (inputFromEvent === true) out.input = payload;
    if (Array.isArray(outputRefs)) {
      const output: Record<string, unknown> = {};
      for (const pair of outputRefs as unknown[]) {
        const [name, key] = Array.isArray(pair) ? pair : [];
        const value = typeof key === 'string' ? objects.get(key) : undefined;
        if (typeof name !== 'string' || value === undefined) problem ??= `the data ${JSON.stringify(key)} its trigger read is not stored`;
        else output[name] = value;
      }
      out.output = output;
    }
    return out;
  });
  return problem === undefined ? { record: { ...joined, steps } } : { problem };
}
