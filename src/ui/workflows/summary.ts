/**
 * What the workflow list says about each workflow, as plain functions of its
 * list summary (state/workflowList.ts: no document), the catalog and the
 * organization: its trigger in words, where
 * it runs (with the reasons it doesn't elsewhere) and when it was last edited,
 * in the UI's language (the translator and the language are passed in).
 */
import type { CatalogIndex } from '../../domain/catalog/catalog';
import type { Organization } from '../../domain/org/organization';
import { whyWontRun } from '../../domain/org/rules';
import type { WorkflowListRow } from '../../state/workflowList';
import type { Language, Translate } from '../i18n';

/** Picks a manifest text in the UI's language (`useLocalized()`). */
export type Localize = (text: { readonly en: string; readonly pl?: string }) => string;

/** "Shopify · Order created", "No trigger yet", or the raw ids when the catalog doesn't know them. */
export function triggerLabel(trigger: WorkflowListRow['trigger'], catalog: CatalogIndex, t: Translate, localize: Localize): string {
  if (!trigger) return t('workflows.trigger.none');
  const app = catalog.byId.get(trigger.app);
  const def = app?.triggers.find((t) => t.id === trigger.trigger);
  if (!app || !def) return t('workflows.trigger.unknown', { id: `${trigger.app}/${trigger.trigger}` });
  return `${localize(app.name)} · ${localize(def.name)}`;
}

export interface StoresSummary {
  /** "Off", "On in 3 of 4 stores"... */
  text: string;
  /** Stores it would not run in although it is on, each with every reason. Empty when off. */
  notRunning: { store: string; reasons: string[] }[];
}

/** Where the workflow runs, by the org's run gate (whyWontRun) for each store. */
export function storesSummary(
  workflow: Pick<WorkflowListRow, 'name' | 'activation' | 'appIds'>,
  org: Organization,
  catalog: CatalogIndex,
  t: Translate,
): StoresSummary {
  if (!workflow.activation.on) return { text: t('workflows.stores.off'), notRunning: [] };
  const total = org.stores.length;
  if (total === 0) return { text: t('workflows.stores.noStores'), notRunning: [] };
  const gating = { name: workflow.name, activation: workflow.activation, appIds: workflow.appIds };
  const notRunning: StoresSummary['notRunning'] = [];
  for (const store of org.stores) {
    const verdict = whyWontRun(org, catalog, gating, store.id);
    if (!verdict.ok) notRunning.push({ store: store.name, reasons: verdict.reasons });
  }
  const running = total - notRunning.length;
  return { text: t('workflows.stores.on', { running, count: total }), notRunning };
}

const relativeFormats = new Map<Language, Intl.RelativeTimeFormat>();
function relative(language: Language): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(language);
  if (!format) {
    format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    relativeFormats.set(language, format);
  }
  return format;
}
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 60 * 60],
  ['day', 24 * 60 * 60],
];

/**
 * "just now", "5 minutes ago", "yesterday"... for the last week; older (or
 * future, from another device's clock) times as a date, both in the language's words.
 */
export function lastEdited(iso: string, now: number, language: Language, t: Translate): string {
  const at = new Date(iso);
  const seconds = Math.round((now - at.getTime()) / 1000);
  if (Number.isNaN(seconds)) return t('workflows.edited.unknown');
  if (seconds >= -300 && seconds < 45) return t('workflows.edited.justNow'); // a little ahead: the clock shown lags up to a minute
  if (seconds < 0 || seconds >= 7 * 24 * 60 * 60) return at.toLocaleDateString(language);
  for (let i = STEPS.length - 1; i >= 0; i--) {
    const [unit, size] = STEPS[i]!;
    if (seconds >= size || i === 0) return relative(language).format(-Math.max(1, Math.floor(seconds / size)), unit);
  }
  return at.toLocaleDateString(language);
}
