import { describe, expect, it } from 'vitest';
import { sampleWorkflow } from '../../../test/fixtures/sampleWorkflow';
import { formatIssues } from '../zodIssues';
import { Workflow } from './document';
import { Operation, OperationError, applyOperation, applyPatchesTo, type OperationResult } from './operations';
import { createStickyNote, freeNoteSpot, notesInReadingOrder, type StickyNote } from './stickyNotes';

/** Applies `op`, checking that the result parses and that its patches undo and redo it exactly. */
function apply(doc: Workflow, op: Operation): OperationResult {
  const result = applyOperation(doc, op);
  const parsed = Workflow.safeParse(result.doc);
  expect(parsed.success ? [] : formatIssues(parsed.error.issues)).toEqual([]);
  expect(applyPatchesTo(result.doc, result.inversePatches)).toStrictEqual(doc);
  expect(applyPatchesTo(doc, result.patches)).toStrictEqual(result.doc);
  return result;
}

const note = (id: string, over: Partial<StickyNote> = {}): StickyNote => ({ ...createStickyNote({ x: 400, y: 0 }, id), ...over });
const withNotes = (...notes: StickyNote[]) => Workflow.parse({ ...sampleWorkflow(), notes });
const refusal = (doc: Workflow, op: Operation) => {
  try {
    applyOperation(doc, op);
  } catch (error) {
    if (error instanceof OperationError) return error.code;
    throw error;
  }
  return undefined;
};

describe('sticky notes in the document', () => {
  it('a document without notes (written before they existed) parses with none', () => {
    const { notes: _, ...old } = sampleWorkflow();
    expect(Workflow.parse(old).notes).toEqual([]);
  });

  it('refuses a note id used twice, or one that is a step id, naming the place', () => {
    const twice = Workflow.safeParse({ ...sampleWorkflow(), notes: [note('n1'), note('n1')] });
    expect(twice.success ? [] : formatIssues(twice.error.issues)).toEqual(['$.notes[1].id: the id "n1" is used twice']);
    const stepId = Workflow.safeParse({ ...sampleWorkflow(), notes: [note('a1')] });
    expect(stepId.success ? [] : formatIssues(stepId.error.issues)).toEqual(['$.notes[0].id: the id "a1" is used twice']);
  });

  it('refuses an unknown colour and a size below the minimum with the path', () => {
    const bad = Workflow.safeParse({ ...sampleWorkflow(), notes: [{ ...note('n1'), color: 'purple', size: { width: 10, height: 100 } }] });
    const messages = bad.success ? [] : formatIssues(bad.error.issues);
    expect(messages.some((m) => m.startsWith('$.notes[0].color:') && m.includes('yellow'))).toBe(true);
    expect(messages).toContain('$.notes[0].size.width: must be at least 120');
  });
});

describe('sticky note operations', () => {
  it('addStickyNote adds a note; its id may not be taken by a step or a note', () => {
    const { doc } = apply(sampleWorkflow(), { type: 'addStickyNote', note: note('n1') });
    expect(doc.notes.map((n) => n.id)).toEqual(['n1']);
    expect(refusal(doc, { type: 'addStickyNote', note: note('n1') })).toBe('step-id-taken');
    expect(refusal(doc, { type: 'addStickyNote', note: note('a1') })).toBe('step-id-taken');
  });

  it('editStickyNote, recolorStickyNote and resizeStickyNote change only that note', () => {
    const doc = withNotes(note('n1'), note('n2'));
    const edited = apply(doc, { type: 'editStickyNote', id: 'n2', text: '**bold**' }).doc;
    expect(edited.notes.map((n) => n.text)).toEqual(['', '**bold**']);
    const recolored = apply(edited, { type: 'recolorStickyNote', id: 'n1', color: 'blue' }).doc;
    expect(recolored.notes.map((n) => n.color)).toEqual(['blue', 'yellow']);
    const resized = apply(recolored, { type: 'resizeStickyNote', id: 'n1', position: { x: 380, y: -20 }, size: { width: 300, height: 200 } }).doc;
    expect(resized.notes[0]).toMatchObject({ position: { x: 380, y: -20 }, size: { width: 300, height: 200 } });
    expect(resized.steps).toBe(doc.steps);
  });

  it('refuses operations on a note that does not exist, and sizes and colours out of range', () => {
    const doc = withNotes(note('n1'));
    expect(refusal(doc, { type: 'editStickyNote', id: 'nope', text: 'x' })).toBe('no-note');
    expect(refusal(doc, { type: 'recolorStickyNote', id: 'n1', color: 'purple' } as unknown as Operation)).toBe('invalid-operation');
    expect(refusal(doc, { type: 'resizeStickyNote', id: 'n1', position: { x: 0, y: 0 }, size: { width: 5, height: 5 } })).toBe('invalid-operation');
    expect(refusal(doc, { type: 'editStickyNote', id: 'n1', text: 'x'.repeat(10_001) })).toBe('invalid-operation');
  });

  it('moveSteps moves steps and notes together in one operation', () => {
    const doc = withNotes(note('n1'));
    const { doc: moved } = apply(doc, {
      type: 'moveSteps',
      moves: [
        { id: 'n1', position: { x: 0, y: 500 } },
        { id: 'a1', position: { x: 20, y: 40 } },
      ],
    });
    expect(moved.notes[0]!.position).toEqual({ x: 0, y: 500 });
    expect(moved.steps.find((s) => s.id === 'a1')!.position).toEqual({ x: 20, y: 40 });
    expect(refusal(doc, { type: 'moveSteps', moves: [{ id: 'nope', position: { x: 0, y: 0 } }] })).toBe('no-step');
  });

  it('removeSteps removes notes, steps or both; links of removed steps go too', () => {
    const doc = withNotes(note('n1'), note('n2'));
    const onlyNote = apply(doc, { type: 'removeSteps', ids: ['n1'] }).doc;
    expect(onlyNote.notes.map((n) => n.id)).toEqual(['n2']);
    expect(onlyNote.steps).toBe(doc.steps);
    const both = apply(doc, { type: 'removeSteps', ids: ['n2', 'a2'] }).doc;
    expect(both.notes.map((n) => n.id)).toEqual(['n1']);
    expect(both.steps.some((s) => s.id === 'a2')).toBe(false);
    expect(both.links.some((l) => l.to === 'a2' || l.from === 'a2')).toBe(false);
  });

  it('addSteps pastes notes with steps, or notes alone; an empty paste is refused', () => {
    const doc = sampleWorkflow();
    const pasted = apply(doc, { type: 'addSteps', steps: [], links: [], notes: [note('n9')] }).doc;
    expect(pasted.notes.map((n) => n.id)).toEqual(['n9']);
    expect(refusal(doc, { type: 'addSteps', steps: [], links: [] })).toBe('nothing-to-add');
  });

  it('restoreContent restores the version’s notes (none for a version from before notes)', () => {
    const doc = withNotes(note('n1'));
    const { name, description, steps, links } = doc;
    expect(apply(doc, { type: 'restoreContent', name, description, steps, links }).doc.notes).toEqual([]);
    expect(apply(sampleWorkflow(), { type: 'restoreContent', name, description, steps, links, notes: [note('n2')] }).doc.notes.map((n) => n.id)).toEqual(['n2']);
  });

  it('a connection to or from a note is refused: notes have no ports', () => {
    const doc = withNotes(note('n1'));
    expect(refusal(doc, { type: 'connect', from: 'a1', port: 'next', to: 'n1' })).toBeDefined();
    expect(refusal(doc, { type: 'connect', from: 'n1', port: 'next', to: 'a1' })).toBeDefined();
  });
});

describe('notesInReadingOrder', () => {
  it('reads rows top to bottom, and left to right within a row', () => {
    const notes = [note('c', { position: { x: 0, y: 300 } }), note('b', { position: { x: 500, y: 10 } }), note('a', { position: { x: 0, y: 0 } })];
    expect(notesInReadingOrder(notes).map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('where a new note goes', () => {
  const step = (x: number, y: number) => ({ x, y, width: 240, height: 84 });

  it('goes where it is wanted when that covers nothing', () => {
    expect(freeNoteSpot({ x: 0, y: 0 }, [step(600, 0)])).toEqual({ x: 0, y: 0 });
  });

  it('moves off a step it would cover, to the nearest free side (right first), never onto another step', () => {
    expect(freeNoteSpot({ x: 0, y: 0 }, [step(0, 40)])).toEqual({ x: 280, y: 0 });
    const spot = freeNoteSpot({ x: 0, y: 0 }, [step(0, 40), step(300, 40)]);
    expect(spot).toEqual({ x: -280, y: 0 });
  });

  it('keeps clear of other notes too, with a gap', () => {
    const spot = freeNoteSpot({ x: 0, y: 0 }, [{ x: 250, y: 0, width: 240, height: 160 }, step(-260, 0), step(0, 10)]);
    expect(spot).toEqual({ x: 0, y: 200 });
  });
});
