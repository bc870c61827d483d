/**
 * Sandbox repository: the connector sandbox's records (table `sandbox`), one
 * row per record of an app's collection in a store. Rows are parsed with the
 * domain's SandboxRowSchema on read; a corrupt row is reported and skipped.
 * Rows are written together with the runs that changed them
 * (runRepo.writeRunBatch), so a run and its effects are stored together.
 */
import { SandboxRowSchema } from '../domain/runs/records';
import { isStoreDataRow } from '../domain/shopify/storeResources';
import { formatIssues } from '../domain/zodIssues';
import type { FlowbenchDb, SandboxRow } from './db';
import { byKeyPrefix } from './keyPrefix';
import type { CorruptRecordReporter } from './settingsRepo';

const warn: CorruptRecordReporter = (where, problem) => console.warn(`Ignored ${where}: ${problem}`);

/** A stored sandbox row with the time it was last written. */
export type StoredSandboxRow = Omit<SandboxRow, 'schemaVersion'>;

function parse(row: SandboxRow, onCorrupt: CorruptRecordReporter): StoredSandboxRow | undefined {
  const { schemaVersion: _v, updatedAt, ...rest } = row;
  const parsed = SandboxRowSchema.safeParse(rest);
  if (parsed.success) return { ...parsed.data, updatedAt: typeof updatedAt === 'string' ? updatedAt : '' };
  onCorrupt(
    `sandbox record ${JSON.stringify([row.storeId, row.appId, row.collection, row.id].join('/'))}`,
    formatIssues(parsed.error.issues).slice(0, 3).join('; '),
  );
  return undefined;
}

/** A store's sandbox rows: a range of the primary key `[storeId+appId+collection+id]`. */
export function sandboxOfStore(db: FlowbenchDb, storeId: string) {
  return byKeyPrefix(db.sandbox, [storeId]);
}

/** Every readable sandbox row of one store, or of all stores when `storeId` is omitted. */
export async function readSandboxRows(
  db: FlowbenchDb,
  storeId?: string,
  onCorrupt: CorruptRecordReporter = warn,
): Promise<StoredSandboxRow[]> {
  const rows = storeId === undefined ? await db.sandbox.toArray() : await sandboxOfStore(db, storeId).toArray();
  const out: StoredSandboxRow[] = [];
  for (const row of rows) {
    const parsed = parse(row, onCorrupt);
    if (parsed) out.push(parsed);
  }
  return out;
}

/**
 * Deletes what the simulated apps did in one store, or in every store when
 * `storeId` is omitted. The store data (Shopify's customers, orders, products
 * and draft orders, storeDataRepo.ts) is kept: "Reset store data" renews it.
 */
export async function clearSandbox(db: FlowbenchDb, storeId?: string): Promise<void> {
  const rows = storeId === undefined ? db.sandbox.toCollection() : sandboxOfStore(db, storeId);
  await rows.filter((row) => !isStoreDataRow(row)).delete();
}
