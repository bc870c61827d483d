/**
 * The `condition` field of Flow's condition task as a value encoding: the
 * DSL (API form) or the export's condition tree (JSON text) read into
 * Flowbench's criteria, and criteria written back as the DSL. The grammar,
 * the tree and the criteria conversions are the conditions module's
 * (./conditions); this file only joins them to the field codec.
 */
import type { ConditionGroup } from '../../domain/workflow/document';
import { criteriaToFlowCondition, flowConditionToCriteria, printFlowCondition, readConditionValue } from './conditions';
import type { Decoded, Encoded } from './encodings';

/** Reads a condition field's text (DSL, or a tree's JSON) into criteria. */
export function decodeCondition(text: string, path: (string | number)[]): Decoded {
  const read = readConditionValue(text, path);
  if (!read.ok) return { ok: false, reason: 'the condition does not read', problems: read.problems };
  const criteria = flowConditionToCriteria(read.ast, path);
  return criteria.ok ? { ok: true, value: criteria.criteria } : { ok: false, reason: 'Flowbench has no criteria for this condition', problems: criteria.problems };
}

/** Writes criteria as Flow's condition DSL; parts Flow can't express come back as warnings. */
export function encodeCondition(value: unknown): Encoded {
  const { ast, problems } = criteriaToFlowCondition(value as ConditionGroup);
  return { ok: true, text: printFlowCondition(ast), warnings: problems };
}
