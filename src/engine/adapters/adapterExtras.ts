/**
 * Checks and builders some simulated adapters need on top of
 * ./adapterHelpers: length limits, positive whole numbers, sandbox records
 * without empty optional fields, and deterministic slugs and tokens for
 * simulated links (the simulation must be repeatable, so nothing random).
 */
import { ownValue } from '../../domain/ownKeys';
import { hashText, reject } from './adapterHelpers';

/** Refuses text longer than `max` characters (counted as code points, as the services count). */
export function checkMaxLength(value: string, max: number, label: string): void {
  // Code points are never more than UTF-16 units: a text short in units needs no counting.
  if (value.length <= max) return;
  const length = [...value].length;
  if (length > max) reject(`${label} is ${length} characters long; at most ${max} are allowed`);
}

/** A whole number field that must be positive (numbers typed as text are accepted). */
export function positiveInteger(fields: Record<string, unknown>, key: string, label: string): number {
  const raw = ownValue(fields, key);
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n <= 0) {
    reject(`${label} must be a positive whole number, not ${JSON.stringify(raw ?? '')}`);
  }
  return n;
}

/** A sandbox record without the optional fields that have no value. */
export function compact(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (value === undefined) continue;
    // An own "__proto__" key stays a key, as Object.fromEntries defines it.
    if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  }
  return out;
}

/** Lower-case words joined by hyphens, for readable URLs. */
export function slugify(text: string, max = 40): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug === '' ? 'item' : slug;
}

/** A short token (base 36) derived from text, for simulated links. Repeatable, not secret. */
export function shortToken(text: string, length = 8): string {
  let out = '';
  for (let round = 0; out.length < length; round++) out += hashText(`${round}:${text}`).toString(36);
  return out.slice(0, length);
}
