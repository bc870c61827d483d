/**
 * The Workflow schema as records are read back from storage (workflows,
 * their versions, the workflow copies inside run records, the editor's
 * backup). A document of an older `schemaVersion` is first migrated to the
 * current one (migrations.ts), on read like the clamping below. Step positions
 * were once any finite number; they are now bounded (MAX_COORDINATE in
 * kinds/base.ts). A record saved before that must still open, so reading
 * clamps each coordinate into the canvas instead of refusing the whole
 * workflow; the clamped position is written back with the next save.
 *
 * Why clamping on read rather than a Dexie migration: it also covers the
 * version history and the run records, which hold copies of workflows;
 * it costs one pass over the steps, copies nothing when every position is
 * already in range, and an upgrade cannot fail half way through. Imports
 * keep the strict schema: a file with such positions is refused with the
 * place and the reason, not silently changed.
 */
import { z } from 'zod';
import { MAX_COORDINATE, Workflow } from './document';
import { upgradeWorkflow } from './migrations';

/** A coordinate moved into [-MAX_COORDINATE, MAX_COORDINATE]; anything that is not a number is left for the schema to report. */
function clampCoordinate(value: unknown): unknown {
  if (typeof value !== 'number') return value;
  if (Number.isNaN(value)) return 0;
  return Math.min(MAX_COORDINATE, Math.max(-MAX_COORDINATE, value));
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function outOfRange(position: unknown): boolean {
  if (!isObject(position)) return false;
  return [position.x, position.y].some((v) => typeof v === 'number' && !(Math.abs(v) <= MAX_COORDINATE));
}

/**
 * The raw stored document with every step position clamped onto the canvas.
 * Returns the input itself when nothing is out of range (the common case),
 * and never changes it.
 */
export function clampStoredPositions(raw: unknown): unknown {
  if (!isObject(raw) || !Array.isArray(raw.steps)) return raw;
  if (!raw.steps.some((step: unknown) => isObject(step) && outOfRange(step.position))) return raw;
  return {
    ...raw,
    steps: raw.steps.map((step: unknown) => {
      if (!isObject(step) || !outOfRange(step.position)) return step;
      const position = step.position as Record<string, unknown>;
      return { ...step, position: { ...position, x: clampCoordinate(position.x), y: clampCoordinate(position.y) } };
    }),
  };
}

/** A stored workflow document: migrated to the current version, positions clamped, then the Workflow schema. */
export const StoredWorkflowDocument = z.preprocess((raw) => clampStoredPositions(upgradeWorkflow(raw)), Workflow);
