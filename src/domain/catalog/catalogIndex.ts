/**
 * The catalog's index: what the first page knows of each app before the
 * manifests are loaded (docs/architecture.md, "The connector catalog"). For
 * each app its id, its names in English and Polish, whether it is the
 * built-in Shopify app, and its triggers' and actions' ids and names; no
 * fields, setup or sample payloads. The Workflows list, the step kinds'
 * names and the run gate (`whyWontRun`) need nothing more.
 *
 * The built-in index is generated from the parsed manifests by
 * `npm run catalog-index` into catalogIndex.json (builtInIndex.ts reads it);
 * catalogIndex.test.ts fails until the committed file is what the manifests
 * give, so the index never disagrees with the manifests.
 */
import { z } from 'zod';
import { type Catalog, type CatalogIndex, byEnglishName, deepFreeze } from './catalog';
import { LocalizedText, Slug } from './text';
import { formatIssues } from '../zodIssues';

/** A trigger or action as the index knows it. */
const NamedItem = z.strictObject({ id: Slug, name: LocalizedText });

/** An app as the index knows it; every `AppManifest` is also an `AppSummary`. */
export const AppSummary = z.strictObject({
  id: Slug,
  name: LocalizedText,
  builtIn: z.boolean().default(false),
  /** A custom app's own icon (custom apps are in the index whole); built-in apps have none. */
  icon: z.string().optional(),
  triggers: z.array(NamedItem),
  actions: z.array(NamedItem),
});
export type AppSummary = z.infer<typeof AppSummary>;

const localized = ({ en, pl }: LocalizedText): LocalizedText => ({ en, pl });
const named = ({ id, name }: { id: string; name: LocalizedText }) => ({ id, name: localized(name) });

/** The summary of an app: only what the index holds (`builtIn` only when true, the schema's default being false). */
export function summaryOf(app: AppSummary): AppSummary {
  return {
    id: app.id,
    name: localized(app.name),
    ...(app.builtIn ? { builtIn: true } : {}),
    triggers: app.triggers.map(named),
    actions: app.actions.map(named),
  } as AppSummary;
}

/** The text of catalogIndex.json for a catalog: its apps' summaries, in catalog order. */
export function catalogIndexText(catalog: Catalog): string {
  return `${JSON.stringify(catalog.apps.map(summaryOf), null, 2)}\n`;
}

/** Reads an index file (parsed JSON): checked with the schema, in catalog order, frozen. Throws naming each problem. */
export function buildIndex(raw: unknown): CatalogIndex {
  const parsed = z.array(AppSummary).safeParse(raw);
  if (!parsed.success) throw new Error(`The catalog index has problems:\n${formatIssues(parsed.error.issues).join('\n')}`);
  const byId = new Map<string, AppSummary>();
  for (const app of parsed.data) {
    if (byId.has(app.id)) throw new Error(`The catalog index has problems:\napp id "${app.id}" is listed twice`);
    byId.set(app.id, app);
  }
  return deepFreeze({ apps: parsed.data.sort(byEnglishName), byId });
}
