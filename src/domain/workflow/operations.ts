/**
 * The one pure reducer that changes a workflow document. It applies a typed
 * operation inside immer's `produceWithPatches`, so every call yields the new
 * document plus the patches to redo and undo it: one call, one undo entry.
 * An operation that would break the document's structural rules (see the
 * `Workflow` schema) is refused with an `OperationError` before anything
 * changes, so the document in hand always parses. So is a field text that
 * would grow past MAX_FIELD_CHARS (document.ts): restoring a stored version
 * is not refused for it, since stored records are read as they are.
 */
import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import { formatIssues } from '../zodIssues';
import { CYCLE_REASON, aStep, canConnect, linkProblem, portProblem, stepsById } from './connectionRules';
import { MAX_FIELD_CHARS, findCycle, type Link, type Step, type StepKind, Workflow } from './document';
import { Operation } from './operationSchema';

export { Operation, type OperationType } from './operationSchema';
export { canConnect, type ConnectCheck } from './connectionRules';
export type { Patch } from 'immer';

enablePatches();

/** An operation the document's rules refuse; `message` says why in plain words. */
export class OperationError extends Error {
  override name = 'OperationError';
}

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
    throw new OperationError(`This change is not valid: ${formatIssues(parsed.error.issues).join('; ')}.`);
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
  switch (op.type) {
    case 'addStep':
      return planAddSteps(doc, [op.step], []);
    case 'addSteps':
      return planAddSteps(doc, op.steps, op.links);
    case 'removeSteps':
      return planRemoveSteps(doc, op.ids);
    case 'moveSteps': {
      const indexById = new Map(doc.steps.map((s, i) => [s.id, i]));
      const moves = op.moves.map((move) => {
        const index = indexById.get(move.id);
        if (index === undefined) throw new OperationError(`There is no step "${move.id}" in this workflow.`);
        return { index, position: move.position };
      });
      return (draft) => {
        for (const { index, position } of moves) {
          const step = draft.steps[index]!;
          // Field by field, so a step dropped where it was records no patch.
          step.position.x = position.x;
          step.position.y = position.y;
        }
      };
    }
    case 'connect': {
      const check = canConnect(doc, op);
      if (!check.ok) throw new OperationError(check.reason);
      const link = { from: op.from, port: op.port, to: op.to };
      const existing = doc.links.findIndex((l) => l.from === op.from && l.port === op.port);
      return (draft) => {
        if (existing === -1) draft.links.push(link);
        else if (draft.links[existing]!.to !== op.to) draft.links[existing] = link;
      };
    }
    case 'disconnect': {
      const from = stepOf(doc, op.from);
      const noPort = portProblem(from.kind, op.port);
      if (noPort) throw new OperationError(noPort);
      const existing = doc.links.findIndex((l) => l.from === op.from && l.port === op.port);
      return (draft) => {
        if (existing !== -1) draft.links.splice(existing, 1);
      };
    }
    case 'updateFields': {
      const index = indexOfKind(doc, op.id, 'action', 'only actions have input fields');
      const current = (doc.steps[index] as Extract<Step, { kind: 'action' }>).fields;
      for (const [key, value] of Object.entries(op.fields)) {
        // A field stored longer than the limit may still be shortened bit by bit; it may not grow.
        if (value) refuseTooLong(key, value, current[key]?.length ?? 0);
      }
      return (draft) => {
        const step = draft.steps[index] as Draft<Extract<Step, { kind: 'action' }>>;
        for (const [key, value] of Object.entries(op.fields)) {
          if (value === null || value === undefined) delete step.fields[key];
          else step.fields[key] = value;
        }
      };
    }
    case 'setAction': {
      const index = indexOfKind(doc, op.id, 'action', 'only actions run an app action');
      for (const [key, value] of Object.entries(op.fields)) refuseTooLong(key, value);
      return (draft) => {
        const step = draft.steps[index] as Draft<Extract<Step, { kind: 'action' }>>;
        step.app = op.app;
        step.action = op.action;
        step.fields = op.fields;
      };
    }
    case 'updateCondition': {
      const index = indexOfKind(doc, op.id, 'condition', 'only conditions have criteria');
      return (draft) => {
        (draft.steps[index] as Draft<Extract<Step, { kind: 'condition' }>>).criteria = op.criteria;
      };
    }
    case 'updateWait': {
      const index = indexOfKind(doc, op.id, 'wait', 'only waits have a duration');
      return (draft) => {
        const duration = (draft.steps[index] as Draft<Extract<Step, { kind: 'wait' }>>).duration;
        duration.amount = op.duration.amount;
        duration.unit = op.duration.unit;
      };
    }
    case 'updateNote': {
      const index = indexOf(doc, op.id);
      return (draft) => {
        draft.steps[index]!.note = op.note;
      };
    }
    case 'setTrigger': {
      const index = doc.steps.findIndex((s) => s.kind === 'trigger');
      if (index === -1) throw new OperationError('This workflow has no trigger step yet: add one first.');
      return (draft) => {
        const step = draft.steps[index] as Draft<Extract<Step, { kind: 'trigger' }>>;
        const same = step.app === op.app && step.trigger === op.trigger;
        step.app = op.app;
        step.trigger = op.trigger;
        if (!same && step.schedule !== undefined) delete step.schedule;
      };
    }
    case 'setTriggerSchedule': {
      const index = doc.steps.findIndex((s) => s.kind === 'trigger');
      if (index === -1) throw new OperationError('This workflow has no trigger step yet: add one first.');
      return (draft) => {
        const step = draft.steps[index] as Draft<Extract<Step, { kind: 'trigger' }>>;
        if (op.schedule === null) {
          if (step.schedule !== undefined) delete step.schedule;
        } else if (step.schedule === undefined) {
          step.schedule = { ...op.schedule };
        } else {
          // Field by field, so setting the same schedule records no patch.
          step.schedule.start = op.schedule.start;
          step.schedule.repeat = op.schedule.repeat;
        }
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
      const candidate = { ...doc, name: op.name, description: op.description, steps: op.steps, links: op.links };
      const parsed = Workflow.safeParse(candidate);
      if (!parsed.success) {
        throw new OperationError(`This version can't be restored: ${formatIssues(parsed.error.issues).slice(0, 3).join('; ')}.`);
      }
      return (draft) => {
        draft.name = op.name;
        draft.description = op.description;
        draft.steps = parsed.data.steps as Draft<Step>[];
        draft.links = parsed.data.links;
      };
    }
  }
}

/**
 * New steps (and links among them or to existing steps) that keep every rule:
 * fresh unique ids, at most one trigger, links that pass `linkProblem`, one
 * link per port, and no cycle once all links are in place.
 */
function planAddSteps(doc: Workflow, steps: readonly Step[], links: readonly Link[]): Recipe {
  const all = stepsById(doc.steps);
  let hasTrigger = doc.steps.some((s) => s.kind === 'trigger');
  for (const step of steps) {
    if (all.has(step.id)) throw new OperationError(`The step id "${step.id}" is already used in this workflow.`);
    if (step.kind === 'action') for (const [key, value] of Object.entries(step.fields)) refuseTooLong(key, value);
    if (step.kind === 'trigger') {
      if (hasTrigger) {
        throw new OperationError('This workflow already has a trigger: a workflow starts from exactly one trigger.');
      }
      hasTrigger = true;
    }
    all.set(step.id, step);
  }
  const usedPorts = new Set(doc.links.map((l) => `${l.from}:${l.port}`));
  for (const link of links) {
    const problem = linkProblem(all, link);
    if (problem) throw new OperationError(problem);
    const port = `${link.from}:${link.port}`;
    if (usedPorts.has(port)) {
      throw new OperationError(`The "${link.port}" output of step "${link.from}" already has a link.`);
    }
    usedPorts.add(port);
  }
  if (links.length > 0 && findCycle([...doc.links, ...links]) !== undefined) throw new OperationError(CYCLE_REASON);
  return (draft) => {
    // A loop, not push(...spread): a large paste must not hit the argument limit.
    for (const step of steps) draft.steps.push(step);
    for (const link of links) draft.links.push(link);
  };
}

/** Removes steps and their links; every id must name a step. */
function planRemoveSteps(doc: Workflow, ids: readonly string[]): Recipe {
  const gone = new Set(ids);
  const known = stepsById(doc.steps);
  for (const id of gone) {
    if (!known.has(id)) throw new OperationError(`There is no step "${id}" in this workflow.`);
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

/** Refuses a field text over MAX_FIELD_CHARS, unless it is no longer than the text it replaces (`was` characters). */
function refuseTooLong(key: string, text: string, was = 0): void {
  if (text.length <= MAX_FIELD_CHARS || text.length <= was) return;
  throw new OperationError(
    `The field "${key}" can hold at most ${MAX_FIELD_CHARS.toLocaleString('en')} characters; this text has ${text.length.toLocaleString('en')}.`,
  );
}

function indexOf(doc: Workflow, id: string): number {
  const index = doc.steps.findIndex((s) => s.id === id);
  if (index === -1) throw new OperationError(`There is no step "${id}" in this workflow.`);
  return index;
}

function stepOf(doc: Workflow, id: string): Step {
  return doc.steps[indexOf(doc, id)]!;
}

function indexOfKind(doc: Workflow, id: string, kind: StepKind, why: string): number {
  const index = indexOf(doc, id);
  const actual = doc.steps[index]!.kind;
  if (actual !== kind) throw new OperationError(`Step "${id}" is ${aStep(actual)}: ${why}.`);
  return index;
}

