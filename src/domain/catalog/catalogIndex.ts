/**
 * The catalog's index: what the first page knows of each app before the
 * manifests are loaded (docs/architecture.md, "The connector catalog"). For
 * each app its id, its names, whether it is the built-in Shopify app, and its
 * triggers' and actions' ids and names; no fields, setup or sample payloads.
 * The Workflows list, the step kinds' names and the run gate (`whyWontRun`)
 * need nothing more.
 *
 * The built-in index comes in two files, both generated from the parsed
 * manifests by `npm run catalog-index`: catalogIndex.json, the ids and
 * English names (on the first page: builtInIndex.ts reads it), and
 * catalogIndex.pl.json, the Polish names, loaded with the Polish messages
 * (`withPolishNames`, state/catalog.ts `loadPolishNames`). So an index's
 * names always have `en` and have `pl` once the Polish names are loaded (the
 * UI loads them before it shows Polish; custom apps have theirs from the
 * start). catalogIndex.test.ts fails until the committed files are what the
 * manifests give, so the index never disagrees with the manifests.
 */
import { z } from 'zod';
import { type Catalog, type CatalogIndex, byEnglishName, deepFreeze } from './catalog';
import { LocalizedText, Slug } from './text';
import { formatIssues } from '../zodIssues';

/** A name in the index: English always, Polish once the Polish names are loaded (see above). */
const IndexText = z.strictObject({ en: LocalizedText.shape.en, pl: LocalizedText.shape.pl.optional() });
export type IndexText = z.infer<typeof IndexText>;

/** A trigger or action as the index knows it. */
const NamedItem = z.strictObject({ id: Slug, name: IndexText });

/** An app as the index knows it; every `AppManifest` is also an `AppSummary`. */
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

const english = ({ en }: IndexText) => ({ en });
const named = ({ id, name }: { id: string; name: IndexText }) => ({ id, name: english(name) });

/** The summary of an app as catalogIndex.json holds it: ids and English names (`builtIn` only when true, the schema's default being false). */
export function summaryOf(app: AppSummary): AppSummary {
  return {
    id: app.id,
    name: english(app.name),
    ...(app.builtIn ? { builtIn: true } : {}),
    triggers: app.triggers.map(named),
    actions: app.actions.map(named),
  } as AppSummary;
}

/** The text of catalogIndex.json for a catalog: its apps' summaries, in catalog order. */
export function catalogIndexText(catalog: Catalog): string {
  return `${JSON.stringify(catalog.apps.map(summaryOf), null, 2)}\n`;
}

/** The Polish names of an index's apps, by app id: the app's, and its triggers' and actions' by their ids. */
const PolishNames = z.record(
  Slug,
  z.strictObject({
    name: LocalizedText.shape.pl,
    triggers: z.record(Slug, LocalizedText.shape.pl),
    actions: z.record(Slug, LocalizedText.shape.pl),
  }),
);

const polishOf = (items: readonly { id: string; name: LocalizedText }[]) => Object.fromEntries(items.map(({ id, name }) => [id, name.pl]));

/** The text of catalogIndex.pl.json for a catalog: the Polish names of its apps, triggers and actions. */
export function polishNamesText(catalog: Catalog): string {
  const names = Object.fromEntries(catalog.apps.map((app) => [app.id, { name: app.name.pl, triggers: polishOf(app.triggers), actions: polishOf(app.actions) }]));
  return `${JSON.stringify(names, null, 2)}\n`;
}

/**
 * The index with the Polish names of a names file (parsed JSON) added: a new
 * frozen index; apps the file does not name are kept as they are. Throws
 * naming each problem, and when the file names an app, trigger or action the
 * index does not have, or lacks one of an app it names (the two files are
 * generated together).
 */
export function withPolishNames(index: CatalogIndex, raw: unknown): CatalogIndex {
  const parsed = PolishNames.safeParse(raw);
  if (!parsed.success) throw new Error(`The catalog's Polish names have problems:\n${formatIssues(parsed.error.issues).join('\n')}`);
  const names = parsed.data;
  const problems = Object.keys(names).filter((id) => !index.byId.has(id)).map((id) => `app "${id}" is not in the index`);
  const add = (appId: string, items: readonly { id: string; name: IndexText }[], polish: Record<string, string>) =>
    items.map((item) => {
      const pl = polish[item.id];
      if (pl === undefined) problems.push(`"${appId}/${item.id}" has no Polish name`);
      return { ...item, name: { en: item.name.en, pl: pl ?? item.name.pl } };
    });
  const apps = index.apps.map((app) => {
    const polish = Object.hasOwn(names, app.id) ? names[app.id] : undefined;
    if (!polish) return app;
    for (const [kind, items] of [['triggers', app.triggers], ['actions', app.actions]] as const) {
      for (const id of Object.keys(polish[kind])) if (!items.some((item) => item.id === id)) problems.push(`"${app.id}/${id}" is not in the index`);
    }
    return { ...app, name: { en: app.name.en, pl: polish.name }, triggers: add(app.id, app.triggers, polish.triggers), actions: add(app.id, app.actions, polish.actions) };
  });
  if (problems.length > 0) throw new Error(`The catalog's Polish names have problems:\n${problems.join('\n')}`);
  return deepFreeze({ ...index, apps, byId: new Map(apps.map((app) => [app.id, app])) });
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
