/**
 * The one pure reducer that changes a workflow document. It applies a typed
 * operation inside immer's `produceWithPatches`, so every call yields the new
 * document plus the patches to redo and undo it: one call, one undo entry.
 * An operation that would break the document's structural rules (see the
 * `Workflow` schema) is refused with an `OperationError` before anything
 * changes, so the document in hand always parses.
 */
import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import { formatIssues } from '../zodIssues';
import { CYCLE, canConnect, linkProblem, portProblem, stepsById } from './connectionRules';
import { findCycle, type Link, type Step, type StickyNote, Workflow } from './document';
import { kindOf, kindOperation } from './kinds/registry';
import { variableOf, withFreeVariables } from './kinds/variableNames';
import { OperationError, indexOfStep } from './operationError';
import { type GenericOperation, Operation } from './operationSchema';

export { Operation, type OperationType } from './operationSchema';
export { canConnect, type ConnectCheck } from './connectionRules';
export type { Patch } from 'immer';

enablePatches();

export { OperationError, type Refusal, type RefusalCode } from './operationError';

/** The document after an operation, and the patches that redo and undo it. */
export interface OperationResult {
  doc: Workflow;
  patches: Patch[];
  inversePatches: Patch[];
}

type Recipe = (draft: Draft<Workflow>) => void;

/**
 * Applies one operation to a workflow document without touching it.
 *
 * The operation is parsed with the `Operation` schema first (a name of only
 * spaces or a wait of 0 days is refused even when the caller built the
 * operation in code), then checked against the document's structural rules.
 * An operation that changes nothing (moving a step onto its own place,
 * disconnecting an empty port) returns empty patches: callers should not
 * record an undo entry for it.
 *
 * @param doc a document that parses with `Workflow`
 * @param op the user's gesture
 * @returns the new document (frozen by immer) with its redo and undo patches
 * @throws OperationError when the operation is malformed or would break a rule
 */
export function applyOperation(doc: Workflow, op: Operation): OperationResult {
  const parsed = Operation.safeParse(op);
  if (!parsed.success) {
    const details = formatIssues(parsed.error.issues).join('; ');
    throw new OperationError('invalid-operation', `This change is not valid: ${details}.`, { details });
  }
  const recipe = plan(doc, parsed.data);
  const [next, patches, inversePatches] = produceWithPatches(doc, recipe);
  return { doc: next, patches, inversePatches };
}

/**
 * Applies patches from {@link applyOperation}: its `inversePatches` to undo,
 * its `patches` to redo. Immer's `applyPatches`, named for what it is used for.
 */
export function applyPatchesTo(doc: Workflow, patches: readonly Patch[]): Workflow {
  return applyPatches(doc, patches);
}

/** Checks the operation against `doc` and returns the change to make, or throws. */
function plan(doc: Workflow, op: Operation): Recipe {
  // A kind's own operation (a wait's duration...) is planned by its kind; its recipe touches only steps.
  const ofKind = kindOperation(op.type);
  if (ofKind) return ofKind.plan(doc, op) as Recipe;
  return planGeneric(doc, op as GenericOperation);
}

/** Checks an operation that works on any step (or the workflow itself) and returns its recipe. */
function planGeneric(doc: Workflow, op: GenericOperation): Recipe {
  switch (op.type) {
    case 'addStep':
      return planAddSteps(doc, [op.step], [], []);
    case 'addSteps':
      return planAddSteps(doc, op.steps, op.links, op.notes ?? []);
    case 'removeSteps':
      return planRemoveSteps(doc, op.ids);
    case 'moveSteps': {
      const indexById = new Map(doc.steps.map((s, i) => [s.id, i]));
      const noteIndexById = new Map(doc.notes.map((n, i) => [n.id, i]));
      const moves = op.moves.map((move) => {
        const index = indexById.get(move.id);
        const note = noteIndexById.get(move.id);
        if (index === undefined && note === undefined) {
          throw new OperationError('no-step', `There is no step "${move.id}" in this workflow.`, { id: move.id });
        }
        return { index, note, position: move.position };
      });
      return (draft) => {
        for (const { index, note, position } of moves) {
          const item = index !== undefined ? draft.steps[index]! : draft.notes[note!]!;
          // Field by field, so an item dropped where it was records no patch.
          item.position.x = position.x;
          item.position.y = position.y;
        }
      };
    }
    case 'addStickyNote':
      return planAddSteps(doc, [], [], [op.note]);
    case 'editStickyNote': {
      const index = indexOfNote(doc, op.id);
      return (draft) => {
        draft.notes[index]!.text = op.text;
      };
    }
    case 'resizeStickyNote': {
      const index = indexOfNote(doc, op.id);
      return (draft) => {
        const note = draft.notes[index]!;
        note.position.x = op.position.x;
        note.position.y = op.position.y;
        note.size.width = op.size.width;
        note.size.height = op.size.height;
      };
    }
    case 'recolorStickyNote': {
      const index = indexOfNote(doc, op.id);
      return (draft) => {
        draft.notes[index]!.color = op.color;
      };
    }
    case 'connect': {
      const check = canConnect(doc, op);
      if (!check.ok) throw OperationError.from(check.refusal);
      const link = { from: op.from, port: op.port, to: op.to };
      const existing = doc.links.findIndex((l) => l.from === op.from && l.port === op.port);
      return (draft) => {
        if (existing === -1) draft.links.push(link);
        else if (draft.links[existing]!.to !== op.to) draft.links[existing] = link;
      };
    }
    case 'disconnect': {
      const from = doc.steps[indexOfStep(doc, op.from)]!;
      const noPort = portProblem(from.kind, op.port);
      if (noPort) throw OperationError.from(noPort);
      const existing = doc.links.findIndex((l) => l.from === op.from && l.port === op.port);
      return (draft) => {
        if (existing !== -1) draft.links.splice(existing, 1);
      };
    }
    case 'updateNote': {
      const index = indexOfStep(doc, op.id);
      return (draft) => {
        draft.steps[index]!.note = op.note;
      };
    }
    case 'rename':
      return (draft) => {
        draft.name = op.name;
      };
    case 'setDescription':
      return (draft) => {
        draft.description = op.description;
      };
    case 'setActivation':
      return (draft) => {
        draft.activation = op.activation;
      };
    case 'restoreContent': {
      const candidate = { ...doc, name: op.name, description: op.description, steps: op.steps, links: op.links, notes: op.notes ?? [] };
      const parsed = Workflow.safeParse(candidate);
      if (!parsed.success) {
        const details = formatIssues(parsed.error.issues).slice(0, 3).join('; ');
        throw new OperationError('restore-invalid', `This version can't be restored: ${details}.`, { details });
      }
      return (draft) => {
        draft.name = op.name;
        draft.description = op.description;
        draft.steps = parsed.data.steps as Draft<Step>[];
        draft.links = parsed.data.links;
        draft.notes = parsed.data.notes;
      };
    }
  }
}

/** The index of the sticky note `id`, or a refusal. */
function indexOfNote(doc: Workflow, id: string): number {
  const index = doc.notes.findIndex((n) => n.id === id);
  if (index === -1) throw new OperationError('no-note', `There is no sticky note "${id}" in this workflow.`, { id });
  return index;
}

/**
 * New steps (and links among them or to existing steps) and sticky notes that
 * keep every rule: fresh unique ids (steps and notes share one id space), at
 * most one trigger, links that pass `linkProblem`, one link per port, and no
 * cycle once all links are in place.
 */
function planAddSteps(doc: Workflow, added: readonly Step[], links: readonly Link[], notes: readonly StickyNote[]): Recipe {
  if (added.length === 0 && notes.length === 0) throw new OperationError('nothing-to-add', 'There is nothing to add.');
  // A pasted or added step whose variable name is taken gets the next free one (Flow's numbering).
  const steps = withFreeVariables(added, doc.steps.map(variableOf).filter((n): n is string => n !== undefined));
  const all = stepsById(doc.steps);
  // The entry step (the trigger) is the one kind nothing links into; a workflow has one.
  let hasTrigger = doc.steps.some((s) => !kindOf(s.kind).acceptsLinks);
  for (const step of steps) {
    if (all.has(step.id)) throw new OperationError('step-id-taken', `The step id "${step.id}" is already used in this workflow.`, { id: step.id });
    kindOf(step.kind).checkAdded?.(step);
    if (!kindOf(step.kind).acceptsLinks) {
      if (hasTrigger) {
        throw new OperationError('second-trigger', 'This workflow already has a trigger: a workflow starts from exactly one trigger.');
      }
      hasTrigger = true;
    }
    all.set(step.id, step);
  }
  const ids = new Set([...all.keys(), ...doc.notes.map((n) => n.id)]);
  for (const note of notes) {
    if (ids.has(note.id)) throw new OperationError('step-id-taken', `The step id "${note.id}" is already used in this workflow.`, { id: note.id });
    ids.add(note.id);
  }
  const usedPorts = new Set(doc.links.map((l) => `${l.from}:${l.port}`));
  for (const link of links) {
    const problem = linkProblem(all, link);
    if (problem) throw OperationError.from(problem);
    const port = `${link.from}:${link.port}`;
    if (usedPorts.has(port)) {
      throw new OperationError('port-taken', `The "${link.port}" output of step "${link.from}" already has a link.`, { port: link.port, id: link.from });
    }
    usedPorts.add(port);
  }
  if (links.length > 0 && findCycle([...doc.links, ...links]) !== undefined) throw OperationError.from(CYCLE);
  return (draft) => {
    // A loop, not push(...spread): a large paste must not hit the argument limit.
    for (const step of steps) draft.steps.push(step);
    for (const link of links) draft.links.push(link);
    for (const note of notes) draft.notes.push(note);
  };
}

/** Removes steps and their links, and sticky notes; every id must name a step or a note. */
function planRemoveSteps(doc: Workflow, ids: readonly string[]): Recipe {
  const gone = new Set(ids);
  const known = stepsById(doc.steps);
  const noteIds = new Set(doc.notes.map((n) => n.id));
  for (const id of gone) {
    if (!known.has(id) && !noteIds.has(id)) throw new OperationError('no-step', `There is no step "${id}" in this workflow.`, { id });
  }
  if (doc.notes.some((n) => gone.has(n.id))) {
    const notes = doc.notes.filter((n) => !gone.has(n.id));
    const stepsGone = doc.steps.some((s) => gone.has(s.id));
    const rest = stepsGone ? planRemoveSteps({ ...doc, notes }, ids.filter((id) => !noteIds.has(id))) : undefined;
    return (draft) => {
      draft.notes = notes;
      rest?.(draft);
    };
  }
  // Filtered from the plain document rather than spliced in the draft: one
  // patch per array instead of one per shifted element, and no proxy per step.
  const steps = doc.steps.filter((s) => !gone.has(s.id));
  const links = doc.links.filter((l) => !gone.has(l.from) && !gone.has(l.to));
  return (draft) => {
    draft.steps = steps;
    if (links.length !== doc.links.length) draft.links = links;
  };
}
