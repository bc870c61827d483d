import { afterEach, describe, expect, it, vi } from 'vitest';
import { FlowbenchDb } from './db';
import { readSetting, writeSetting } from './settingsRepo';

let db: FlowbenchDb;
let n = 0;
function freshDb() {
  db = new FlowbenchDb(`settings-test-${++n}`);
  return db;
}
afterEach(async () => {
  await db.delete();
});

describe('settings repository on IndexedDB', () => {
  it('returns the default when nothing is stored', async () => {
    expect(await readSetting(freshDb(), 'theme')).toBe('system');
  });

  it('keeps a written value across a close and reopen of the database', async () => {
    await writeSetting(freshDb(), 'theme', 'dark');
    db.close();
    const reopened = new FlowbenchDb(db.name);
    expect(await readSetting(reopened, 'theme')).toBe('dark');
    reopened.close();
    db = reopened;
  });

  it('refuses to store an invalid value and keeps the previous one', async () => {
    await writeSetting(freshDb(), 'theme', 'light');
    await expect(writeSetting(db, 'theme', 'purple' as never)).rejects.toThrow(/Setting "theme" not saved/);
    expect(await readSetting(db, 'theme')).toBe('light');
  });

  it('reports a corrupt stored value, falls back to the default and leaves the record untouched', async () => {
    await freshDb().settings.put({ key: 'theme', value: 42, schemaVersion: 1, updatedAt: 'x' });
    const onCorrupt = vi.fn();
    expect(await readSetting(db, 'theme', onCorrupt)).toBe('system');
    expect(onCorrupt).toHaveBeenCalledWith('setting "theme"', expect.any(String));
    expect((await db.settings.get('theme'))?.value).toBe(42);
  });
});
