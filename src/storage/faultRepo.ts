/**
 * Fault repository: the failures the user injects per app and store (table
 * `faults`), parsed with the domain's FaultConfig on read; a corrupt row is
 * reported and skipped (that app then simply has no fault). Mode "none" is
 * not stored: setting it deletes the row.
 */
import { FaultConfig } from '../domain/runs/faultConfig';
import { formatIssues } from '../domain/zodIssues';
import type { FlowbenchDb } from './db';
import { byKeyPrefix } from './keyPrefix';
import type { CorruptRecordReporter } from './settingsRepo';

const warn: CorruptRecordReporter = (where, problem) => console.warn(`Ignored ${where}: ${problem}`);

export interface StoredFault {
  storeId: string;
  appId: string;
  config: FaultConfig;
}

/** Every readable fault of one store, or of all stores when `storeId` is omitted. */
export async function readFaults(db: FlowbenchDb, storeId?: string, onCorrupt: CorruptRecordReporter = warn): Promise<StoredFault[]> {
  const rows = storeId === undefined ? await db.faults.toArray() : await byKeyPrefix(db.faults, [storeId]).toArray();
  const out: StoredFault[] = [];
  for (const row of rows) {
    const parsed = FaultConfig.safeParse(row.config);
    if (parsed.success) out.push({ storeId: row.storeId, appId: row.appId, config: parsed.data });
    else onCorrupt(`fault of ${row.appId} in ${row.storeId}`, formatIssues(parsed.error.issues).slice(0, 3).join('; '));
  }
  return out;
}

/**
 * Sets (or with `undefined` or mode "none", removes) the fault of an app in a
 * store. Throws with the problems, writing nothing, when the config is invalid.
 */
export async function writeFault(db: FlowbenchDb, storeId: string, appId: string, config: FaultConfig | undefined): Promise<void> {
  if (config === undefined || config.mode === 'none') {
    await db.faults.delete([storeId, appId]);
    return;
  }
  const parsed = FaultConfig.safeParse(config);
  if (!parsed.success) throw new Error(`Fault not saved: ${formatIssues(parsed.error.issues).join('; ')}`);
  await db.faults.put({ storeId, appId, config: parsed.data, schemaVersion: 1 });
}
