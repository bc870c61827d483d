/**
 * The Actions palette during a keyboard "add step after" (keyboard editing,
 * issue 16 part 4): which step it adds after, on which output, and a filter
 * that keeps only the entries that fit there (the domain's fitsAfter: a For
 * each's loop body refuses a For each, a Wait or Get data). Focus moves to
 * the palette's search box when it starts; Escape ends it and gives focus
 * back to the step. Leaving the palette (a click or focus anywhere else)
 * ends it too, without moving focus: the user has gone on to something else.
 */
import { type KeyboardEvent, type RefObject, useCallback, useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import type { Port, Step } from '../../domain/workflow/document';
import { fitsAfter } from '../../domain/workflow/navigation';
import { useEditorSession } from '../../state/editor/context';
import { endAddAfter } from '../../state/editor/keyboardEditing';
import type { PaletteEntry } from './grouping';

export interface AddingAfter {
  step: Step;
  port: Port;
  /** Entries that may follow the step on that port. */
  fits: (entry: PaletteEntry) => boolean;
  /** Escape: ends it, focus back on the step. */
  onKeyDown: (e: KeyboardEvent) => void;
}

/** The "add step after" under way for this palette (only the Actions palette takes part), or undefined. */
export function useAddingAfter(
  active: boolean,
  search: RefObject<HTMLInputElement | null>,
  palette: RefObject<HTMLElement | null>,
): AddingAfter | undefined {
  const session = useEditorSession();
  const adding = useStore(session.ui, (s) => (active ? s.addingAfter : undefined));
  const step = useStore(session.document, (s) => s.doc?.steps.find((st) => st.id === adding?.stepId));

  useEffect(() => {
    if (adding) search.current?.focus();
  }, [adding, search]);

  const under = adding !== undefined;
  useEffect(() => {
    if (!under) return;
    const leave = (e: Event) => {
      if (e.target instanceof Node && palette.current?.contains(e.target)) return;
      session.ui.getState().setAddingAfter(undefined);
    };
    document.addEventListener('pointerdown', leave, true);
    document.addEventListener('focusin', leave, true);
    return () => {
      document.removeEventListener('pointerdown', leave, true);
      document.removeEventListener('focusin', leave, true);
    };
  }, [under, palette, session]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const current = session.ui.getState().addingAfter;
      if (e.key !== 'Escape' || !current) return;
      e.preventDefault();
      endAddAfter(session, current.stepId);
    },
    [session],
  );

  return useMemo(() => {
    if (!adding || !step) return undefined;
    return { step, port: adding.port, fits: (entry: PaletteEntry) => fitsAfter(step, adding.port, entry.item.kind), onKeyDown };
  }, [adding, step, onKeyDown]);
}
