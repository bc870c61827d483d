/**
 * App-wide preferences of one browser profile. Each has a zod schema so a
 * stored value that is corrupt or from a newer version is reported and falls
 * back to its default instead of breaking the app.
 */
import { z } from 'zod';

export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

/** The simulated clock's time, ISO 8601 UTC as toISOString writes it (`2026-03-02T10:00:00.000Z`). */
export const SimNow = z.iso.datetime({ precision: 3 });
export type SimNow = z.infer<typeof SimNow>;

/** Every setting: its schema and the value used when nothing valid is stored. */
export const SETTINGS = {
  theme: { schema: ThemePreference, fallback: 'system' as ThemePreference },
  /**
   * The simulated clock (the runtime's "now"). Unset until the first start
   * sets it to the real time; it only moves when the user moves it.
   */
  simNow: { schema: SimNow.optional(), fallback: undefined as SimNow | undefined },
  /** Whether the built-in "Send HTTP request" really fetches (true) or is simulated (false, the default). */
  liveHttp: { schema: z.boolean(), fallback: false as boolean },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;
