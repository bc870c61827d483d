/**
 * A store record as the user edits it on the Sandbox page: JSON text parsed
 * and checked against its resource's schema, every problem named by its
 * JSON path (`$.tags[2]: must not contain a comma`), nothing lost. The id is
 * the record's key and cannot change.
 */
import { type PathProblem, issueProblems } from '../zodIssues';
import { RECORD_SCHEMA } from './records';
import type { StoreResource } from './storeResources';

export type EditOutcome = { ok: true; record: Record<string, unknown> & { id: string } } | { ok: false; problems: PathProblem[] };

/** Parses the edited JSON of the record `id` of `resource`. */
export function parseEditedRecord(resource: StoreResource, id: string, text: string): EditOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '$', message: `is not valid JSON (${detail})` }] };
  }
  const parsed = RECORD_SCHEMA[resource].safeParse(value);
  const problems: PathProblem[] = parsed.success ? [] : issueProblems(parsed.error.issues);
  const newId = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  if (newId !== undefined && newId !== id) problems.unshift({ path: '$.id', message: `cannot be changed: this record is ${id}` });
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  return { ok: true, record: parsed.data as Record<string, unknown> & { id: string } };
}

/** The record as the editor shows it: pretty JSON, two spaces. */
export function recordText(record: Record<string, unknown>): string {
  return JSON.stringify(record, null, 2);
}
