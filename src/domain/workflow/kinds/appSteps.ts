/**
 * What the two kinds that use an app (trigger and action) share: finding
 * the app in the catalog, and the problems of an app that is missing or not
 * installed anywhere (org rules 1 and 2; where it runs is the run gate's
 * business, rules.ts `whyWontRun`).
 */
import type { AppManifest } from '../../catalog/manifest';
import type { Organization } from '../../org/organization';
import { canUseInWorkflow } from '../../org/changeRules';
import type { Problem } from '../problems';

/** The problems of a step whose app is not installed in any store (none for built-in apps). */
export function installProblems(stepId: string, app: AppManifest, org: Organization): Problem[] {
  if (app.builtIn) return [];
  const verdict = canUseInWorkflow(org, app);
  if (verdict.ok) return [];
  return verdict.reasons.map((reason) => ({
    severity: 'error',
    stepId,
    code: 'app-not-installed',
    variant: org.stores.length === 0 ? 'no-stores' : 'install',
    params: { app: app.name },
    message: `${app.name.en} is not installed in any store. ${reason}`,
  }));
}

/** The problem of a step that names an app the catalog doesn't have. */
export function unknownApp(stepId: string, appId: string): Problem {
  return {
    severity: 'error',
    stepId,
    code: 'unknown-app',
    params: { app: appId },
    message: `The app "${appId}" is not in the catalog. Replace this step with one of an available app.`,
  };
}
