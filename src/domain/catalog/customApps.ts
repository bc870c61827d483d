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
import { type CatalogIndex, type CatalogOf, byEnglishName, deepFreeze } from './catalog';
import type { AppSummary } from './catalogIndex';
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

export interface ComposedCatalog<A extends AppSummary> {
  catalog: CatalogOf<A | AppManifest>;
  /** Custom manifests left out, with the reason in words. */
  skipped: { id: string; reason: string }[];
}

/**
 * The built-in catalog (`base`: the manifests, or their index) plus custom
 * apps, frozen and in catalog order. A custom app that is built in, clashes
 * with a built-in id or another custom app, or names a missing
 * `onlyWithTrigger` is left out and reported (a stored app may clash with a
 * built-in app added in a later release). Only ids, names and trigger ids of
 * `base` are read, so the index and the manifests leave out the same apps.
 */
export function composeCatalog<A extends AppSummary>(custom: readonly AppManifest[], base: CatalogOf<A>): ComposedCatalog<A> {
  const byId = new Map<string, A | AppManifest>(base.byId);
  const customIds = new Set<string>();
  const skipped: ComposedCatalog<A>['skipped'] = [];
  const accepted: AppManifest[] = [];
  for (const app of custom) {
    if (app.builtIn) skipped.push({ id: app.id, reason: 'a custom app cannot be built in' });
    else if (base.byId.has(app.id)) skipped.push({ id: app.id, reason: `its id is the id of the built-in app ${base.byId.get(app.id)!.name.en}` });
    else if (customIds.has(app.id)) skipped.push({ id: app.id, reason: 'two custom apps have this id' });
    else {
      customIds.add(app.id);
      byId.set(app.id, app);
      accepted.push(app);
    }
  }
  // onlyWithTrigger is checked once every custom app is known (one custom app may name another's trigger).
  const kept = accepted.filter((app) => {
    const missing = app.actions.find((a) => a.onlyWithTrigger && !byId.get(a.onlyWithTrigger.app)?.triggers.some((t) => t.id === a.onlyWithTrigger!.trigger));
    if (missing) {
      skipped.push({ id: app.id, reason: `its action "${missing.id}" names a trigger that is not in the catalog` });
      byId.delete(app.id);
      customIds.delete(app.id);
    }
    return !missing;
  });
  const apps = [...base.apps, ...kept].sort(byEnglishName);
  return { catalog: deepFreeze({ apps, byId: new Map(apps.map((a) => [a.id, a])), customIds }), skipped };
}

/** The custom apps of a catalog (or of its index: custom apps are in it whole), in catalog order. */
export function customAppsOf(catalog: CatalogOf<AppSummary>): AppManifest[] {
  return catalog.apps.filter((a): a is AppManifest => catalog.customIds?.has(a.id) ?? false);
}
