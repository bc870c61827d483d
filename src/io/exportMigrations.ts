/**
 * Export file migrations: a file of an older format `version` brought to
 * the current one before it is checked, so the importer (and
 * `npm run validate`) read every version Flowbench ever wrote. Like the
 * workflow document's (domain/workflow/migrations.ts), each step works on
 * plain JSON, goes from one version to the next, leaves what it cannot
 * translate for the schema to report at its path, and is never edited once
 * released. The workflow documents inside a file are migrated by the
 * document's own chain, by their own `schemaVersion`.
 *
 * To add a version: append `{ from: N, to: N + 1, change, migrate }` here,
 * raise EXPORT_VERSION (exportFormat.ts), keep the old JSON Schema file in
 * public/schema (old files point at it), and commit an export of version N
 * in test/fixtures/exports with a test that it imports.
 */
import { DEFAULT_STORE_TIME_ZONE } from '../domain/org/organization';
import { type JsonObject, upgradeWorkflow } from '../domain/workflow/migrations';

export interface ExportMigration {
  from: number;
  to: number;
  change: string;
  migrate: (file: JsonObject) => JsonObject;
}

const isObject = (value: unknown): value is JsonObject => !!value && typeof value === 'object' && !Array.isArray(value);

/** v1 → v2: stores get the UTC zone their schedules ran in; workflow documents move to schema version 2. */
function v1ToV2(file: JsonObject): JsonObject {
  const out: JsonObject = { ...file, version: 2 };
  // Flowbench's own pointer moves to the schema the content now follows; anyone else's is kept.
  if (file.$schema === '/schema/flowbench-export.v1.json') out.$schema = '/schema/flowbench-export.v2.json';
  if (Array.isArray(file.workflows)) out.workflows = file.workflows.map(upgradeWorkflow);
  if (isObject(file.organization) && Array.isArray(file.organization.stores)) {
    const stores = file.organization.stores.map((store: unknown) =>
      isObject(store) && !Object.hasOwn(store, 'timeZone') ? { ...store, timeZone: DEFAULT_STORE_TIME_ZONE } : store,
    );
    out.organization = { ...file.organization, stores };
  }
  return out;
}

export const EXPORT_MIGRATIONS: readonly ExportMigration[] = [
  { from: 1, to: 2, change: 'stores have a time zone (UTC for version-1 files); workflows are schema version 2 (Flow recurrence text schedules)', migrate: v1ToV2 },
];

/** The oldest format version the importer reads. */
export const OLDEST_EXPORT_VERSION = EXPORT_MIGRATIONS[0]?.from ?? 1;

/** A file of any version Flowbench wrote, brought to the current one; anything else is returned unchanged. */
export function upgradeExport(json: unknown): unknown {
  if (!isObject(json)) return json;
  let file = json;
  for (const step of EXPORT_MIGRATIONS) {
    if (file.version === step.from) file = step.migrate(file);
  }
  return file;
}
