/**
 * The simulated clock's "now" (clock.ts moves it): stored in the settings
 * (key `simNow`) so it survives reloads and is shared by tabs, set to the
 * real time on the first start. Kept apart from clock.ts so that reading it
 * (the inspector's Scheduled time form) does not load the engine that
 * moving the clock needs (docs/benchmarks.md, canvas).
 */
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { getDb } from '../../storage/db';
import { readSetting, writeSetting } from '../../storage/settingsRepo';

/** The simulated time now; sets it to the real time if it was never set. */
export function ensureSimNow(): Promise<string> {
  const db = getDb();
  // Outside any live query (those may only read); one transaction, so two tabs agree.
  return Dexie.ignoreTransaction(() =>
    db.transaction('rw', db.settings, async () => {
      const stored = await readSetting(db, 'simNow');
      if (stored) return stored;
      const now = new Date().toISOString();
      await writeSetting(db, 'simNow', now);
      return now;
    }),
  );
}

/** The simulated time (ISO), live; undefined while loading. Sets it on the first start. */
export function useSimNow(): string | undefined {
  useEffect(() => {
    void ensureSimNow();
  }, []);
  return useLiveQuery(() => readSetting(getDb(), 'simNow'));
}
