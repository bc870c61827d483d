/**
 * The store a page works in: the one the user picked, or the first store
 * when none was picked or the picked one was removed (in this tab or
 * another). Used with StoreSelect by the editor's test run and the Sandbox
 * page, which both always work in some store.
 */
import { useState } from 'react';
import type { Organization, Store } from '../../domain/org/organization';

/** The store with id `picked`, else the first store; undefined when there is none. */
export function pickedStore(stores: readonly Store[] | undefined, picked: string | undefined): Store | undefined {
  return stores?.find((s) => s.id === picked) ?? stores?.[0];
}

/** The picked store of `org` (see pickedStore) and the function that picks another. */
export function usePickedStore(org: Organization | undefined): { store: Store | undefined; pick: (storeId: string) => void } {
  const [picked, pick] = useState<string>();
  return { store: pickedStore(org?.stores, picked), pick };
}
