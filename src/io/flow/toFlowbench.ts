/**
 * A checked Flow document made into a Flowbench workflow: each step through
 * the mapping table (catalog/flowTasks.ts) into a trigger, action or step of
 * a kind, with its config fields decoded (encodings.ts); a task the table
 * doesn't have becomes a foreign step, never dropped; `flowbench::<app>::<id>`
 * ids (what the export writes for a connector's trigger or action) come back
 * as that app's trigger or action. Links keep their order, ports are
 * renamed (`output` → next, `true`/`false` → then/otherwise), positions come
 * from `step_position` or, when a step has none, from dagre's auto-layout.
 * Flowbench's own document rules then run on the result, their problems
 * placed back on the file's paths. A step's `note` becomes the step's own
 * note and the root `note` one sticky note (an inferred mapping: toFlow.ts).
 */
import * as dagre from '@dagrejs/dagre';
import { flowTaskById, type FlowTaskMapping, FLOW_TASKS } from '../../domain/catalog/flowTasks';
import { Workflow, WORKFLOW_SCHEMA_VERSION } from '../../domain/workflow/document';
import { StepId } from '../../domain/workflow/kinds/base';
import { FOREIGN_TASK_TYPES } from '../../domain/workflow/kinds/foreign';
import { findKind } from '../../domain/workflow/kinds/registry';
import { layoutWith } from '../../domain/workflow/layout';
import { decodeCondition } from './conditionField';
import { defaultPathNaming } from './conditions';
import { decodeValue, type EncodingContext } from './encodings';
import { writeProp } from './fieldAccess';
import type { FlowProblem } from './problems';
import type { FlowDocument, FlowStep } from './schema';
import type { FlowSource } from './source';
import { canonicalFlowText, sortKeysDeep } from './canonical';
import { idKey } from './checks';

/** Flow's output ports and Flowbench's, both ways. */
export const PORT_TO_FLOWBENCH: Readonly<Record<string, string>> = { output: 'next', true: 'then', false: 'otherwise', loop_body: 'loop_body', after: 'after' };
export const PORT_TO_FLOW: Readonly<Record<string, string>> = { next: 'output', then: 'true', otherwise: 'false', loop_body: 'loop_body', after: 'after' };

/** The prefix of the ids the export gives a catalog app's trigger or action that Flow's table doesn't have: `flowbench::<app>::<id>`. */
export const FLOWBENCH_TASK_PREFIX = 'flowbench::';

type Bag = Record<string, unknown>;
export type ToFlowbenchResult = { ok: true; workflow: Workflow } | { ok: false; problems: FlowProblem[] };

/** Variable names from a step's `name`: null → base, "Get order data (2)" → getOrderData2. */
function variableOf(mapping: FlowTaskMapping, name: unknown): string | undefined {
  if (!mapping.variable) return undefined;
  const m = typeof name === 'string' ? /^(.*) \((\d+)\)$/.exec(name) : null;
  return m && m[1] === mapping.variable.label ? `${mapping.variable.base}${m[2]}` : mapping.variable.base;
}

/** Flowbench ids for the file's steps: a step id that is a valid Flowbench id as is, else `step-<id or index>`; unique. */
function flowbenchIds(steps: readonly FlowStep[]): string[] {
  const used = new Set<string>();
  return steps.map((step, i) => {
    const raw = String(step.step_id);
    let id = StepId.safeParse(raw).success && typeof step.step_id === 'string' ? raw : StepId.safeParse(`step-${raw}`).success ? `step-${raw}` : `step-${i + 1}`;
    for (let n = 2; used.has(id); n++) id = `step-${i + 1}-${n}`;
    used.add(id);
    return id;
  });
}

/** Converts a Flow document that passed the checks (checks.ts). `table` is the mapping table (the catalog's by default). */
export function flowToWorkflow(doc: FlowDocument, options: { id: string; table?: readonly FlowTaskMapping[] }): ToFlowbenchResult {
  const table = options.table ?? FLOW_TASKS;
  const problems: FlowProblem[] = [];
  const { root } = doc;
  const ids = flowbenchIds(root.steps);
  const idByFlow = new Map(root.steps.map((s, i) => [idKey(s.step_id), ids[i]!]));
  const steps: Bag[] = root.steps.map((flowStep, i) => {
    const at = ['root', 'steps', i];
    const id = ids[i]!;
    const position = { x: 0, y: 0 };
    const mapping = flowTaskById(flowStep.task_id, table);
    if (mapping && mapping.taskType === flowStep.task_type) return mappedStep(flowStep, mapping, id, position, at, problems);
    const app = appTarget(flowStep);
    if (app) return app;
    if (!(FOREIGN_TASK_TYPES as readonly string[]).includes(flowStep.task_type)) {
      problems.push({ bucket: 'task', path: [...at, 'task_id'], code: 'TASK_BRANCHES', params: { taskId: flowStep.task_id, type: flowStep.task_type } });
    }
    return {
      id,
      kind: 'foreign',
      taskId: flowStep.task_id,
      taskType: flowStep.task_type,
      taskVersion: flowStep.task_version,
      fields: flowStep.config_field_values.map((f) => ({ id: f.config_field_id, value: f.value })),
      raw: rawText(flowStep),
      position,
      note: '',
    };

    function appTarget(s: FlowStep): Bag | undefined {
      const [publisher, appId, handle, extra] = s.task_id.split('::');
      if (`${publisher}::` !== FLOWBENCH_TASK_PREFIX || !appId || !handle || extra !== undefined) return undefined;
      if (s.task_type !== 'TRIGGER' && s.task_type !== 'ACTION') return undefined;
      const fields = Object.fromEntries(s.config_field_values.map((f) => [f.config_field_id, f.value ?? '']));
      return s.task_type === 'TRIGGER'
        ? { id, kind: 'trigger', app: appId, trigger: handle, position, note: '' }
        : { id, kind: 'action', app: appId, action: handle, fields, position, note: '' };
    }
  });
  const links = root.links.map((l) => ({ from: idByFlow.get(idKey(l.from_step_id)), port: PORT_TO_FLOWBENCH[l.from_port_id] ?? l.from_port_id, to: idByFlow.get(idKey(l.to_step_id)) }));
  if (problems.length > 0) return { ok: false, problems };

  root.steps.forEach((s, i) => (steps[i]!.note = stepNoteOf(s)));
  const positioned = root.steps.every((s) => s.step_position !== undefined);
  if (positioned) root.steps.forEach((s, i) => (steps[i]!.position = { x: s.step_position![0], y: s.step_position![1] }));
  const source: FlowSource = { document: doc, steps: Object.fromEntries(ids.map((id, i) => [id, i])), positions: positioned };
  const candidate = {
    schemaVersion: WORKFLOW_SCHEMA_VERSION,
    id: options.id,
    name: root.workflow_name.trim() || 'Flow workflow',
    description: '',
    activation: { on: false, scope: { kind: 'all' }, offInStores: [] },
    steps,
    links,
    flowSource: JSON.stringify(source),
  };
  if (!positioned) {
    const laidOut = layoutWith(dagre, { steps: steps as never, links: links as never });
    laidOut.forEach(({ position }, i) => (steps[i]!.position = position));
  }
  const note = rootNote(root, steps);
  const parsed = Workflow.safeParse(note ? { ...candidate, notes: [note] } : candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [part, index] = issue.path as (string | number)[];
      const path =
        part === 'steps' || part === 'links' ? ['root', part, index ?? 0] : part === 'name' ? ['root', 'workflow_name'] : part === 'notes' ? ['root', 'note'] : ['root'];
      problems.push({ bucket: part === 'steps' ? 'task' : 'file', path: path as (string | number)[], code: 'FLOWBENCH_RULE', params: { reason: issue.message } });
    }
    return { ok: false, problems };
  }
  return { ok: true, workflow: parsed.data };
}

/**
 * Flow's root `note` (a string in the file; inferred to be the workflow's
 * note, FORMAT.md §3) as one yellow sticky note left of the steps, tall
 * enough for its lines; none for null, a missing key or blank text.
 * Step notes come in as each step's own `note` (mappedStep, foreign steps).
 */
function rootNote(root: FlowDocument['root'], steps: readonly Bag[]): Bag | undefined {
  const text = root.note;
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const positions = steps.map((s) => s.position as { x: number; y: number });
  const x = positions.length > 0 ? Math.min(...positions.map((p) => p.x)) - 360 : 0;
  const y = positions.length > 0 ? Math.min(...positions.map((p) => p.y)) : 0;
  const lines = text.split('\n').length;
  return { id: 'note-flow', text, position: { x, y }, size: { width: 320, height: Math.min(600, Math.max(160, 60 + lines * 22)) }, color: 'yellow' };
}

/** A Flow step's `note` as the step's own note ('' for null or none). */
export function stepNoteOf(flowStep: FlowStep): string {
  return typeof flowStep.note === 'string' ? flowStep.note : '';
}

/** The encoding context of the import: Flow's path spelling and the condition codec. */
export function importContext(path: (string | number)[]): EncodingContext {
  return { naming: defaultPathNaming, condition: { decode: decodeCondition, encode: () => ({ ok: false, reason: 'not used on import' }) }, path };
}

/** A new step of what a mapping's target names, with its kind's defaults (what a Flow step without fields becomes). */
export function newTargetStep(mapping: FlowTaskMapping, id: string, position = { x: 0, y: 0 }): Bag {
  const { target } = mapping;
  if ('app' in target) {
    return target.kind === 'trigger'
      ? { id, kind: 'trigger', app: target.app, trigger: target.trigger, position, note: '' }
      : { id, kind: 'action', app: target.app, action: target.action, fields: {}, position, note: '' };
  }
  const kind = findKind(target.kind);
  return kind ? (kind.create(('args' in target ? target.args : undefined) ?? kind.placeholder, position, id) as unknown as Bag) : { id, kind: target.kind, position, note: '' };
}

function mappedStep(flowStep: FlowStep, mapping: FlowTaskMapping, id: string, position: { x: number; y: number }, at: (string | number)[], problems: FlowProblem[]): Bag {
  const step = newTargetStep(mapping, id, position);
  const variable = variableOf(mapping, flowStep.name);
  if (variable) step.variable = variable;
  flowStep.config_field_values.forEach((item, j) => {
    const field = mapping.fields.find((f) => f.flowId === item.config_field_id);
    if (!field || item.value === null) return; // kept in the source and written back as it came
    const path = [...at, 'config_field_values', j, 'value'];
    const decoded = decodeValue(field.encoding, item.value, importContext(path));
    if (decoded.ok) writeProp(step, field.prop, decoded.value);
    else if (decoded.problems?.length) problems.push(...decoded.problems);
    else problems.push({ bucket: field.encoding === 'condition' ? 'condition' : 'configField', path, code: 'VALUE_ENCODING', params: { encoding: field.encoding, reason: decoded.reason } });
  });
  return step;
}

/**
 * A foreign step's JSON as kept: compact, keys sorted, without `step_id`,
 * `step_position` and a string `note`, which Flowbench owns (its links, canvas
 * and the step's note) and the export writes back from the step.
 */
export function rawText(flowStep: FlowStep): string {
  const { step_id: _id, step_position: _position, ...rest } = flowStep;
  if (typeof rest.note === 'string') delete rest.note;
  return JSON.stringify(sortKeysDeep(rest));
}

/** The canonical text of the Flow document a workflow came from, if it came from one (for tests and the CLI). */
export function sourceText(workflow: Pick<Workflow, 'flowSource'>): string | undefined {
  return workflow.flowSource === undefined ? undefined : canonicalFlowText((JSON.parse(workflow.flowSource) as FlowSource).document);
}
