/**
 * Sticky notes: free text the author pins on the canvas, beside the steps.
 * A note is part of the workflow document (saved, exported, in version
 * history, undoable like any edit) but not of the workflow: it has no ports,
 * is never linked, is not validated and does not run. Its text is Markdown,
 * shown rendered without raw HTML (ui/canvas/nodes/NoteMarkdown.tsx).
 *
 * Ids share one space with step ids (the canvas, the selection and
 * `moveSteps`/`removeSteps` address both), so a note's id never equals a
 * step's (document.ts checks it).
 */
import { z } from 'zod';
import { newId } from './ids';
import { Position, StepId } from './kinds/base';

/** The colours a note can have; each has text contrast of at least 4.5:1 in the light and the dark theme (ui/canvas/canvas.css). */
export const NOTE_COLORS = ['yellow', 'blue', 'green', 'pink', 'grey'] as const;
export const NoteColor = z.enum(NOTE_COLORS);
export type NoteColor = z.infer<typeof NoteColor>;

export const MAX_NOTE_CHARS = 10_000;
export const MIN_NOTE_WIDTH = 120;
export const MIN_NOTE_HEIGHT = 80;
export const MAX_NOTE_SIDE = 4000;
/** The size of a new note, in canvas pixels. */
export const DEFAULT_NOTE_SIZE = { width: 240, height: 160 } as const;

export const NoteSize = z.strictObject({
  width: z.number().finite().min(MIN_NOTE_WIDTH, `must be at least ${MIN_NOTE_WIDTH}`).max(MAX_NOTE_SIDE, `must be at most ${MAX_NOTE_SIDE}`),
  height: z.number().finite().min(MIN_NOTE_HEIGHT, `must be at least ${MIN_NOTE_HEIGHT}`).max(MAX_NOTE_SIDE, `must be at most ${MAX_NOTE_SIDE}`),
});
export type NoteSize = z.infer<typeof NoteSize>;

export const NoteText = z.string().max(MAX_NOTE_CHARS, `a note can hold at most ${MAX_NOTE_CHARS.toLocaleString('en')} characters`);

export const StickyNote = z.strictObject({
  id: StepId,
  /** Markdown. */
  text: NoteText,
  position: Position,
  size: NoteSize,
  color: NoteColor,
});
export type StickyNote = z.infer<typeof StickyNote>;

export const MAX_NOTES = 1000;

/** A new, empty yellow note at `position`. */
export function createStickyNote(position: Position, id: string = newId('note')): StickyNote {
  return { id, text: '', position: { ...position }, size: { ...DEFAULT_NOTE_SIZE }, color: 'yellow' };
}

/**
 * Notes in reading order: top to bottom, then left to right (rows are 40 px
 * bands, so notes side by side read left first even when not quite aligned).
 * The order Flow's root `note` joins them in (io/flow/toFlow.ts).
 */
export function notesInReadingOrder(notes: readonly StickyNote[]): StickyNote[] {
  const row = (n: StickyNote) => Math.floor(n.position.y / 40);
  return [...notes].sort((a, b) => row(a) - row(b) || a.position.x - b.position.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A rectangle on the canvas, in canvas pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const GAP = 20;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

/**
 * Where a new note of `size` goes when it is wanted at `wanted` (its top-left
 * corner): there if it covers nothing, else the nearest free place found by
 * stepping right, left, down and up by a note's size (rings of growing
 * distance), so a note added in the middle of the view never hides a step.
 * When nothing near is free, `wanted`.
 */
export function freeNoteSpot(wanted: Position, taken: readonly Box[], size: NoteSize = DEFAULT_NOTE_SIZE): Position {
  const dx = size.width + GAP * 2;
  const dy = size.height + GAP * 2;
  const free = (p: Position) => !taken.some((box) => overlaps({ ...p, ...size }, box));
  if (free(wanted)) return wanted;
  for (let ring = 1; ring <= 8; ring++) {
    for (const [ox, oy] of [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [-1, 1], [1, -1], [-1, -1]] as const) {
      const candidate = { x: wanted.x + ox * ring * dx, y: wanted.y + oy * ring * dy };
      if (free(candidate)) return candidate;
    }
  }
  return wanted;
}
