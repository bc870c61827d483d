/**
 * The `condition` field of Flow's condition task as a value encoding: the
 * DSL (API form) or the export's condition tree (JSON text) read into
 * Flowbench's criteria, and criteria written back as the DSL. The grammar,
 * the tree and the criteria conversions are the conditions module's
 * (./conditions); this file only joins them to the field codec.
 */
import type { ConditionGroup } from '../../domain/workflow/document';
import { criteriaToFlowCondition, flowConditionToCriteria, parseFlowCondition, printFlowCondition, readConditionTree } from './conditions';
import type { Decoded, Encoded } from './encodings';

/** Reads a condition field's text (DSL, or a tree when it starts with "{") into criteria. */
export function decodeCondition(text: string, path: (string | number)[]): Decoded {
  let ast;
  if (text.trimStart().startsWith('{')) {
    let tree: unknown;
    try {
      tree = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'the condition tree is not JSON text' };
    }
    const read = readConditionTree(tree, path);
    if (!read.ok) return { ok: false, reason: 'the condition tree does not read', problems: read.problems };
    ast = read.ast;
  } else {
    const parsed = parseFlowCondition(text);
    if (!parsed.ok) return { ok: false, reason: `the condition doesn't parse at character ${parsed.offset}: ${parsed.message}` };
    ast = parsed.ast;
  }
  const criteria = flowConditionToCriteria(ast, path);
  return criteria.ok ? { ok: true, value: criteria.criteria } : { ok: false, reason: 'Flowbench has no criteria for this condition', problems: criteria.problems };
}

/** Writes criteria as Flow's condition DSL; parts Flow can't express come back as warnings. */
export function encodeCondition(value: unknown): Encoded {
  const { ast, problems } = criteriaToFlowCondition(value as ConditionGroup);
  return { ok: true, text: printFlowCondition(ast), warnings: problems };
}
