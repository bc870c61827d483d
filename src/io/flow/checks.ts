/**
 * The offline checks of a Flow workflow (FORMAT.md §16), run on every
 * import and on every export's result, with Flow's own buckets and codes:
 * the envelope and root, each step and its config values, at least one
 * trigger and one action, links (ends exist, ports fit the step's type,
 * nothing into a trigger, no cycles), no Liquid inside conditions, a For
 * each's list and its item used only inside its loop body. Works on the raw
 * JSON, defensively, so one pass lists every problem. Warnings (null
 * values, unreachable steps) never refuse a file.
 */
import { findCycle } from '../../domain/workflow/document';
import { FLOW_INPUT_PORT, FLOW_OUTPUT_PORTS, type FlowTaskType } from '../../domain/catalog/flowTasks';
import { parseFlowCondition } from './conditions';
import type { FlowProblem } from './problems';
import { FlowLink, FlowStep } from './schema';

type Path = (string | number)[];
export interface FlowCheckResult {
  errors: FlowProblem[];
  warnings: FlowProblem[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** A step id as a map key: 1 and "1" are different ids (links use the step's own JSON type). */
export const idKey = (id: unknown): string => JSON.stringify(id);

/** The §16 code of a zod issue at `key` of a step. */
function stepCode(key: string | number | undefined): { code: string; bucket: FlowProblem['bucket'] } {
  switch (key) {
    case 'task_version':
      return { code: 'TASK_VERSION', bucket: 'task' };
    case 'task_type':
      return { code: 'TASK_TYPE_ENUM', bucket: 'task' };
    case 'step_id':
      return { code: 'STEP_ID_TYPE', bucket: 'task' };
    case 'name':
      return { code: 'NAME_TYPE', bucket: 'task' };
    case 'step_position':
      return { code: 'POSITION_TYPE', bucket: 'file' };
    default:
      return { code: 'STEP_FIELDS', bucket: 'task' };
  }
}

/** Runs every check on a Flow document (the object with `__metadata` and `root`). */
export function checkFlowDocument(doc: unknown): FlowCheckResult {
  const errors: FlowProblem[] = [];
  const warnings: FlowProblem[] = [];
  const err = (bucket: FlowProblem['bucket'], path: Path, code: string, params?: FlowProblem['params']) =>
    errors.push(params ? { bucket, path, code, params } : { bucket, path, code });
  if (!isRecord(doc)) return err('file', [], 'META_MISSING'), { errors, warnings };
  if (!isRecord(doc.__metadata)) err('file', ['__metadata'], 'META_MISSING');
  else if (doc.__metadata.version !== 0.1) err('file', ['__metadata', 'version'], 'META_VERSION', { got: JSON.stringify(doc.__metadata.version) ?? 'nothing' });
  const root = doc.root;
  if (!isRecord(root)) return err('file', ['root'], 'ROOT_MISSING'), { errors, warnings };
  if (typeof root.workflow_name !== 'string') err('file', ['root', 'workflow_name'], 'ROOT_FIELDS', { key: 'workflow_name', expected: 'text' });
  for (const key of ['steps', 'links', 'patched_fields'] as const) {
    if (!Array.isArray(root[key])) err('file', ['root', key], 'ROOT_FIELDS', { key, expected: 'a list' });
  }
  const steps = Array.isArray(root.steps) ? root.steps : [];
  const types = new Map<string, FlowTaskType>();
  const stepsById = new Map<string, Record<string, unknown>>();
  steps.forEach((step, i) => {
    const at: Path = ['root', 'steps', i];
    const parsed = FlowStep.safeParse(step);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [key, index, inner] = issue.path as (string | number)[];
        if (key === 'config_field_values' && typeof index === 'number') {
          const code = inner === 'value' ? 'VALUE_NOT_STRING' : 'CFV_ITEM';
          err('configField', [...at, 'config_field_values', index, ...(inner === 'value' ? ['value'] : [])], code);
        } else {
          const { code, bucket } = stepCode(key);
          err(bucket, key === undefined ? at : [...at, key], code, { key: String(key ?? 'step') });
        }
      }
    }
    if (!isRecord(step)) return;
    const id = step.step_id;
    if (typeof id === 'number' || typeof id === 'string') {
      if (stepsById.has(idKey(id))) err('task', [...at, 'step_id'], 'STEP_ID_DUP', { id: String(id) });
      stepsById.set(idKey(id), step);
      if (typeof step.task_type === 'string') types.set(idKey(id), step.task_type as FlowTaskType);
    }
    const seen = new Set<string>();
    (Array.isArray(step.config_field_values) ? step.config_field_values : []).forEach((item, j) => {
      if (!isRecord(item) || typeof item.config_field_id !== 'string') return;
      if (seen.has(item.config_field_id)) err('configField', [...at, 'config_field_values', j, 'config_field_id'], 'CFV_DUP', { field: item.config_field_id });
      seen.add(item.config_field_id);
      if (item.value === null) warnings.push({ bucket: 'configField', path: [...at, 'config_field_values', j, 'value'], code: 'VALUE_NULL' });
    });
    conditionChecks(step, at, err);
    if (step.task_type === 'FOREACH' && !fieldValue(step, 'listpath')) err('configField', [...at, 'config_field_values'], 'FOREACH_LISTPATH');
  });
  const typeList = [...types.values()];
  if (steps.length > 0 || Array.isArray(root.steps)) {
    if (!typeList.includes('TRIGGER')) err('task', ['root', 'steps'], 'NO_TRIGGER');
    if (!typeList.includes('ACTION')) err('task', ['root', 'steps'], 'NO_ACTION');
  }
  const links = Array.isArray(root.links) ? root.links : [];
  const edges: { from: string; to: string; port: string; index: number }[] = [];
  links.forEach((link, i) => {
    const at: Path = ['root', 'links', i];
    if (!FlowLink.safeParse(link).success) return err('file', at, 'LINK_FIELDS');
    const { from_step_id: from, to_step_id: to, from_port_id: port, to_port_id: toPort } = link as FlowLink;
    const fromType = types.get(idKey(from));
    const toType = types.get(idKey(to));
    if (!stepsById.has(idKey(from))) err('file', [...at, 'from_step_id'], 'LINK_DANGLING', { id: String(from) });
    if (!stepsById.has(idKey(to))) err('file', [...at, 'to_step_id'], 'LINK_DANGLING', { id: String(to) });
    if (toPort !== FLOW_INPUT_PORT) err('file', [...at, 'to_port_id'], 'LINK_TO_PORT', { port: toPort });
    if (fromType && !FLOW_OUTPUT_PORTS[fromType].includes(port)) {
      err('file', [...at, 'from_port_id'], 'LINK_FROM_PORT', { port, type: fromType, ports: FLOW_OUTPUT_PORTS[fromType].join(', ') });
    }
    if (toType === 'TRIGGER') err('file', [...at, 'to_step_id'], 'LINK_INTO_TRIGGER');
    edges.push({ from: idKey(from), to: idKey(to), port, index: i });
  });
  // The document's own cycle finder reads only each link's ends (Flow's step ids as keys here).
  const cycle = findCycle(edges.map((e) => ({ from: e.from, to: e.to, port: 'next' as const })));
  if (cycle !== undefined) err('file', ['root', 'links', cycle], 'CYCLE');
  foreachScope(steps, edges, stepsById, err);
  return { errors, warnings };
}

/** The value of a step's config field, if it has it as text. */
export function fieldValue(step: Record<string, unknown>, id: string): string | undefined {
  const item = (Array.isArray(step.config_field_values) ? step.config_field_values : []).find((f) => isRecord(f) && f.config_field_id === id);
  return isRecord(item) && typeof item.value === 'string' ? item.value : undefined;
}

type Report = (bucket: FlowProblem['bucket'], path: Path, code: string, params?: FlowProblem['params']) => void;

/** A condition's DSL: no Liquid, and it parses (the tree form is read by the import). */
function conditionChecks(step: Record<string, unknown>, at: Path, err: Report) {
  if (step.task_type !== 'CONDITION' || !Array.isArray(step.config_field_values)) return;
  const index = step.config_field_values.findIndex((f) => isRecord(f) && f.config_field_id === 'condition');
  const text = index === -1 ? undefined : (step.config_field_values[index] as Record<string, unknown>).value;
  if (typeof text !== 'string' || text.trimStart().startsWith('{')) return;
  const path = [...at, 'config_field_values', index, 'value'];
  if (text.includes('{{') || text.includes('{%')) return err('condition', path, 'CONDITION_LIQUID');
  const parsed = parseFlowCondition(text);
  if (!parsed.ok) err('condition', path, 'CONDITION_SYNTAX', { offset: parsed.offset, reason: parsed.message });
}

const ITEM = /\b([a-z][A-Za-z0-9]*Foreachitem)\b/g;

/**
 * `<x>Foreachitem` only in steps reached through the `loop_body` of a For
 * each over `…x` (foreachBodyErrors [D T1, T3]). What a step may read is
 * what every way into it brings (the intersection), walked from the steps
 * nothing links into.
 */
function foreachScope(steps: unknown[], edges: readonly { from: string; to: string; port: string }[], byId: Map<string, Record<string, unknown>>, err: Report) {
  const into = new Map<string, number>();
  for (const e of edges) into.set(e.to, (into.get(e.to) ?? 0) + 1);
  const items = new Map<string, Set<string>>();
  const queue = [...byId.keys()].filter((id) => !into.has(id));
  for (const id of queue) items.set(id, new Set());
  const seen = new Map<string, number>();
  while (queue.length > 0) {
    const id = queue.shift()!;
    const step = byId.get(id)!;
    const mine = items.get(id) ?? new Set<string>();
    for (const e of edges.filter((x) => x.from === id)) {
      const passed = new Set(mine);
      const list = step.task_type === 'FOREACH' ? fieldValue(step, 'listpath') : undefined;
      if (list && e.port === 'loop_body') passed.add(`${list.split('.').pop()}Foreachitem`);
      const before = items.get(e.to);
      items.set(e.to, before ? new Set([...before].filter((x) => passed.has(x))) : passed);
      seen.set(e.to, (seen.get(e.to) ?? 0) + 1);
      if (seen.get(e.to) === into.get(e.to)) queue.push(e.to);
    }
  }
  steps.forEach((step, i) => {
    if (!isRecord(step) || !Array.isArray(step.config_field_values)) return;
    const allowed = items.get(idKey(step.step_id)) ?? new Set<string>();
    step.config_field_values.forEach((f, j) => {
      if (!isRecord(f) || typeof f.value !== 'string') return;
      for (const [, name] of f.value.matchAll(ITEM)) {
        if (name && !allowed.has(name)) err('foreachBody', ['root', 'steps', i, 'config_field_values', j, 'value'], 'FOREACH_SCOPE', { item: name });
      }
    });
  });
}
