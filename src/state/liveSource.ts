/**
 * A value read from IndexedDB and followed as it changes (Dexie's liveQuery,
 * so changes made in other tabs count too), for code outside React: the
 * editor session follows the organization with it. The query runs while
 * someone listens and stops with the last listener.
 */
import { type Subscription, liveQuery } from 'dexie';
import type { Source } from './editor/session';

export function liveSource<T>(query: () => Promise<T>, initial: T): Source<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  let subscription: Subscription | undefined;
  return {
    current: () => value,
    subscribe(listener) {
      listeners.add(listener);
      subscription ??= liveQuery(query).subscribe({
        next: (next) => {
          value = next;
          for (const l of [...listeners]) l();
        },
        error: (error: unknown) => console.error('A live read failed', error),
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          subscription?.unsubscribe();
          subscription = undefined;
        }
      };
    },
  };
}
