/**
 * The typed operations that change a workflow document, as a zod schema so
 * they can be parsed where they cross a boundary (worker messages, the
 * clipboard, a recorded history). Sticky notes (stickyNotes.ts) have their own
 * operations, and `moveSteps`/`removeSteps` also move and remove them. Each operation is one user gesture and one
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
import { MAX_NOTES, NoteColor, NoteSize, NoteText, StickyNote } from './stickyNotes';

/** Adds one step, unlinked. */
export const AddStep = op('addStep', { step: Step });

/**
 * Adds several steps and links at once (paste, duplicate); links may also
 * reach existing steps. Sticky notes copied with them come along (`notes`);
 * at least one step or note.
 */
export const AddSteps = op('addSteps', {
  steps: z.array(Step).max(20_000),
  links: z.array(Link).default([]),
  notes: z.array(StickyNote).max(MAX_NOTES).optional(),
});

/** Removes steps and every link from or to them; an id may also name a sticky note, which is removed too. */
export const RemoveSteps = op('removeSteps', { ids: z.array(StepId).min(1) });

/**
 * Moves steps; one drag of a selection is one operation. An id may also name
 * a sticky note: a drag of steps and notes together is one undo entry.
 */
export const MoveSteps = op('moveSteps', {
  moves: z.array(z.strictObject({ id: StepId, position: Position })).min(1),
});

/** Links a step's output port to another step, replacing the link already on that port. */
export const Connect = op('connect', Link.shape);

/** Removes the link on a step's output port, if there is one. */
export const Disconnect = op('disconnect', { from: StepId, port: Port });

/** Adds one sticky note to the canvas. */
export const AddStickyNote = op('addStickyNote', { note: StickyNote });

/** Sets a sticky note's Markdown text (typing is coalesced into one undo entry by the caller's coalesce key). */
export const EditStickyNote = op('editStickyNote', { id: StepId, text: NoteText });

/** A sticky note's new size, with its new top-left corner (resizing from the left or top edge moves it). */
export const ResizeStickyNote = op('resizeStickyNote', { id: StepId, position: Position, size: NoteSize });

/** Sets a sticky note's colour. */
export const RecolorStickyNote = op('recolorStickyNote', { id: StepId, color: NoteColor });

/** Sets the author's note on a step (the step's own `note` field; sticky notes are the operations above). */
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
  notes: z.array(StickyNote).max(MAX_NOTES).optional(),
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
  AddStickyNote,
  EditStickyNote,
  ResizeStickyNote,
  RecolorStickyNote,
  ...KIND_OPERATION_SCHEMAS,
  Rename,
  SetDescription,
  SetActivation,
]);
export type Operation = z.infer<typeof Operation>;
/** The operations the reducer plans itself: those of no kind. */
export type GenericOperation = Exclude<Operation, z.infer<(typeof KIND_OPERATION_SCHEMAS)[number]>>;
export type OperationType = Operation['type'];
