/**
 * The template files (src/domain/templates), parsed with the same importer as
 * any file. Loaded lazily through templates.ts: the importer (with Shopify
 * Flow's converter and dagre) and the files are not part of the first page.
 */
import { currentCatalog } from './catalog';
import type { Workflow } from '../domain/workflow/document';
import { appsOfSteps } from '../domain/workflow/kinds/registry';
import { parseImport } from '../io/importDocument';

export interface Template {
  id: string;
  workflow: Workflow;
  /** Every app the template's steps use (the built-in one included), for the organization rules. */
  appIds: string[];
  /** Connector apps the template uses (the built-in Shopify app is left out). */
  apps: { id: string; name: string; installed: boolean }[];
}

const files = import.meta.glob<string>('../domain/templates/*.json', { eager: true, query: '?raw', import: 'default' });

function load(): Template[] {
  const out: Template[] = [];
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = parseImport(text, { catalog: currentCatalog() });
    // A broken template is a bug caught by test/templates; the gallery skips it rather than crash.
    if (!parsed.ok) continue;
    for (const workflow of parsed.value.workflows) {
      const appIds = appsOfSteps(workflow.steps);
      out.push({
        id: path.replace(/^.*\//, '').replace(/\.json$/, ''),
        workflow,
        appIds,
        apps: appIds
          .filter((id) => !currentCatalog().byId.get(id)?.builtIn)
          .map((id) => ({ id, name: currentCatalog().byId.get(id)?.name.en ?? id, installed: false })),
      });
    }
  }
  return out;
}

/** Every template, parsed when this module loads. */
export const TEMPLATES: readonly Template[] = load();
