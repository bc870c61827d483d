/**
 * The JSON Schema of the export format, generated from the zod schema with
 * z.toJSONSchema so the two can never disagree. `npm run schema` writes it to
 * public/schema/flowbench-export.v2.json (served at EXPORT_SCHEMA_URL, the
 * `$schema` of every export); jsonSchema.test.ts fails when the committed
 * file is out of date.
 *
 * It describes the *input* side (what a file may contain, e.g. a step's
 * `note` may be left out), since that is what editors and CI check files
 * against. Rules a JSON Schema cannot express (links to missing steps,
 * cycles, unknown apps) are only checked by `npm run validate`.
 */
import { z } from 'zod';
import { ConditionGroup, Criterion, Link, StepUnion, Workflow } from '../domain/workflow/document';
import { Store } from '../domain/org/organization';
import { ExportDocument, ExportInstallation } from './exportFormat';

/** Where the generated schema is committed, relative to the repository root. */
export const EXPORT_SCHEMA_FILE = 'public/schema/flowbench-export.v2.json';

/** The JSON Schema (draft 2020-12) of an export file. */
export function exportJsonSchema(): Record<string, unknown> {
  // Named definitions make the schema readable ($defs/Workflow rather than inlined copies).
  const names = z.registry<{ id?: string; title?: string; description?: string }>();
  names.add(ExportDocument, {
    title: 'Flowbench export, version 2',
    description:
      'Workflows and, optionally, the organization setup exported from Flowbench. Secrets and connector credentials are never part of it.',
  });
  names.add(Workflow, { id: 'Workflow' });
  names.add(StepUnion, { id: 'Step' });
  names.add(Link, { id: 'Link' });
  names.add(ConditionGroup, { id: 'ConditionGroup' });
  names.add(Criterion, { id: 'Criterion' });
  names.add(Store, { id: 'Store' });
  names.add(ExportInstallation, { id: 'Installation' });
  return z.toJSONSchema(ExportDocument, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: names,
    // Refinements (cycles, unique ids) cannot be expressed; the shapes around them still are.
    unrepresentable: 'any',
  }) as Record<string, unknown>;
}

/** The schema file's text: 2-space indent and a trailing newline. */
export function exportJsonSchemaText(): string {
  return `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;
}
