/**
 * The Flowbench export format: one JSON document holding one workflow, a
 * selection, or everything (workflows plus the organization setup), with
 * the manifests of the custom apps they use (all of them with everything).
 *
 *   { "$schema": "/schema/flowbench-export.v2.json", "format": "flowbench",
 *     "version": 2, "workflows": [...], "organization": {...} }
 *
 * Contracts:
 * - Sticky notes (`notes` of a workflow) are written only when a workflow
 *   has some, so files without notes look as they always did.
 * - Deterministic text (`serializeExport`): keys sorted recursively (arrays
 *   keep their order), 2-space indent, trailing newline; workflows sorted by
 *   id, stores by id, installations by store then app. No export time or
 *   other clock value is written, so export → import → export is
 *   byte-identical and exported files diff cleanly in git.
 * - Secrets are absent by construction: an exported installation has no
 *   `secretsSet` and its settings keep only keys that the app's manifest
 *   declares as non-secret setup fields (anything else is dropped, so a
 *   secret that slipped into `settings` still never leaves).
 * - `$schema` is the site-relative URL of the published JSON Schema
 *   (public/schema/flowbench-export.v2.json, served at the app's root). On
 *   import it is optional and any string is accepted, so a file whose
 *   `$schema` was pointed elsewhere (for an editor) still imports.
 */
import { z } from 'zod';
import type { Catalog, CatalogIndex } from '../domain/catalog/catalog';
import { NotBuiltInManifest, customAppsOf } from '../domain/catalog/customApps';
import type { AppManifest } from '../domain/catalog/manifest';
import { Installation, Organization, Store } from '../domain/org/organization';
import { ownValue } from '../domain/ownKeys';
import { Workflow } from '../domain/workflow/document';
import { appsOfSteps } from '../domain/workflow/kinds/registry';

export const EXPORT_FORMAT = 'flowbench';
/** The format version written; older ones are read through exportMigrations.ts. */
export const EXPORT_VERSION = 2;
/** Where the app serves the JSON Schema; written as every export's `$schema`. */
export const EXPORT_SCHEMA_URL = '/schema/flowbench-export.v2.json';

/** An app installed in a store, without anything secret: no secret values, not even which secrets were set. */
export const ExportInstallation = Installation.omit({ secretsSet: true });
export type ExportInstallation = z.infer<typeof ExportInstallation>;

/** The organization setup: its name, stores and the apps installed in them. */
export const ExportOrganization = z.strictObject({
  name: Organization.shape.name,
  stores: z.array(Store).max(1000),
  installations: z.array(ExportInstallation).max(100_000),
});
export type ExportOrganization = z.infer<typeof ExportOrganization>;

/** Most workflows one export file holds. */
export const MAX_EXPORT_WORKFLOWS = 10_000;

export const ExportDocument = z.strictObject({
  /** The JSON Schema this file follows (EXPORT_SCHEMA_URL when Flowbench wrote it). */
  $schema: z.string().max(2000).optional(),
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  workflows: z.array(Workflow).max(MAX_EXPORT_WORKFLOWS),
  /** Present when everything was exported. */
  organization: ExportOrganization.optional(),
  /**
   * Manifests of the user's own apps (custom apps), sorted by id: all of them
   * when everything was exported, else those the workflows use. Absent when
   * there are none, so files without custom apps look as they always did.
   */
  customApps: z.array(NotBuiltInManifest).max(1000).optional(),
});
export type ExportDocument = z.infer<typeof ExportDocument>;

/** What an export of workflows is built from: the index is enough (it holds the custom apps whole). */
export interface ExportSource {
  workflows: readonly Workflow[];
  /** The effective catalog (or its index): which apps are custom, carried along. */
  catalog: CatalogIndex;
}

/** What an export of everything is built from: with the organization, whose secrets only the whole catalog knows. */
export interface ExportEverythingSource {
  workflows: readonly Workflow[];
  org: Organization | undefined;
  /** The effective catalog: which setup fields are secret, which apps are custom (carried along). */
  catalog: Catalog;
}

/** Code-unit order, the same in every locale (localeCompare is not). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds an export document. Workflows are exported as they are (including
 * whether they are on); the organization, when given, without any secret.
 */
export function buildExport(source: ExportSource): ExportDocument;
export function buildExport(source: ExportEverythingSource): ExportDocument;
export function buildExport({ workflows, org, catalog }: ExportSource & { org?: Organization }): ExportDocument {
  const doc: ExportDocument = {
    $schema: EXPORT_SCHEMA_URL,
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    workflows: [...workflows].sort((a, b) => byCodeUnits(a.id, b.id)),
  };
  // The overloads: a source with an organization carries the whole catalog.
  if (org) doc.organization = exportOrganization(org, catalog as Catalog);
  const customApps = exportedCustomApps(doc.workflows, org !== undefined, catalog);
  if (customApps.length > 0) doc.customApps = customApps;
  return doc;
}

/** The custom apps an export carries: every one with the organization, else those the workflows use; by id. */
function exportedCustomApps(workflows: readonly Workflow[], everything: boolean, catalog: CatalogIndex): AppManifest[] {
  const used = new Set(workflows.flatMap((w) => appsOfSteps(w.steps)));
  return customAppsOf(catalog)
    .filter((app) => everything || used.has(app.id))
    .sort((a, b) => byCodeUnits(a.id, b.id));
}

function exportOrganization(org: Organization, catalog: Catalog): ExportOrganization {
  const stores = org.stores
    .map(({ id, name, flowInstalled, createdAt, timeZone }) => ({ id, name, flowInstalled, createdAt, timeZone }))
    .sort((a, b) => byCodeUnits(a.id, b.id));
  const installations: ExportInstallation[] = [];
  for (const { storeId, appId, installedAt, settings } of org.installations) {
    const app = catalog.byId.get(appId);
    // An app the catalog no longer has could not be imported again; it is left out.
    if (!app) continue;
    const kept: Record<string, string> = {};
    for (const field of app.setup.fields) {
      const value = ownValue(settings, field.key);
      if (field.kind !== 'secret' && typeof value === 'string') kept[field.key] = value;
    }
    installations.push({ storeId, appId, installedAt, settings: kept });
  }
  installations.sort((a, b) => byCodeUnits(a.storeId, b.storeId) || byCodeUnits(a.appId, b.appId));
  return { name: org.name, stores, installations };
}

/**
 * The export as text: keys sorted recursively, arrays in their order, 2-space
 * indent and a trailing newline. Equal documents give equal bytes.
 */
export function serializeExport(doc: ExportDocument): string {
  // A workflow without sticky notes is written without the key, as before notes existed (reading gives `[]` back).
  const workflows = doc.workflows.map(({ notes, ...rest }) => (notes.length > 0 ? { ...rest, notes } : rest));
  return `${JSON.stringify(sortKeys({ ...doc, workflows }), null, 2)}\n`;
}

/** A deep copy with object keys in code-unit order. Object.fromEntries defines keys, so "__proto__" stays data. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort(byCodeUnits)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** A file name for the export: `flowbench-<workflow-name>.json`, `flowbench-3-workflows.json` or `flowbench-export.json`. */
export function exportFileName(doc: ExportDocument): string {
  if (doc.organization) return 'flowbench-export.json';
  if (doc.workflows.length === 1) {
    const slug = doc.workflows[0]!.name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
    return `flowbench-${slug || 'workflow'}.json`;
  }
  return `flowbench-${doc.workflows.length}-workflows.json`;
}
