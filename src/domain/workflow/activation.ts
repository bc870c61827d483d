/**
 * Where a workflow is turned on. A workflow of an organization applies to all
 * stores or to chosen ones, is turned on or off as a whole, and can be off in
 * single stores: uninstalling the Flow app from a store turns the workflows
 * off there (the seed's rule), and they stay off until the user turns them on.
 */
import { z } from 'zod';

export const StoreScope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('stores'), storeIds: z.array(z.string().min(1)) }),
]);
export type StoreScope = z.infer<typeof StoreScope>;

export const Activation = z.strictObject({
  /** The workflow's own on/off switch. */
  on: z.boolean(),
  scope: StoreScope,
  /** Stores where the workflow is off although it is on and in scope (e.g. Flow was uninstalled there). */
  offInStores: z.array(z.string().min(1)),
});
export type Activation = z.infer<typeof Activation>;

/** A new workflow: off, for all stores (imports also arrive off, as in Shopify Flow). */
export const DEFAULT_ACTIVATION: Activation = { on: false, scope: { kind: 'all' }, offInStores: [] };

/** True when the store is in the workflow's scope. */
export function inScope(activation: Activation, storeId: string): boolean {
  return activation.scope.kind === 'all' || activation.scope.storeIds.includes(storeId);
}

/** True when the workflow itself is on for the store (Flow and apps are checked by the org rules). */
export function isOnInStore(activation: Activation, storeId: string): boolean {
  return activation.on && inScope(activation, storeId) && !activation.offInStores.includes(storeId);
}

/** Turns the workflow off in one store, keeping it on elsewhere. */
export function turnOffInStore(activation: Activation, storeId: string): Activation {
  if (activation.offInStores.includes(storeId)) return activation;
  return { ...activation, offInStores: [...activation.offInStores, storeId] };
}

/** The user turns the workflow on in one store: on, in scope, and no longer off there. */
export function turnOnInStore(activation: Activation, storeId: string): Activation {
  const scope: StoreScope =
    activation.scope.kind === 'all' || activation.scope.storeIds.includes(storeId)
      ? activation.scope
      : { kind: 'stores', storeIds: [...activation.scope.storeIds, storeId] };
  return { on: true, scope, offInStores: activation.offInStores.filter((id) => id !== storeId) };
}
