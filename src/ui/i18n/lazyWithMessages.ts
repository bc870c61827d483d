/**
 * `React.lazy` for a part of the UI that needs message areas beyond the first
 * page's: the component renders once both its code and its messages (in the
 * language shown) are loaded, so it never shows a key, and the Suspense
 * fallback covers both waits as it covered the code alone. areaUsage.test.ts
 * checks each declaration against the keys the imported modules use.
 */
import { type ComponentType, lazy } from 'react';
import type { Area } from './catalog';
import { requireAreas } from './language';

export function lazyWithMessages<P extends object>(areas: readonly Area[], load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), requireAreas(areas)]);
    return { default: component };
  });
}

/**
 * A module loaded on a user action (a dialog, a menu) together with the message
 * areas it uses, both in parallel; areaUsage.test.ts checks the declaration.
 */
export async function withMessages<T>(areas: readonly Area[], load: () => Promise<T>): Promise<T> {
  const [module] = await Promise.all([load(), requireAreas(areas)]);
  return module;
}
