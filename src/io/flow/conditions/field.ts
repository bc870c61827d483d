/**
 * The `condition` field of a `shopify::flow::condition` step as a whole
 * text (FORMAT.md §7): the DSL in API and IaC files (`(order.totalPrice >
 * 500)`), the JSON of a condition tree in `.flow` exports
 * (`{"uuid":…,"operation_type":"LogicalExpression"}`). Told apart by
 * content, read into the one syntax tree with problems in Flow's
 * `condition` bucket, and written back in the form it came in.
 */
import type { FlowProblem } from '../problems';
import type { JsonPath } from './api';
import type { FlowCondition } from './ast';
import { parseFlowCondition } from './parser';
import { printFlowCondition } from './printer';
import { readConditionTree } from './treeRead';
import { writeConditionTree } from './treeWrite';

/** How a condition field stores its condition: DSL text, or a condition tree's JSON. */
export type ConditionForm = 'dsl' | 'tree';

export type ReadConditionValueResult = { ok: true; ast: FlowCondition; form: ConditionForm } | { ok: false; problems: FlowProblem[] };

/**
 * The condition in a `condition` field's value. `path` is the value's JSON
 * path; a DSL problem adds no segment but carries the `offset` param, a
 * tree problem extends the path with the tree's keys.
 */
export function readConditionValue(value: string, path: JsonPath): ReadConditionValueResult {
  if (/^\s*\{\s*"/.test(value)) {
    let tree: unknown;
    try {
      tree = JSON.parse(value);
    } catch (error) {
      const reason = `the condition tree is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
      return { ok: false, problems: [{ bucket: 'condition', path, code: 'VALUE_ENCODING', params: { reason } }] };
    }
    const read = readConditionTree(tree, path);
    return read.ok ? { ok: true, ast: read.ast, form: 'tree' } : read;
  }
  const parsed = parseFlowCondition(value);
  if (parsed.ok) return { ok: true, ast: parsed.ast, form: 'dsl' };
  return { ok: false, problems: [{ bucket: 'condition', path, code: parsed.code, params: { offset: parsed.offset, reason: parsed.message } }] };
}

/** The `condition` field's value for a condition, in the given form (a tree as compact JSON, as exports write it). */
export function writeConditionValue(ast: FlowCondition, form: ConditionForm): string {
  return form === 'dsl' ? printFlowCondition(ast) : JSON.stringify(writeConditionTree(ast));
}
