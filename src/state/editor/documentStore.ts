/**
 * The document store: the workflow open in the editor and its one undo
 * stack. Every change goes through `dispatch(operation)`, applied by the
 * domain's pure reducer; its inverse patches are the undo entry. Canvas and
 * inspector edits share this stack. Selection and viewport live in the UI
 * store and never enter history.
 *
 * Typing in a field produces an operation per keystroke; consecutive
 * operations with the same `coalesceKey` within COALESCE_MS merge into one
 * entry, so one undo takes back a word, not a letter.
 *
 * One store per editor session (session.ts): nothing here is global.
 */
import { type StoreApi, createStore } from 'zustand/vanilla';
import { type Operation, OperationError, type Patch, type Refusal, applyOperation, applyPatchesTo } from '../../domain/workflow/operations';
import type { Workflow } from '../../domain/workflow/document';

export const COALESCE_MS = 1000;
const HISTORY_LIMIT = 500;

interface HistoryEntry {
  patches: Patch[];
  inverse: Patch[];
  coalesceKey: string | undefined;
  at: number;
}

/** Applied, or refused: `reason` in English, `refusal` with its code for the UI's words. */
export type DispatchResult = { ok: true } | { ok: false; reason: string; refusal: Refusal };

const NOTHING_OPEN: Refusal = { code: 'no-workflow-open', message: 'No workflow is open.' };

export interface DocumentState {
  doc: Workflow | undefined;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** The type of the last operation applied (a restore is saved as a version of its own). */
  lastOp: Operation['type'] | undefined;
  /** Opens a document with an empty history. */
  load: (doc: Workflow | undefined) => void;
  /** Applies an operation; a refused one changes nothing and says why. */
  dispatch: (op: Operation, options?: { coalesceKey?: string }) => DispatchResult;
  undo: () => boolean;
  redo: () => boolean;
}

export type DocumentStore = StoreApi<DocumentState>;

/** A document store with nothing open; `now` times the coalescing of keystrokes. */
export function createDocumentStore(now: () => number = () => Date.now()): DocumentStore {
  return createStore<DocumentState>()((set, get) => ({
  doc: undefined,
  past: [],
  future: [],
  lastOp: undefined,
  load: (doc) => set({ doc, past: [], future: [], lastOp: undefined }),
  dispatch: (op, options) => {
    const { doc, past } = get();
    if (!doc) return { ok: false, reason: NOTHING_OPEN.message, refusal: NOTHING_OPEN };
    let result;
    try {
      result = applyOperation(doc, op);
    } catch (error) {
      if (error instanceof OperationError) return { ok: false, reason: error.message, refusal: error.refusal };
      throw error;
    }
    if (result.patches.length === 0) return { ok: true };
    const at = now();
    const last = past.at(-1);
    const key = options?.coalesceKey;
    if (key !== undefined && last?.coalesceKey === key && at - last.at < COALESCE_MS) {
      const merged: HistoryEntry = {
        patches: [...last.patches, ...result.patches],
        inverse: [...result.inversePatches, ...last.inverse],
        coalesceKey: key,
        at,
      };
      set({ doc: result.doc, past: [...past.slice(0, -1), merged], future: [], lastOp: op.type });
    } else {
      const entry: HistoryEntry = { patches: result.patches, inverse: result.inversePatches, coalesceKey: key, at };
      set({ doc: result.doc, past: [...past, entry].slice(-HISTORY_LIMIT), future: [], lastOp: op.type });
    }
    return { ok: true };
  },
  undo: () => {
    const { doc, past, future } = get();
    const entry = past.at(-1);
    if (!doc || !entry) return false;
    set({ doc: applyPatchesTo(doc, entry.inverse), past: past.slice(0, -1), future: [{ ...entry, coalesceKey: undefined }, ...future] });
    return true;
  },
  redo: () => {
    const { doc, past, future } = get();
    const entry = future[0];
    if (!doc || !entry) return false;
    set({ doc: applyPatchesTo(doc, entry.patches), past: [...past, entry], future: future.slice(1) });
    return true;
  },
}));
}
