/**
 * The template gallery: workflows in the export format (src/domain/templates),
 * parsed with the same importer as any file. For each template: the apps it
 * needs, and in which stores it could run today (the organization rules), so
 * a user knows what to install before using it.
 *
 * The template files and the importer are a chunk of their own
 * (templateData.ts), loaded when the gallery is first opened or a template is
 * used, not with the first page; so is what is done with them
 * (templateUse.ts: the cards' statuses, creating a workflow, Reset demo).
 */
import { ensureFullCatalog } from './catalog';
import type { Template } from './templateData';

export type { Template } from './templateData';

let loading: Promise<readonly Template[]> | undefined;

/** Every template, parsed on first use (a bad template file is a bug caught by test/templates). */
export function loadTemplates(): Promise<readonly Template[]> {
  // The templates are parsed (against the whole catalog) when their module loads.
  loading ??= ensureFullCatalog()
    .then(() => import('./templateData'))
    .then((m) => m.TEMPLATES);
  // A chunk that failed to load (offline before the first visit cached it) can be tried again.
  void loading.catch(() => (loading = undefined));
  return loading;
}

/** A template's name and description in the words the UI shows (its language); the file's own when absent. */
export type TemplateWords = (templateId: string) => { name: string; description: string } | undefined;
