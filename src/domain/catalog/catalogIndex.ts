/**
 * The catalog's index: what the first page knows of each app before the
 * manifests are loaded (docs/architecture.md, "The connector catalog"). For
 * each app its id, its names, whether it is the built-in Shopify app, and its
 * triggers' ids and names; no actions, fields, setup or sample payloads. The
 * Workflows list (its trigger column), the run gate (`whyWontRun`) and the
 * apps' names need nothing more; what names an action (the step kinds' texts)
 * reads the manifests, which the pages that show steps load first.
 *
 * The built-in index comes in two files, both generated from the parsed
 * manifests by `npm run catalog-index`: catalogIndex.json, the ids and
 * English names (on the first page: builtInIndex.ts reads it), and
 * catalogIndex.pl.json, the Polish names, loaded with the Polish messages
 * (catalogIndexPolish.ts `withPolishNames`, state/catalog.ts `loadPolishNames`). So an index's
 * names always have `en` and have `pl` once the Polish names are loaded (the
 * UI loads them before it shows Polish; custom apps have theirs from the
 * start). catalogIndex.test.ts fails until the committed files are what the
 * manifests give, so the index never disagrees with the manifests.
 */
import { z } from 'zod';
import { type Catalog, type CatalogIndex, type IndexApp, byEnglishName, deepFreeze } from './catalog';
import { LocalizedText, Slug } from './text';

/** A name in the index: English always, Polish once the Polish names are loaded (see above). */
const IndexText = z.strictObject({ en: LocalizedText.shape.en, pl: LocalizedText.shape.pl.optional() });
export type IndexText = z.infer<typeof IndexText>;

/** A trigger or action as the index knows it. */
const NamedItem = z.strictObject({ id: Slug, name: IndexText });

/** An app's ids and names, its actions' too; every `AppManifest` is also an `AppSummary`. */
export const AppSummary = z.strictObject({
  id: Slug,
  name: IndexText,
  builtIn: z.boolean().default(false),
  /** A custom app's own icon (custom apps are in the index whole); built-in apps have none. */
  icon: z.string().optional(),
  triggers: z.array(NamedItem),
  actions: z.array(NamedItem),
});
export type AppSummary = z.infer<typeof AppSummary>;

/** An app as catalogIndex.json holds it: its summary without the actions (catalog.ts `IndexApp`). */
const IndexEntry = AppSummary.omit({ actions: true });

const english = ({ en }: IndexText) => ({ en });
const named = ({ id, name }: { id: string; name: IndexText }) => ({ id, name: english(name) });

/** An app as catalogIndex.json holds it: ids and English names, no actions (`builtIn` only when true, the schema's default being false). */
export function summaryOf(app: IndexApp): IndexApp {
  return {
    id: app.id,
    name: english(app.name),
    ...(app.builtIn ? { builtIn: true } : {}),
    triggers: app.triggers.map(named),
  } as IndexApp;
}

/** The text of catalogIndex.json for a catalog: its apps' summaries, in catalog order. */
export function catalogIndexText(catalog: Catalog): string {
  return `${JSON.stringify(catalog.apps.map(summaryOf), null, 2)}\n`;
}

/**
 * An index file read (parsed JSON): `index`, checked with the schema, in
 * catalog order, frozen; or, when the file has problems, `problems`, which
 * rejects naming each one. The words of zod's issues (zodIssues.ts) load only
 * then: the first page reads the built-in index and goes without them.
 */
export type IndexRead = { index: CatalogIndex; problems?: undefined } | { index?: undefined; problems: Promise<never> };

const indexProblems = (lines: readonly string[]) => new Error(`The catalog index has problems:\n${lines.join('\n')}`);

export function readIndex(raw: unknown): IndexRead {
  const parsed = z.array(IndexEntry).safeParse(raw);
  if (!parsed.success) {
    const { issues } = parsed.error;
    return { problems: import('../zodIssues').then(({ formatIssues }) => Promise.reject(indexProblems(formatIssues(issues)))) };
  }
  const byId = new Map<string, IndexApp>();
  for (const app of parsed.data) {
    if (byId.has(app.id)) return { problems: Promise.reject(indexProblems([`app id "${app.id}" is listed twice`])) };
    byId.set(app.id, app);
  }
  return { index: deepFreeze({ apps: parsed.data.sort(byEnglishName), byId }) };
}
