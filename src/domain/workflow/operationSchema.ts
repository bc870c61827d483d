/**
 * The typed operations that change a workflow document, as a zod schema so
 * they can be parsed where they cross a boundary (worker messages, the
 * clipboard, a recorded history). Each operation is one user gesture and one
 * undo entry: a drag of a selection is one `moveSteps`, a paste one
 * `addSteps`. The reducer that applies them lives in operations.ts.
 *
 * The operations here work on any step; each kind adds its own (a wait's
 * duration, a condition's criteria...) in its module (kinds/*.ts), and the
 * union below takes them from the registry.
 */
import { z } from 'zod';
import { Activation } from './activation';
import { Link, Port, Position, Step, StepId, WorkflowName } from './document';
import { operation as op } from './kinds/base';
import { KIND_OPERATION_SCHEMAS } from './kinds/registry';

/** Adds one step, unlinked. */
export const AddStep = op('addStep', { step: Step });

/** Adds several steps and links at once (paste, duplicate); links may also reach existing steps. */
export const AddSteps = op('addSteps', {
  steps: z.array(Step).min(1).max(20_000),
  links: z.array(Link).default([]),
});

/** Removes steps and every link from or to them. */
export const RemoveSteps = op('removeSteps', { ids: z.array(StepId).min(1) });

/** Moves steps; one drag of a selection is one operation. */
export const MoveSteps = op('moveSteps', {
  moves: z.array(z.strictObject({ id: StepId, position: Position })).min(1),
});

/** Links a step's output port to another step, replacing the link already on that port. */
export const Connect = op('connect', Link.shape);

/** Removes the link on a step's output port, if there is one. */
export const Disconnect = op('disconnect', { from: StepId, port: Port });

/** Sets the author's note on a step. */
export const UpdateNote = op('updateNote', { id: StepId, note: z.string().max(2000) });

/** Renames the workflow. */
export const Rename = op('rename', { name: WorkflowName });

/** Sets the workflow's description. */
export const SetDescription = op('setDescription', { description: z.string().max(5000) });

/** Sets where and whether the workflow is turned on. */
export const SetActivation = op('setActivation', { activation: Activation });

/**
 * Replaces the content of the workflow (name, description, steps, links) with
 * that of a saved version; id and on/off stay. One undo entry, so a restore
 * can itself be undone.
 */
export const RestoreContent = op('restoreContent', {
  name: WorkflowName,
  description: z.string().max(5000),
  steps: z.array(Step).max(20_000),
  links: z.array(Link),
});

export const Operation = z.discriminatedUnion('type', [
  RestoreContent,
  AddStep,
  AddSteps,
  RemoveSteps,
  MoveSteps,
  Connect,
  Disconnect,
  UpdateNote,
  ...KIND_OPERATION_SCHEMAS,
  Rename,
  SetDescription,
  SetActivation,
]);
export type Operation = z.infer<typeof Operation>;
/** The operations the reducer plans itself: those of no kind. */
export type GenericOperation = Exclude<Operation, z.infer<(typeof KIND_OPERATION_SCHEMAS)[number]>>;
export type OperationType = Operation['type'];
