/**
 * The apps the simulator can fire triggers of: every catalog app with at
 * least one trigger, split into those installed in some store of the
 * organization (listed first) and the rest.
 */
import type { Catalog } from '../../domain/catalog/catalog';
import type { AppManifest } from '../../domain/catalog/manifest';
import type { Organization } from '../../domain/org/organization';
import { installStatus } from '../../domain/org/rules';

export interface TriggerApps {
  installed: AppManifest[];
  notInstalled: AppManifest[];
}

/** Apps with triggers, installed ones first (all count as installed while the organization loads). */
export function triggerApps(org: Organization | undefined, catalog: Catalog): TriggerApps {
  const withTriggers = catalog.apps.filter((app) => app.triggers.length > 0);
  if (!org) return { installed: withTriggers, notInstalled: [] };
  // The built-in Shopify app counts as installed even in an organization without stores.
  const installed = (app: AppManifest) => app.builtIn || installStatus(org, app) === 'installed';
  return {
    installed: withTriggers.filter(installed),
    notInstalled: withTriggers.filter((app) => !installed(app)),
  };
}
