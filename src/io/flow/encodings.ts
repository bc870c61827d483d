/**
 * The inner encodings of a Flow config field's text (FORMAT.md §7), read
 * into the value a Flowbench step holds and written back: Liquid's data
 * paths respelled (liquidPaths.ts), tags as a JSON
 * array ↔ comma-separated text, HTTP headers as [name, value] pairs ↔
 * "Name: value" lines, a schedule as a JSON array of one RRULE text, bare
 * paths (Flow's lowerCamel ↔ Flowbench's snake_case), the resource wrapper,
 * `api_call`, Wait's ISO 8601 duration (Flowbench's choice), booleans and
 * whole numbers as text. Conditions have their own module (conditionField.ts).
 * Every refusal says why in words; nothing throws.
 */
import type { FlowEncoding } from '../../domain/catalog/flowTasks';
import { parseRecurrence } from '../../domain/time/recurrence';
import type { FlowPathNaming } from './conditions';
import { respellLiquid } from './liquidPaths';
import type { FlowProblem } from './problems';

/** A decoded value, or why not; a condition's refusal lists its own problems (paths inside the condition). */
export type Decoded = { ok: true; value: unknown } | { ok: false; reason: string; problems?: FlowProblem[] };
/** An encoded text, or why not; `warnings` are parts Flow can't express exactly (a condition's). */
export type Encoded = { ok: true; text: string; warnings?: FlowProblem[] } | { ok: false; reason: string };

/** What an encoding needs besides the text: the spelling of paths, and the condition codec. */
export interface EncodingContext {
  naming: FlowPathNaming;
  condition: { decode(text: string, path: (string | number)[]): Decoded; encode(value: unknown): Encoded };
  /** Where the value sits in the file (a condition's problems name places inside it). */
  path: (string | number)[];
}

const fail = (reason: string) => ({ ok: false as const, reason });
const ok = (value: unknown): Decoded => ({ ok: true, value });
const text = (t: string): Encoded => ({ ok: true, text: t });

function json(textValue: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(textValue) };
  } catch {
    return fail('it is not JSON text');
  }
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

const WAIT_UNITS = { M: 'minutes', H: 'hours', D: 'days' } as const;

/** Reads a field's text in its encoding into what the Flowbench step holds. */
export function decodeValue(encoding: FlowEncoding, value: string, ctx: EncodingContext): Decoded {
  switch (encoding) {
    case 'text':
      return ok(value);
    case 'liquid':
      return ok(respellLiquid(value, ctx.naming.toFlowbench));
    case 'tags': {
      const parsed = json(value);
      if (!parsed.ok || !isStringList(parsed.value)) return fail('a JSON list of tags, like ["vip"]');
      if (parsed.value.some((tag) => tag.includes(','))) return fail('a tag holds a comma, and Flowbench keeps tags comma-separated');
      return ok(parsed.value.join(', '));
    }
    case 'headers': {
      const parsed = json(value);
      const pairs = parsed.ok ? parsed.value : undefined;
      if (!Array.isArray(pairs) || !pairs.every((p) => isStringList(p) && p.length === 2)) return fail('a JSON list of [name, value] pairs');
      if (pairs.some(([name]) => name!.includes(':') || name!.includes('\n'))) return fail('a header name holds ":" or a line break');
      return ok(pairs.map(([name, v]) => `${name}: ${v}`).join('\n'));
    }
    case 'rrule': {
      const parsed = json(value);
      if (!parsed.ok || !isStringList(parsed.value) || parsed.value.length !== 1) return fail('a JSON list holding one DTSTART and RRULE text');
      const schedule = parsed.value[0]!;
      const read = parseRecurrence(schedule);
      return read.ok ? ok(schedule) : fail(read.problems.map((p) => `${p.part}: ${p.message}`).join('; '));
    }
    case 'path': {
      const spelled = ctx.naming.toFlowbench(value);
      return spelled === undefined ? fail(`"${value}" is not a path Flowbench can spell`) : ok(spelled);
    }
    case 'condition':
      return ctx.condition.decode(value, ctx.path);
    case 'duration': {
      const m = /^P(?:T(\d{1,4})([MH])|(\d{1,4})D)$/.exec(value);
      const amount = Number(m?.[1] ?? m?.[3]);
      if (!m || amount < 1 || amount > 1000) return fail('an ISO 8601 duration of 1 to 1000 minutes, hours or days, like "PT30M", "PT2H" or "P3D"');
      return ok({ amount, unit: WAIT_UNITS[(m[2] ?? 'D') as keyof typeof WAIT_UNITS] });
    }
    case 'boolean':
      return value === 'true' || value === 'false' ? ok(value === 'true') : fail('"true" or "false"');
    case 'integer':
      return /^\d{1,9}$/.test(value) ? ok(Number(value)) : fail('a whole number');
    case 'wrapped': {
      const parsed = json(value);
      const w = parsed.ok ? parsed.value : undefined;
      if (!isRecord(w) || typeof w.value !== 'string' || typeof (w.default_value ?? '') !== 'string') return fail('{"value": …, "default_value": …}');
      const fallback = (w.default_value as string | undefined) ?? '';
      return ok(w.value !== '' ? w.value : fallback !== '' ? `{{ ${fallback} }}` : '');
    }
    case 'apiCall': {
      const parsed = json(value);
      const call = parsed.ok ? parsed.value : undefined;
      if (!isRecord(call) || typeof call.name !== 'string' || typeof call.blob !== 'string') return fail('{"name": <mutation>, "blob": <variables as JSON text>}');
      if (!json(call.blob).ok) return fail('its "blob" (the variables) is not JSON text');
      return ok({ name: call.name, blob: respellLiquid(call.blob, ctx.naming.toFlowbench) });
    }
  }
}

/** Writes what a Flowbench step holds as a field's text in its encoding. */
export function encodeValue(encoding: FlowEncoding, value: unknown, ctx: Omit<EncodingContext, 'path'>): Encoded {
  switch (encoding) {
    case 'text':
      return typeof value === 'string' ? text(value) : fail('not text');
    case 'liquid':
      return typeof value === 'string' ? text(respellLiquid(value, ctx.naming.toFlow)) : fail('not text');
    case 'tags':
      return typeof value === 'string'
        ? text(JSON.stringify(value.split(',').map((t) => t.trim()).filter((t) => t !== '')))
        : fail('not text');
    case 'headers': {
      if (typeof value !== 'string') return fail('not text');
      const lines = value.split('\n').filter((l) => l.trim() !== '');
      if (lines.some((l) => !l.includes(':'))) return fail('a header line has no ":" between its name and value');
      return text(JSON.stringify(lines.map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()])));
    }
    case 'rrule':
      return typeof value === 'string' ? text(JSON.stringify([value])) : fail('not a schedule');
    case 'path': {
      const spelled = typeof value === 'string' ? ctx.naming.toFlow(value) : undefined;
      return spelled === undefined ? fail(`"${String(value)}" has no spelling in Flow`) : text(spelled);
    }
    case 'condition':
      return ctx.condition.encode(value);
    case 'duration': {
      const d = value as { amount: number; unit: 'minutes' | 'hours' | 'days' };
      return text(d.unit === 'days' ? `P${d.amount}D` : `PT${d.amount}${d.unit === 'hours' ? 'H' : 'M'}`);
    }
    case 'boolean':
      return typeof value === 'boolean' ? text(String(value)) : fail('not true or false');
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? text(String(value)) : fail('not a whole number');
    case 'wrapped':
      return typeof value === 'string' ? text(JSON.stringify({ value, default_value: '' })) : fail('not text');
    case 'apiCall': {
      const call = value as { name?: unknown; blob?: unknown };
      return typeof call?.name === 'string' && typeof call.blob === 'string'
        ? text(JSON.stringify({ name: call.name, blob: respellLiquid(call.blob, ctx.naming.toFlow) }))
        : fail('not a mutation and its variables');
    }
  }
}
