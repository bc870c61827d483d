/**
 * Trigger payloads typed by the user ("Fire trigger"): checked before
 * anything runs, with problems in plain words, and the manifest's sample
 * payload to start from.
 */
import { findApp, findTrigger } from '../../domain/catalog/catalog';
import { checkFieldValue } from '../../domain/catalog/fieldTypes';
import { ownValue } from '../../domain/ownKeys';
import { currentCatalog } from '../catalog';

/** Largest payload accepted, in bytes of UTF-8 (as Shopify Flow limits trigger payloads). */
export const MAX_PAYLOAD_BYTES = 50_000;

export type PayloadCheck = { ok: true; payload: Record<string, unknown> } | { ok: false; problems: string[] };

/** The trigger's name for messages, or a problem when the catalog has no such trigger. */
function describe(app: string, trigger: string): { name: string } | { problem: string } {
  const appDef = findApp(currentCatalog(), app);
  if (!appDef) return { problem: `There is no app “${app}” in the catalog.` };
  const def = findTrigger(currentCatalog(), app, trigger);
  if (!def) return { problem: `${appDef.name.en} has no trigger “${trigger}”.` };
  return { name: `${appDef.name.en} · ${def.name.en}` };
}

/**
 * Checks a payload typed as JSON text against the trigger's manifest: at
 * most {@link MAX_PAYLOAD_BYTES}, valid JSON, an object, only the trigger's
 * fields, each of its type (checkFieldValue), required ones present.
 */
export function validatePayload(app: string, trigger: string, payloadText: string): PayloadCheck {
  const what = describe(app, trigger);
  if ('problem' in what) return { ok: false, problems: [what.problem] };
  const bytes = new TextEncoder().encode(payloadText).length;
  if (bytes > MAX_PAYLOAD_BYTES) {
    return { ok: false, problems: [`The payload is ${bytes.toLocaleString('en')} bytes; at most ${MAX_PAYLOAD_BYTES.toLocaleString('en')} bytes are allowed.`] };
  }
  let value: unknown;
  try {
    value = JSON.parse(payloadText);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`The payload is not valid JSON: ${detail}.`] };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: ['The payload must be a JSON object, like { "customer_id": "123" }.'] };
  }
  const payload = value as Record<string, unknown>;
  const def = findTrigger(currentCatalog(), app, trigger)!;
  const problems: string[] = [];
  for (const field of def.fields) {
    const label = `“${field.key}” (${field.label.en})`;
    const value = ownValue(payload, field.key);
    if (value === undefined || value === null) {
      if (field.required) problems.push(`${label} is missing; this trigger always sends it.`);
      continue;
    }
    const problem = checkFieldValue(field.type, value, field.format);
    if (problem) problems.push(`${label} ${problem}.`);
  }
  const known = new Set(def.fields.map((f) => f.key));
  const unknown = Object.keys(payload).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    problems.push(
      `${unknown.map((k) => `“${k}”`).join(', ')} ${unknown.length === 1 ? 'is not a field' : 'are not fields'} of ${what.name} (its fields: ${[...known].join(', ')}).`,
    );
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, payload };
}

/** The trigger's sample payload from its manifest (a fresh copy); empty for an unknown trigger. */
export function samplePayload(app: string, trigger: string): Record<string, unknown> {
  return structuredClone(findTrigger(currentCatalog(), app, trigger)?.samplePayload ?? {});
}
