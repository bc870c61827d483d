/**
 * React access to app settings: a live value (updates when another tab
 * changes it) and a setter. The UI reaches IndexedDB only through this layer.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { SETTINGS, type SettingKey, type SettingValue } from '../domain/settings/settings';
import { getDb } from '../storage/db';
import { readSetting, writeSetting } from '../storage/settingsRepo';

/** The stored value of a setting, or its default while loading or when none is stored. */
export function useSetting<K extends SettingKey>(key: K): [SettingValue<K>, (value: SettingValue<K>) => Promise<void>] {
  const value = useLiveQuery(() => readSetting(getDb(), key), [key]);
  const set = useCallback((next: SettingValue<K>) => writeSetting(getDb(), key, next), [key]);
  return [(value ?? SETTINGS[key].fallback) as SettingValue<K>, set];
}
