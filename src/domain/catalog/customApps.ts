/**
 * Custom apps: manifests of the user's own apps, in the same format and
 * checked by the same schema as the built-in catalog (manifest.ts), plus the
 * rules a custom app must also follow:
 * - it is never built in (only Shopify is), so it is always a connector and,
 *   like every connector, can never be used as a condition;
 * - its id is not the id of a built-in app;
 * - an `onlyWithTrigger` names a trigger of the catalog or of itself.
 * A trigger without a `samplePayload` gets one generated from its fields
 * (samplePayload.ts), so the simulator can fire it at once.
 *
 * `composeCatalog` makes the effective catalog the built-in apps plus the
 * given custom ones, over the built-in manifests (builtIn.ts) or their index
 * (builtInIndex.ts): the same rules, so both leave out the same apps.
 */
import { z } from 'zod';
import type { CatalogIndex } from './catalog';
import { FIELD_TYPES, type FieldType } from './fieldTypes';
import { AppManifest } from './manifest';
import { generateSamplePayload } from './samplePayload';
import { hasOwnKey } from '../ownKeys';
import { issueProblems, type PathProblem } from '../zodIssues';

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Fills a missing trigger `samplePayload` from the trigger's (well-formed) fields; never changes its input. */
function withGeneratedSamples(raw: unknown): unknown {
  if (!isRecord(raw) || !Array.isArray(raw.triggers)) return raw;
  return {
    ...raw,
    triggers: raw.triggers.map((trigger: unknown) => {
      if (!isRecord(trigger) || hasOwnKey(trigger, 'samplePayload') || !Array.isArray(trigger.fields)) return trigger;
      const fields = trigger.fields.filter(
        (f: unknown): f is { key: string; type: FieldType; format?: 'e164' } =>
          isRecord(f) && typeof f.key === 'string' && (FIELD_TYPES as readonly unknown[]).includes(f.type),
      );
      return { ...trigger, samplePayload: generateSamplePayload(fields) };
    }),
  };
}

/** The catalog's manifest schema for an app that is not built in (as exports carry custom apps: complete). */
export const NotBuiltInManifest = AppManifest.superRefine((app, ctx) => {
  if (app.builtIn) {
    ctx.addIssue({ code: 'custom', path: ['builtIn'], message: 'a custom app cannot be built in: only Shopify is; leave "builtIn" out or set it to false' });
  }
});

/** A custom app's manifest as the user writes it: NotBuiltInManifest, with sample payloads generated when absent. */
export const CustomAppManifest = z.preprocess(withGeneratedSamples, NotBuiltInManifest);
export type CustomAppManifest = AppManifest;

export type CustomAppCheck = { ok: true; manifest: AppManifest } | { ok: false; problems: PathProblem[] };

/**
 * Checks a custom manifest (parsed JSON) against the schema and the
 * effective catalog (its index is enough: ids and names). `catalog` says
 * which ids are built-in apps' (those not among its custom ids) and gives the
 * other apps an `onlyWithTrigger` may name; the manifest's own triggers count too.
 */
export function checkCustomApp(json: unknown, catalog: CatalogIndex): CustomAppCheck {
  const parsed = CustomAppManifest.safeParse(json);
  if (!parsed.success) return { ok: false, problems: issueProblems(parsed.error.issues) };
  const app = parsed.data;
  const problems: PathProblem[] = [];
  const builtIn = catalog.customIds?.has(app.id) ? undefined : catalog.byId.get(app.id);
  if (builtIn) {
    problems.push({ path: '$.id', message: `"${app.id}" is the id of the built-in app ${builtIn.name.en}; give your app another id` });
  }
  app.actions.forEach((action, i) => {
    const only = action.onlyWithTrigger;
    if (!only) return;
    const owner = only.app === app.id ? app : catalog.byId.get(only.app);
    if (!owner?.triggers.some((t) => t.id === only.trigger)) {
      problems.push({ path: `$.actions[${i}].onlyWithTrigger`, message: `names "${only.app}/${only.trigger}", which is not in the catalog` });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, manifest: app };
}

/** Two manifests are the same app when their JSON is equal (key order aside). */
export function sameManifest(a: AppManifest, b: AppManifest): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

export { composeCatalog, customAppsOf, type ComposedCatalog } from './compose';
