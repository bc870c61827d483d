/**
 * The connector rules of the seed, as pure functions over the organization.
 * Every "no" comes with reasons in words a merchant understands, because the
 * question users of Shopify Flow can't get answered is "why didn't my
 * workflow run here?".
 */
import type { Catalog } from '../catalog/catalog';
import type { AppManifest } from '../catalog/manifest';
import { type Activation, isOnInStore, turnOffInStore } from '../workflow/activation';
import { type Organization, type Store, findInstallation, findStore } from './organization';

export type InstallStatus = 'installed' | 'not-installed';

/** Stores of the organization in which the app is installed. The built-in Shopify app is in all. */
export function storesWithApp(org: Organization, app: AppManifest): Store[] {
  if (app.builtIn) return [...org.stores];
  return org.stores.filter((store) => findInstallation(org, store.id, app.id));
}

/**
 * Rule 1: an app is Installed at organization level once it is installed in at
 * least one store of the organization; otherwise it is Not installed.
 */
export function installStatus(org: Organization, app: AppManifest): InstallStatus {
  return storesWithApp(org, app).length > 0 ? 'installed' : 'not-installed';
}

export type Verdict = { ok: true } | { ok: false; reasons: string[] };

const yes: Verdict = { ok: true };
const no = (...reasons: string[]): Verdict => ({ ok: false, reasons });

/**
 * Rule 2: a connector's triggers and actions can be added to a workflow only
 * when its app is Installed (in at least one store).
 */
export function canUseInWorkflow(org: Organization, app: AppManifest): Verdict {
  if (installStatus(org, app) === 'installed') return yes;
  if (org.stores.length === 0) return no(`Add a store and install ${app.name.en} in it to use its connector.`);
  return no(`Install ${app.name.en} in at least one store to use its connector.`);
}

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
  catalog: Catalog,
  workflow: WorkflowForGating,
  storeId: string,
): Verdict {
  const store = findStore(org, storeId);
  if (!store) return no('This store no longer exists in the organization.');
  const reasons: string[] = [];
  if (!store.flowInstalled) {
    reasons.push(`The Flow app is not installed in ${store.name}.`);
  }
  const { activation } = workflow;
  if (!activation.on) {
    reasons.push(`The workflow “${workflow.name}” is turned off.`);
  } else if (activation.scope.kind === 'stores' && !activation.scope.storeIds.includes(storeId)) {
    reasons.push(`The workflow “${workflow.name}” is not turned on for ${store.name}.`);
  } else if (!isOnInStore(activation, storeId)) {
    reasons.push(`The workflow “${workflow.name}” is turned off in ${store.name}.`);
  }
  for (const appId of new Set(workflow.appIds)) {
    const app = catalog.byId.get(appId);
    if (!app) {
      reasons.push(`The workflow uses an app that is not in the catalog (${appId}).`);
    } else if (!app.builtIn && !findInstallation(org, storeId, appId)) {
      reasons.push(`${app.name.en} is not installed in ${store.name}.`);
    }
  }
  return reasons.length === 0 ? yes : { ok: false, reasons };
}

/**
 * Rule 4: uninstalling Flow from a store turns the organization's workflows
 * off for that store. They keep existing and keep their settings elsewhere;
 * reinstalling Flow does not turn them back on (the user does, per store).
 */
export function uninstallFlow<W extends { activation: Activation }>(
  org: Organization,
  workflows: readonly W[],
  storeId: string,
): { org: Organization; workflows: W[] } {
  return { org: setFlowInstalled(org, storeId, false), workflows: turnWorkflowsOffInStore(workflows, storeId) };
}

/** The workflow half of rule 4: every workflow off in the store, unchanged elsewhere. */
export function turnWorkflowsOffInStore<W extends { activation: Activation }>(workflows: readonly W[], storeId: string): W[] {
  return workflows.map((w) => ({ ...w, activation: turnOffInStore(w.activation, storeId) }));
}

/** Installs Flow in a store again. Workflows stay as they are: off where Flow's removal turned them off. */
export function installFlow(org: Organization, storeId: string): Organization {
  return setFlowInstalled(org, storeId, true);
}

function setFlowInstalled(org: Organization, storeId: string, flowInstalled: boolean): Organization {
  if (!findStore(org, storeId)) throw new Error(`There is no store with id ${storeId}.`);
  return { ...org, stores: org.stores.map((s) => (s.id === storeId ? { ...s, flowInstalled } : s)) };
}

/**
 * Rule 5: the authentication settings of Asana, Google Sheets, Slack and
 * Trello (manifests with `authRequiresFlowInStore`) can only be changed by
 * logging in to a store that has its own copy of Flow.
 */
export function canChangeAuthentication(org: Organization, app: AppManifest, storeId: string): Verdict {
  const store = findStore(org, storeId);
  if (!store) return no('This store no longer exists in the organization.');
  if (!app.builtIn && !findInstallation(org, storeId, app.id)) {
    return no(`${app.name.en} is not installed in ${store.name}: install it there first.`);
  }
  if (app.authRequiresFlowInStore && !store.flowInstalled) {
    return no(
      `${app.name.en} authentication can only be changed from a store that has its own copy of the Flow app. ` +
        `Install Flow in ${store.name}, log in to that store and change it there.`,
    );
  }
  return yes;
}
