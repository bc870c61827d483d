/**
 * The connector rules of the seed, as pure functions over the organization:
 * rules 1 and 3 (installed where, and why a workflow won't run: the
 * Workflows page's). Rules 2, 4 and 5, checked or applied when a workflow or
 * the organization is edited, are in changeRules.ts.
 * Every "no" comes with reasons in words a merchant understands, because the
 * question users of Shopify Flow can't get answered is "why didn't my
 * workflow run here?".
 */
import type { CatalogIndex, IndexApp } from '../catalog/catalog';
import { type Activation, isOnInStore } from '../workflow/activation';
import { type Organization, type Store, findInstallation, findStore } from './organization';
import type { MessageParams } from '../text/messageParams';

export type InstallStatus = 'installed' | 'not-installed';

/** Stores of the organization in which the app is installed. The built-in Shopify app is in all. */
export function storesWithApp(org: Organization, app: IndexApp): Store[] {
  if (app.builtIn) return [...org.stores];
  return org.stores.filter((store) => findInstallation(org, store.id, app.id));
}

/**
 * Rule 1: an app is Installed at organization level once it is installed in at
 * least one store of the organization; otherwise it is Not installed.
 */
export function installStatus(org: Organization, app: IndexApp): InstallStatus {
  return storesWithApp(org, app).length > 0 ? 'installed' : 'not-installed';
}

/** Every kind of reason a "no" gives; stable, so the UI can word it in the user's language. */
export type ReasonCode =
  | 'store-missing'
  | 'flow-not-installed'
  | 'workflow-off'
  | 'workflow-not-for-store'
  | 'workflow-off-in-store'
  | 'app-unknown'
  | 'app-not-installed-in-store'
  | 'add-store-and-install'
  | 'install-in-a-store'
  | 'install-there-first'
  | 'auth-needs-flow'
  | 'no-trigger'
  | 'wrong-trigger';

/** One reason as a code and the names it mentions (names in both languages). */
export interface ReasonDetail {
  readonly code: ReasonCode;
  readonly params?: MessageParams;
}

/** A reason: its English words (CLI, logs, stored records) and its code for translation. */
export interface Reason extends ReasonDetail {
  readonly text: string;
}

/** `reasons` are the English words; `details` the same reasons, in the same order, as codes. */
export type Verdict = { ok: true } | { ok: false; reasons: string[]; details: ReasonDetail[] };

export const yes: Verdict = { ok: true };
export const no = (...reasons: Reason[]): Verdict => ({
  ok: false,
  reasons: reasons.map((r) => r.text),
  details: reasons.map(({ code, params }) => (params ? { code, params } : { code })),
});
export const reason = (code: ReasonCode, text: string, params?: MessageParams): Reason => (params ? { code, text, params } : { code, text });

/** What the gating rule needs to know of a workflow. */
export interface WorkflowForGating {
  name: string;
  activation: Activation;
  /** Ids of every app the workflow's trigger and actions use (duplicates allowed). */
  appIds: readonly string[];
}

/**
 * Rule 3: a workflow runs in a store only if that store has Flow installed,
 * the workflow is on for that store, and every connector app it uses is
 * installed in that store. Returns every reason it won't run (not just the
 * first), or ok.
 */
export function whyWontRun(
  org: Organization,
  catalog: CatalogIndex,
  workflow: WorkflowForGating,
  storeId: string,
): Verdict {
  const store = findStore(org, storeId);
  if (!store) return no(reason('store-missing', 'This store no longer exists in the organization.'));
  const reasons: Reason[] = [];
  const names = { store: store.name, workflow: workflow.name };
  if (!store.flowInstalled) {
    reasons.push(reason('flow-not-installed', `The Flow app is not installed in ${store.name}.`, names));
  }
  const { activation } = workflow;
  if (!activation.on) {
    reasons.push(reason('workflow-off', `The workflow “${workflow.name}” is turned off.`, names));
  } else if (activation.scope.kind === 'stores' && !activation.scope.storeIds.includes(storeId)) {
    reasons.push(reason('workflow-not-for-store', `The workflow “${workflow.name}” is not turned on for ${store.name}.`, names));
  } else if (!isOnInStore(activation, storeId)) {
    reasons.push(reason('workflow-off-in-store', `The workflow “${workflow.name}” is turned off in ${store.name}.`, names));
  }
  for (const appId of new Set(workflow.appIds)) {
    const app = catalog.byId.get(appId);
    if (!app) {
      reasons.push(reason('app-unknown', `The workflow uses an app that is not in the catalog (${appId}).`, { app: appId }));
    } else if (!app.builtIn && !findInstallation(org, storeId, appId)) {
      reasons.push(
        reason('app-not-installed-in-store', `${app.name.en} is not installed in ${store.name}.`, { app: app.name, store: store.name }),
      );
    }
  }
  return reasons.length === 0 ? yes : no(...reasons);
}
