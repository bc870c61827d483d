/**
 * The workflow document: what a user designs and what is stored, exported
 * and run. One trigger (or none while drafting), then Action, Condition and
 * Wait steps joined by links between ports. Links refer to step ids, never
 * names. Runtime state (runs, step statuses) never lives here.
 *
 * The schema enforces the structural rules (ids unique, links point to
 * existing steps and leave from the right ports, nothing links into the
 * trigger, no cycles, connectors never used as conditions); whether the
 * workflow is complete and runnable is static validation's job (validate.ts).
 */
import { z } from 'zod';
import { Activation } from './activation';
import { StepId } from './kinds/base';
import { WORKFLOW_SCHEMA_VERSION } from './migrations';
import { MAX_NOTES, StickyNote } from './stickyNotes';
import { PORTS_BY_KIND, PORT_NAMES, type Step as AnyStep, StepUnion, findKind, kindOf } from './kinds/registry';

export { MAX_COORDINATE, Position, StepId } from './kinds/base';
export { PORTS_BY_KIND, StepUnion, type StepKind, type StepOf } from './kinds/registry';
export { ActionStep, MAX_FIELD_CHARS } from './kinds/action';
export { ConditionStep } from './kinds/condition';
export { TriggerSchedule, TriggerStep } from './kinds/trigger';
export { WaitDuration, WaitStep, WaitUnit } from './kinds/wait';
export { LogStep } from './kinds/log';
export { ForEachStep, MAX_LOOP_ITEMS } from './kinds/forEach';
export { ForeignStep } from './kinds/foreign';
export * from './criteria';
export { NOTE_COLORS, NoteColor, NoteSize, StickyNote } from './stickyNotes';

export { WORKFLOW_SCHEMA_VERSION } from './migrations';

/**
 * A step. The union of every registered kind (kinds/registry.ts). A kind may
 * check the raw input first, for refusals worded better than the schema's
 * (a condition that names an app is refused with the seed's rule). The check
 * is a preprocess step (not a refinement of `unknown`) so that
 * z.toJSONSchema describes a step's real shapes in both `input` and
 * `output` mode (src/io/jsonSchema.ts).
 */
export const Step = z.preprocess((value, ctx) => {
  if (value && typeof value === 'object') findKind((value as { kind?: unknown }).kind)?.checkRaw?.(value as Record<string, unknown>, ctx);
  return value;
}, StepUnion);
export type Step = AnyStep;

/** Every output port of any kind: `next`, a condition's `then` and `otherwise`... */
export const Port = z.enum(PORT_NAMES);
export type Port = z.infer<typeof Port>;

/** A link from one step's output port to another step. One link per port. */
export const Link = z.strictObject({ from: StepId, port: Port, to: StepId });
export type Link = z.infer<typeof Link>;

export const WorkflowName = z
  .string()
  .trim()
  .min(1, 'a workflow needs a name')
  .max(120, 'a workflow name can be at most 120 characters');

export const Workflow = z
  .strictObject({
    schemaVersion: z.literal(WORKFLOW_SCHEMA_VERSION),
    id: StepId,
    name: WorkflowName,
    description: z.string().max(5000).default(''),
    activation: Activation,
    steps: z.array(Step).max(20_000),
    links: z.array(Link).max(40_000),
    /**
     * Sticky notes on the canvas (stickyNotes.ts): part of the document, not
     * of the workflow's logic. Optional on input (documents from before notes
     * have none), always present once parsed.
     */
    notes: z.array(StickyNote).max(MAX_NOTES).default([]),
    /**
     * The Shopify Flow file this workflow was imported from, as JSON text
     * (src/io/flow/source.ts reads it): what Flowbench has no place for (step
     * ids, names, patched fields, export-only keys, fields it doesn't map) is
     * written back from it by Export for Shopify Flow. Absent for a workflow
     * made in Flowbench.
     */
    flowSource: z.string().max(10_000_000).optional(),
  })
  .superRefine((wf, ctx) => {
    const byId = new Map<string, Step>();
    wf.steps.forEach((step, i) => {
      if (byId.has(step.id)) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `the step id "${step.id}" is used twice` });
      }
      byId.set(step.id, step);
    });
    const noteIds = new Set<string>();
    wf.notes.forEach((note, i) => {
      if (byId.has(note.id) || noteIds.has(note.id)) {
        ctx.addIssue({ code: 'custom', path: ['notes', i, 'id'], message: `the id "${note.id}" is used twice` });
      }
      noteIds.add(note.id);
    });
    // The entry step (the trigger) is the one kind nothing links into; a workflow has one.
    const entries = wf.steps.filter((s) => !kindOf(s.kind).acceptsLinks);
    if (entries.length > 1) {
      const second = wf.steps.indexOf(entries[1]!);
      ctx.addIssue({ code: 'custom', path: ['steps', second], message: 'a workflow has exactly one trigger' });
    }
    const usedPorts = new Set<string>();
    wf.links.forEach((link, i) => {
      const from = byId.get(link.from);
      const to = byId.get(link.to);
      if (!from) {
        ctx.addIssue({ code: 'custom', path: ['links', i, 'from'], message: `links from a step that does not exist ("${link.from}")` });
      } else if (!PORTS_BY_KIND[from.kind].includes(link.port)) {
        ctx.addIssue({
          code: 'custom',
          path: ['links', i, 'port'],
          message: `${from.kind === 'action' ? 'an' : 'a'} ${from.kind} step has no "${link.port}" output (it has ${PORTS_BY_KIND[from.kind].join(', ')})`,
        });
      }
      if (!to) {
        ctx.addIssue({ code: 'custom', path: ['links', i, 'to'], message: `links to a step that does not exist ("${link.to}")` });
      } else if (!kindOf(to.kind).acceptsLinks) {
        ctx.addIssue({ code: 'custom', path: ['links', i, 'to'], message: 'nothing can link into the trigger' });
      } else if (from && PORTS_BY_KIND[from.kind].includes(link.port)) {
        const refused = kindOf(from.kind).refuseNext?.(link.port, to.kind);
        if (refused) ctx.addIssue({ code: 'custom', path: ['links', i, 'to'], message: lowerFirst(refused.message) });
      }
      if (link.from === link.to) {
        ctx.addIssue({ code: 'custom', path: ['links', i], message: 'a step cannot link to itself' });
      }
      const portKey = `${link.from}:${link.port}`;
      if (usedPorts.has(portKey)) {
        ctx.addIssue({ code: 'custom', path: ['links', i], message: `the "${link.port}" output of "${link.from}" already has a link` });
      }
      usedPorts.add(portKey);
    });
    const cycleAt = findCycle(wf.links);
    if (cycleAt !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['links', cycleAt], message: 'this link closes a cycle: a workflow cannot loop back' });
    }
  });
export type Workflow = z.infer<typeof Workflow>;

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Index of a link that closes a cycle, or undefined when the links form none.
 * One depth-first pass (linear in steps + links): a link to a step still on
 * the DFS path is a back edge, i.e. closes a cycle.
 */
export function findCycle(links: readonly Link[]): number | undefined {
  const out = new Map<string, number[]>();
  links.forEach((l, i) => {
    // A self-link is reported on its own by the schema; it is not counted again as a cycle.
    if (l.from === l.to) return;
    const list = out.get(l.from);
    if (list) list.push(i);
    else out.set(l.from, [i]);
  });
  const state = new Map<string, 'open' | 'done'>();
  for (const root of out.keys()) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const edges = out.get(frame.id) ?? [];
      if (frame.next >= edges.length) {
        state.set(frame.id, 'done');
        stack.pop();
        continue;
      }
      const linkIndex = edges[frame.next++]!;
      const to = links[linkIndex]!.to;
      const seen = state.get(to);
      if (seen === 'open') return linkIndex;
      if (seen === undefined) {
        state.set(to, 'open');
        stack.push({ id: to, next: 0 });
      }
    }
  }
  return undefined;
}

/** True when `target` can be reached from `start` by following links. */
export function reaches(out: ReadonlyMap<string, readonly string[]>, start: string, target: string): boolean {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === target) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(out.get(id) ?? []));
  }
  return false;
}
