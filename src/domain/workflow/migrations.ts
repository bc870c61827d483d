/**
 * Workflow document migrations: the one place a stored or exported document
 * of an older `schemaVersion` is brought to the current one. Every reader
 * of documents written earlier (IndexedDB workflows, their versions in
 * history, the workflow copies inside run records, the editor's backup,
 * imported files) parses with `StoredWorkflow` (document.ts), which runs
 * `upgradeWorkflow` before the schema, so migration happens on read and
 * writes always store the current version.
 *
 * A step works on plain JSON, never on today's types: it must keep working
 * after the schema has moved on. It gets a document of version `from` and
 * returns one of version `from + 1`; what it cannot translate it leaves as
 * it is, so the schema then names the place and the reason. Steps are
 * numbered and never edited once released; each has a test from a frozen
 * document of the version before it (migrations.test.ts).
 *
 * To add a version: append a step `{ from: N, to: N + 1, change, migrate }`
 * (`migrate: (doc) => doc` when the new version only allows more, such as
 * a new step kind that old readers must refuse), raise
 * `WORKFLOW_SCHEMA_VERSION` to its `to` (a test checks they agree), and add
 * the step's test.
 */
import { formatRecurrence, type Recurrence } from '../time/recurrence';

/** A document as JSON: what migrations read and write. */
export type JsonObject = Record<string, unknown>;

export interface WorkflowMigration {
  from: number;
  to: number;
  /** What changed, for the docs and for anyone reading a migrated document. */
  change: string;
  migrate: (doc: JsonObject) => JsonObject;
}

/** v1 → v2: Scheduled time's `{ start, repeat }` in UTC becomes Flow's DTSTART;TZID=UTC + RRULE text. */
function v1ToV2(doc: JsonObject): JsonObject {
  const steps = Array.isArray(doc.steps) ? doc.steps.map((step: unknown) => migrateV1Schedule(step)) : doc.steps;
  return { ...doc, schemaVersion: 2, steps };
}

const V1_REPEAT_FREQ = { hourly: 'HOURLY', daily: 'DAILY', weekly: 'WEEKLY' } as const;

function migrateV1Schedule(step: unknown): unknown {
  if (!step || typeof step !== 'object') return step;
  const { schedule } = step as { schedule?: unknown };
  if (!schedule || typeof schedule !== 'object') return step;
  const { start, repeat } = schedule as { start?: unknown; repeat?: unknown };
  const match = typeof start === 'string' ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(start) : null;
  if (!match || (repeat !== 'none' && !(typeof repeat === 'string' && Object.hasOwn(V1_REPEAT_FREQ, repeat)))) return step;
  const begin = { date: match[1]!, time: `${match[2]!}:00`, zone: 'UTC' };
  const recurrence: Recurrence =
    repeat === 'none'
      ? { start: begin, freq: 'DAILY', interval: 1, wkst: 'MO', count: 1 }
      : { start: begin, freq: V1_REPEAT_FREQ[repeat as keyof typeof V1_REPEAT_FREQ], interval: 1, wkst: 'MO' };
  return { ...step, schedule: formatRecurrence(recurrence) };
}

/** The migration steps, in order: each `from` is the previous step's `to`. */
export const WORKFLOW_MIGRATIONS: readonly WorkflowMigration[] = [
  { from: 1, to: 2, change: "Scheduled time's schedule: { start (UTC), repeat } became Flow's recurrence text, DTSTART;TZID=UTC + RRULE", migrate: v1ToV2 },
];

/** The version documents are written in: the last migration's `to`. */
export const WORKFLOW_SCHEMA_VERSION = 2;

/**
 * A document brought to the current version; anything that is not an
 * object with an older whole-number `schemaVersion` is returned unchanged
 * (the schema reports it: a newer version, a missing one, not a document).
 */
export function upgradeWorkflow(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  let doc = value as JsonObject;
  for (const step of WORKFLOW_MIGRATIONS) {
    if (doc.schemaVersion === step.from) doc = step.migrate(doc);
  }
  return doc;
}
