/**
 * What the workflow list says about each workflow, as plain functions of the
 * document, the catalog and the organization: its trigger in words, where
 * it runs (with the reasons it doesn't elsewhere) and when it was last edited.
 */
import type { Catalog } from '../../domain/catalog/catalog';
import type { Organization } from '../../domain/org/organization';
import { whyWontRun } from '../../domain/org/rules';
import type { Workflow } from '../../domain/workflow/document';

/** "Shopify · Order created", "No trigger yet", or the raw ids when the catalog doesn't know them. */
export function triggerLabel(workflow: Workflow, catalog: Catalog): string {
  const trigger = workflow.steps.find((s) => s.kind === 'trigger');
  if (!trigger) return 'No trigger yet';
  const app = catalog.byId.get(trigger.app);
  const def = app?.triggers.find((t) => t.id === trigger.trigger);
  if (!app || !def) return `Unknown trigger (${trigger.app}/${trigger.trigger})`;
  return `${app.name.en} · ${def.name.en}`;
}

/** Ids of the apps the workflow's trigger and actions use, as the run gate needs them. */
export function appIdsOf(workflow: Workflow): string[] {
  return workflow.steps.flatMap((s) => (s.kind === 'trigger' || s.kind === 'action' ? [s.app] : []));
}

export interface StoresSummary {
  /** "Off", "On in 3 of 4 stores"... */
  text: string;
  /** Stores it would not run in although it is on, each with every reason. Empty when off. */
  notRunning: { store: string; reasons: string[] }[];
}

/** Where the workflow runs, by the org's run gate (whyWontRun) for each store. */
export function storesSummary(workflow: Workflow, org: Organization, catalog: Catalog): StoresSummary {
  if (!workflow.activation.on) return { text: 'Off', notRunning: [] };
  const total = org.stores.length;
  if (total === 0) return { text: 'On, but there are no stores', notRunning: [] };
  const gating = { name: workflow.name, activation: workflow.activation, appIds: appIdsOf(workflow) };
  const notRunning: StoresSummary['notRunning'] = [];
  for (const store of org.stores) {
    const verdict = whyWontRun(org, catalog, gating, store.id);
    if (!verdict.ok) notRunning.push({ store: store.name, reasons: verdict.reasons });
  }
  const running = total - notRunning.length;
  return { text: `On in ${running} of ${total} ${total === 1 ? 'store' : 'stores'}`, notRunning };
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 60 * 60],
  ['day', 24 * 60 * 60],
];

/**
 * "just now", "5 minutes ago", "yesterday"... for the last week; older (or
 * future, from another device's clock) times as a locale date.
 */
export function lastEdited(iso: string, now: number): string {
  const at = new Date(iso);
  const seconds = Math.round((now - at.getTime()) / 1000);
  if (Number.isNaN(seconds)) return 'unknown';
  if (seconds >= -300 && seconds < 45) return 'just now'; // a little ahead: the clock shown lags up to a minute
  if (seconds < 0 || seconds >= 7 * 24 * 60 * 60) return at.toLocaleDateString();
  for (let i = STEPS.length - 1; i >= 0; i--) {
    const [unit, size] = STEPS[i]!;
    if (seconds >= size || i === 0) return relative.format(-Math.max(1, Math.floor(seconds / size)), unit);
  }
  return at.toLocaleDateString();
}
