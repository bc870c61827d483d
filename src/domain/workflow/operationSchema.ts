/**
 * The typed operations that change a workflow document, as a zod schema so
 * they can be parsed where they cross a boundary (worker messages, the
 * clipboard, a recorded history). Each operation is one user gesture and one
 * undo entry: a drag of a selection is one `moveSteps`, a paste one
 * `addSteps`. The reducer that applies them lives in operations.ts.
 */
import { z } from 'zod';
import { Slug } from '../catalog/manifest';
import { SafeRecord } from '../ownKeys';
import { Activation } from './activation';
import { ConditionGroup, Link, Port, Position, Step, StepId, TriggerSchedule, WaitStep, WorkflowName } from './document';

const op = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

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

/**
 * Sets input fields of an action step by key. A value of `null` (or
 * `undefined` from code; JSON cannot carry it) removes the key.
 */
export const UpdateFields = op('updateFields', {
  id: StepId,
  fields: SafeRecord(z.string().nullable().optional()),
});

/** Replaces the criteria of a condition step. */
export const UpdateCondition = op('updateCondition', { id: StepId, criteria: ConditionGroup });

/** Sets how long a wait step waits. */
export const UpdateWait = op('updateWait', { id: StepId, duration: WaitStep.shape.duration });

/** Sets the author's note on a step. */
export const UpdateNote = op('updateNote', { id: StepId, note: z.string().max(2000) });

/** Chooses the app and action of an action step; its fields start over (`{}` unless given). */
export const SetAction = op('setAction', {
  id: StepId,
  app: Slug,
  action: Slug,
  fields: SafeRecord(z.string()).default({}),
});

/**
 * Chooses the app and event of the workflow's trigger step. A schedule chosen
 * for another trigger is dropped: it was set for that trigger's event.
 */
export const SetTrigger = op('setTrigger', { app: Slug, trigger: Slug });

/** Sets when the workflow's scheduled trigger fires; `null` removes the schedule (daily at 00:00 UTC again). */
export const SetTriggerSchedule = op('setTriggerSchedule', { schedule: TriggerSchedule.nullable() });

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
  UpdateFields,
  UpdateCondition,
  UpdateWait,
  UpdateNote,
  SetAction,
  SetTrigger,
  SetTriggerSchedule,
  Rename,
  SetDescription,
  SetActivation,
]);
export type Operation = z.infer<typeof Operation>;
export type OperationType = Operation['type'];
