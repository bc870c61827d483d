/**
 * A Shopify Flow file read for import or `npm run validate`: the checks of
 * §16 (checks.ts), then the conversion into a Flowbench workflow
 * (toFlowbench.ts) and the catalog checks every import gets, all or
 * nothing. The result is the same as a Flowbench file's: an export
 * document holding the one workflow, or the problems with their JSON paths.
 */
import type { Catalog } from '../../domain/catalog/catalog';
import type { PathProblem } from '../../domain/zodIssues';
import { contentProblems } from '../contentChecks';
import { EXPORT_FORMAT, EXPORT_SCHEMA_URL, EXPORT_VERSION, type ExportDocument } from '../exportFormat';
import { checkFlowDocument } from './checks';
import type { FlowEnvelope } from './envelope';
import { flowPathProblem } from './messages';
import { FlowDocument } from './schema';
import { flowToWorkflow } from './toFlowbench';

export type FlowImportResult = { ok: true; value: ExportDocument; envelope: FlowEnvelope } | { ok: false; problems: PathProblem[] };

/** A workflow id from the Flow workflow's name: `flow-<slug>`. */
function idFor(name: unknown): string {
  const slug = (typeof name === 'string' ? name : '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  return `flow-${slug || 'workflow'}`;
}

/** Reads a Flow document found in an envelope (`at`: where it sits in the file, for the problems' paths). */
export function importFlowDocument(doc: unknown, envelope: FlowEnvelope, at: readonly string[], catalog: Catalog): FlowImportResult {
  const checked = checkFlowDocument(doc);
  if (checked.errors.length > 0) return { ok: false, problems: checked.errors.map((p) => flowPathProblem(p, at)) };
  const parsed = FlowDocument.parse(doc);
  const converted = flowToWorkflow(parsed, { id: idFor(parsed.root.workflow_name) });
  if (!converted.ok) return { ok: false, problems: converted.problems.map((p) => flowPathProblem(p, at)) };
  const value: ExportDocument = { $schema: EXPORT_SCHEMA_URL, format: EXPORT_FORMAT, version: EXPORT_VERSION, workflows: [converted.workflow] };
  // Apps, triggers and actions against the catalog (a flowbench::<app>::<id> step names a catalog app); paths placed on the Flow steps.
  const catalogProblems = contentProblems(value as unknown as Record<string, unknown>, catalog, new Set()).map((p) => ({
    ...p,
    path: p.path.replace(/^\$\.workflows\[0\]\.steps\[(\d+)\]\.(app|trigger|action)$/, (_m, i: string) => `$${at.map((k) => `.${k}`).join('')}.root.steps[${i}].task_id`),
  }));
  if (catalogProblems.length > 0) return { ok: false, problems: catalogProblems };
  return { ok: true, value, envelope };
}
