/**
 * App-wide preferences of one browser profile. Each has a zod schema so a
 * stored value that is corrupt or from a newer version is reported and falls
 * back to its default instead of breaking the app.
 */
import { z } from 'zod';

export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

/** Every setting: its schema and the value used when nothing valid is stored. */
export const SETTINGS = {
  theme: { schema: ThemePreference, fallback: 'system' as ThemePreference },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;
