/**
 * The Polish names of the built-in catalog's index (catalogIndex.pl.json,
 * generated with catalogIndex.json by `npm run catalog-index`; see
 * catalogIndex.ts). Loaded with the Polish messages, with the file, so the
 * first page carries neither.
 */
import { z } from 'zod';
import { type Catalog, type CatalogIndex, deepFreeze } from './catalog';
import { LocalizedText, Slug } from './text';
import { formatIssues } from '../zodIssues';

/** The Polish names of an index's apps, by app id: the app's, and its triggers' by their ids (the index has no actions). */
const PolishNames = z.record(
  Slug,
  z.strictObject({
    name: LocalizedText.shape.pl,
    triggers: z.record(Slug, LocalizedText.shape.pl),
  }),
);

const polishOf = (items: readonly { id: string; name: LocalizedText }[]) => Object.fromEntries(items.map(({ id, name }) => [id, name.pl]));

/** The text of catalogIndex.pl.json for a catalog: the Polish names of its apps and triggers. */
export function polishNamesText(catalog: Catalog): string {
  const names = Object.fromEntries(catalog.apps.map((app) => [app.id, { name: app.name.pl, triggers: polishOf(app.triggers) }]));
  return `${JSON.stringify(names, null, 2)}\n`;
}

/**
 * The index with the Polish names of a names file (parsed JSON) added: a new
 * frozen index; apps the file does not name are kept as they are. Throws
 * naming each problem, and when the file names an app or trigger the index
 * does not have, or lacks one of an app it names (the two files are
 * generated together).
 */
export function withPolishNames(index: CatalogIndex, raw: unknown): CatalogIndex {
  const parsed = PolishNames.safeParse(raw);
  if (!parsed.success) throw new Error(`The catalog's Polish names have problems:\n${formatIssues(parsed.error.issues).join('\n')}`);
  const names = parsed.data;
  const problems = Object.keys(names).filter((id) => !index.byId.has(id)).map((id) => `app "${id}" is not in the index`);
  const apps = index.apps.map((app) => {
    const polish = Object.hasOwn(names, app.id) ? names[app.id] : undefined;
    if (!polish) return app;
    for (const id of Object.keys(polish.triggers)) if (!app.triggers.some((item) => item.id === id)) problems.push(`"${app.id}/${id}" is not in the index`);
    const triggers = app.triggers.map((item) => {
      const pl = polish.triggers[item.id];
      if (pl === undefined) problems.push(`"${app.id}/${item.id}" has no Polish name`);
      return { ...item, name: { en: item.name.en, pl: pl ?? item.name.pl } };
    });
    return { ...app, name: { en: app.name.en, pl: polish.name }, triggers };
  });
  if (problems.length > 0) throw new Error(`The catalog's Polish names have problems:\n${problems.join('\n')}`);
  return deepFreeze({ ...index, apps, byId: new Map(apps.map((app) => [app.id, app])) });
}
