/**
 * Settings repository: typed reads and writes of app settings. A stored value
 * that fails its schema is reported (onCorrupt) and the default is returned;
 * the stored record is left as it is, never silently overwritten on read.
 */
import { SETTINGS, type SettingKey, type SettingValue } from '../domain/settings/settings';
import type { FlowbenchDb } from './db';

/**
 * Told about a stored record that cannot be read: where it is (in words), why, and
 * the record's key (and the name it was stored under, if any), so the UI can offer to remove it.
 */
export type CorruptRecordReporter = (where: string, problem: string, record?: { id: string; name?: string }) => void;

/** A stored record left out because it cannot be read, by its key, with the reason (`$.path: reason`). */
export interface UnreadableRecord {
  id: string;
  /** The name it was stored under, when the record has a readable one. */
  name?: string;
  problem: string;
}

/** A name read from a record that failed its schema: only ever a non-empty string. */
export function storedName(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.slice(0, 200) : undefined;
}

const warnToConsole: CorruptRecordReporter = (where, problem) => console.warn(`Ignored ${where}: ${problem}`);

export async function readSetting<K extends SettingKey>(
  db: FlowbenchDb,
  key: K,
  onCorrupt: CorruptRecordReporter = warnToConsole,
): Promise<SettingValue<K>> {
  const record = await db.settings.get(key);
  const { schema, fallback } = SETTINGS[key];
  if (!record) return fallback as SettingValue<K>;
  const parsed = schema.safeParse(record.value);
  if (!parsed.success) {
    onCorrupt(`setting "${key}"`, parsed.error.issues.map((i) => i.message).join('; '));
    return fallback as SettingValue<K>;
  }
  return parsed.data as SettingValue<K>;
}

/** Validates and stores a setting. Throws with the reason when the value is invalid. */
export async function writeSetting<K extends SettingKey>(db: FlowbenchDb, key: K, value: SettingValue<K>): Promise<void> {
  const parsed = SETTINGS[key].schema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`Setting "${key}" not saved: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  await db.settings.put({ key, value: parsed.data, schemaVersion: 1, updatedAt: new Date().toISOString() });
}
