/**
 * The connector rules of the seed checked or applied when a workflow or the
 * organization is edited (rules 2, 4 and 5); rules 1 and 3 are in rules.ts,
 * which the first page needs without these.
 */
import type { AppSummary } from '../catalog/catalogIndex';
import type { AppManifest } from '../catalog/manifest';
import { type Activation, turnOffInStore } from '../workflow/activation';
import { type Organization, findInstallation, findStore } from './organization';
import { type Verdict, installStatus, no, reason, yes } from './rules';

/**
 * Rule 2: a connector's triggers and actions can be added to a workflow only
 * when its app is Installed (in at least one store).
 */
export function canUseInWorkflow(org: Organization, app: AppSummary): Verdict {
  if (installStatus(org, app) === 'installed') return yes;
  const params = { app: app.name };
  if (org.stores.length === 0) {
    return no(reason('add-store-and-install', `Add a store and install ${app.name.en} in it to use its connector.`, params));
  }
  return no(reason('install-in-a-store', `Install ${app.name.en} in at least one store to use its connector.`, params));
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
  if (!store) return no(reason('store-missing', 'This store no longer exists in the organization.'));
  const params = { app: app.name, store: store.name };
  if (!app.builtIn && !findInstallation(org, storeId, app.id)) {
    return no(reason('install-there-first', `${app.name.en} is not installed in ${store.name}: install it there first.`, params));
  }
  if (app.authRequiresFlowInStore && !store.flowInstalled) {
    return no(
      reason(
        'auth-needs-flow',
        `${app.name.en} authentication can only be changed from a store that has its own copy of the Flow app. ` +
          `Install Flow in ${store.name}, log in to that store and change it there.`,
        params,
      ),
    );
  }
  return yes;
}
