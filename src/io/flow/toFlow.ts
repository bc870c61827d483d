/**
 * A Flowbench workflow written as Shopify Flow's workflow JSON: each step
 * through the mapping table (catalog/flowTasks.ts), a foreign step as it
 * came, a catalog app's trigger or action that Flow's table doesn't have as
 * `flowbench::<app>::<id>` (listed in the warnings: Flow doesn't know it).
 * A workflow imported from a Flow file is laid over that file
 * (`flowSource`): a field whose value didn't change keeps its text as it
 * came, keys Flowbench has no place for are written back, so reading and
 * writing a file gives the same canonical text. Never throws: what Flow
 * can't express is a warning with the step it is on.
 *
 * Notes (inferred, not documented by Shopify: Flow's exports carry a root
 * `note` and a step `note`, both string or null, always null in the samples,
 * FORMAT.md §3, §4): a step's own note is written as its `note`; the sticky
 * notes' texts, in reading order, joined by NOTE_SEPARATOR, as the root
 * `note`. Their colour, size and position have no place in Flow and are lost
 * (the export says so: `notes-text-only`).
 */
import { FLOW_TASKS, type FlowTaskMapping, flowTaskForStep } from '../../domain/catalog/flowTasks';
import type { Step, StickyNote, Workflow } from '../../domain/workflow/document';
import { notesInReadingOrder } from '../../domain/workflow/stickyNotes';
import { encodeCondition } from './conditionField';
import { defaultPathNaming } from './conditions';
import { decodeValue, encodeValue } from './encodings';
import { readProp, sameJson } from './fieldAccess';
import { readFlowSource, sourceStep } from './source';
import { FLOWBENCH_TASK_PREFIX, importContext, newTargetStep, PORT_TO_FLOW } from './toFlowbench';

type Bag = Record<string, unknown>;

/** A step Flow can't take as Flowbench has it: its id, why (a code), and details. */
export interface FlowExportWarning {
  /** The step it is on; '' for the workflow as a whole (its sticky notes). */
  stepId: string;
  code: 'flowbench-task' | 'field-not-written' | 'custom-variable' | 'condition-inexact' | 'notes-text-only';
  params: Record<string, string | number>;
}

/** Between two sticky notes' texts in Flow's root `note`: a Markdown thematic break on its own line. */
export const NOTE_SEPARATOR = '\n\n---\n\n';

/** The root `note` for the sticky notes: their non-empty texts in reading order, joined; undefined when there are none. */
export function flowRootNote(notes: readonly StickyNote[]): string | undefined {
  const texts = notesInReadingOrder(notes).map((n) => n.text).filter((t) => t.trim() !== '');
  return texts.length > 0 ? texts.join(NOTE_SEPARATOR) : undefined;
}

/** A step's own note as Flow's step `note`: its text, or null when it was cleared (a key the file had stays, as null). */
function writeStepNote(out: Bag, note: string): void {
  if (note !== '') out.note = note;
  else if (typeof out.note === 'string') out.note = null;
}

export interface FlowExport {
  document: Bag;
  warnings: FlowExportWarning[];
}

const EXPORT_CONTEXT = { naming: defaultPathNaming, condition: { decode: () => ({ ok: false as const, reason: 'not used on export' }), encode: encodeCondition } };

/** Writes a workflow as a Flow document (`{ __metadata, root }`). `table` is the mapping table (the catalog's by default). */
export function workflowToFlow(workflow: Workflow, table: readonly FlowTaskMapping[] = FLOW_TASKS): FlowExport {
  const source = readFlowSource(workflow.flowSource);
  const warnings: FlowExportWarning[] = [];
  const writePositions = source?.positions ?? true;
  const flowIds = new Map<string, string | number>();
  const used = new Set<string>();
  for (const step of workflow.steps) {
    const raw = sourceStep(source, step.id);
    const id = raw && (typeof raw.step_id === 'string' || typeof raw.step_id === 'number') && !used.has(JSON.stringify(raw.step_id)) ? raw.step_id : step.id;
    used.add(JSON.stringify(id));
    flowIds.set(step.id, id);
  }
  const steps = workflow.steps.map((step) => {
    const out = step.kind === 'foreign' ? (JSON.parse(step.raw) as Bag) : flowStep(step, sourceStep(source, step.id), table, warnings);
    out.step_id = flowIds.get(step.id);
    writeStepNote(out, step.note);
    if (writePositions) out.step_position = [step.position.x, step.position.y];
    return out;
  });
  const rawLinks = new Map<string, Bag>();
  const rootSource = source?.document.root as Bag | undefined;
  for (const link of Array.isArray(rootSource?.links) ? (rootSource.links as Bag[]) : []) {
    rawLinks.set(JSON.stringify([link.from_step_id, link.from_port_id, link.to_step_id]), link);
  }
  const links = workflow.links.map((l) => {
    const made = { from_step_id: flowIds.get(l.from), from_port_id: PORT_TO_FLOW[l.port] ?? l.port, to_step_id: flowIds.get(l.to), to_port_id: 'input' };
    return rawLinks.get(JSON.stringify([made.from_step_id, made.from_port_id, made.to_step_id])) ?? made;
  });
  const sourceName = typeof rootSource?.workflow_name === 'string' ? rootSource.workflow_name : undefined;
  const root: Bag = {
    ...rootSource,
    workflow_name: sourceName !== undefined && sourceName.trim() === workflow.name ? sourceName : workflow.name,
    steps,
    links,
    patched_fields: Array.isArray(rootSource?.patched_fields) ? rootSource.patched_fields : [],
  };
  const note = flowRootNote(workflow.notes);
  if (note !== undefined) root.note = note;
  else if (typeof root.note === 'string') root.note = null;
  if (workflow.notes.length > 0) warnings.push({ stepId: '', code: 'notes-text-only', params: { count: workflow.notes.length } });
  const document: Bag = { ...source?.document, __metadata: source?.document.__metadata ?? { version: 0.1 }, root };
  return { document, warnings };
}

function flowStep(step: Exclude<Step, { kind: 'foreign' }>, raw: Bag | undefined, table: readonly FlowTaskMapping[], warnings: FlowExportWarning[]): Bag {
  const bag = step as unknown as Bag;
  const mapping = flowTaskForStep(bag, table);
  if (!mapping) return appStep(step, warnings);
  const sameTask = raw?.task_id === mapping.taskId;
  const rawValues = sameTask && Array.isArray(raw.config_field_values) ? (raw.config_field_values as Bag[]) : [];
  const written = new Set<string>();
  const values: Bag[] = [];
  // The file's own items first, in its order: as they came when their value didn't change.
  rawValues.forEach((item, j) => {
    const field = mapping.fields.find((f) => f.flowId === item.config_field_id);
    if (!field || typeof item.value !== 'string') return void values.push(item);
    written.add(field.flowId);
    const now = readProp(bag, field.prop);
    if (now === undefined) return;
    const was = decodeValue(field.encoding, item.value, importContext(['root', 'steps', 0, 'config_field_values', j, 'value']));
    values.push(was.ok && sameJson(was.value, now) ? item : { ...item, value: encoded(field.encoding, now, field.flowId) });
  });
  // A step from a Flow file that lacked a field holds the kind's default for it: left out again unless changed.
  const defaults = sameTask ? newTargetStep(mapping, step.id) : undefined;
  for (const field of mapping.fields) {
    const now = readProp(bag, field.prop);
    if (written.has(field.flowId) || now === undefined) continue;
    if (defaults && sameJson(readProp(defaults, field.prop), now)) continue;
    const text = encoded(field.encoding, now, field.flowId);
    if (text !== undefined) values.push({ config_field_id: field.flowId, value: text });
  }
  const out: Bag = { ...(sameTask ? raw : {}), task_id: mapping.taskId, task_type: mapping.taskType, config_field_values: values };
  out.task_version = sameTask && typeof raw.task_version === 'string' ? raw.task_version : mapping.version;
  const name = nameFor(mapping, bag.variable, sameTask ? raw.name : undefined, step.id, warnings);
  if (name !== undefined || (sameTask && 'name' in raw)) out.name = name ?? null;
  return out;

  function encoded(encoding: FlowTaskMapping['fields'][number]['encoding'], value: unknown, flowId: string): string | undefined {
    const result = encodeValue(encoding, value, EXPORT_CONTEXT);
    if (!result.ok) {
      warnings.push({ stepId: step.id, code: 'field-not-written', params: { field: flowId, reason: result.reason } });
      return undefined;
    }
    for (const w of result.warnings ?? []) warnings.push({ stepId: step.id, code: 'condition-inexact', params: { reason: w.code, ...w.params } });
    return result.text;
  }
}

/** Flow's `name` for a step whose output Flow names after it: base → null, base + n → "Label (n)"; a name of Flowbench's own can't be written. */
function nameFor(mapping: FlowTaskMapping, variable: unknown, rawName: unknown, stepId: string, warnings: FlowExportWarning[]): string | null | undefined {
  if (!mapping.variable || typeof variable !== 'string') return typeof rawName === 'string' || rawName === null ? rawName : undefined;
  const { base, label } = mapping.variable;
  const m = /^(.*) \((\d+)\)$/.exec(typeof rawName === 'string' ? rawName : '');
  const rawVariable = m && m[1] === label ? `${base}${m[2]}` : base;
  if (rawVariable === variable && rawName !== undefined) return rawName as string | null;
  if (variable === base) return undefined;
  const n = variable.startsWith(base) ? variable.slice(base.length) : '';
  if (/^[1-9]\d*$/.test(n)) return `${label} (${n})`;
  warnings.push({ stepId, code: 'custom-variable', params: { variable, base } });
  return undefined;
}

/** A catalog app's trigger or action Flow's table doesn't have: `flowbench::<app>::<id>`, its inputs as text fields. */
function appStep(step: Exclude<Step, { kind: 'foreign' }>, warnings: FlowExportWarning[]): Bag {
  const bag = step as unknown as Bag;
  const handle = step.kind === 'trigger' ? step.trigger : step.kind === 'action' ? step.action : step.kind;
  const app = step.kind === 'trigger' || step.kind === 'action' ? step.app : 'flowbench';
  const taskId = `${FLOWBENCH_TASK_PREFIX}${app}::${handle}`;
  warnings.push({ stepId: step.id, code: 'flowbench-task', params: { taskId } });
  const fields = step.kind === 'action' ? Object.entries(step.fields).map(([k, v]) => ({ config_field_id: k, value: v })) : [];
  return { task_id: taskId, task_type: step.kind === 'trigger' ? 'TRIGGER' : 'ACTION', task_version: '0.1', config_field_values: fields, ...(bag.kind === 'trigger' || bag.kind === 'action' ? {} : { name: null }) };
}
