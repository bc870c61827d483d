/** A native <dialog> shown as a modal while `open` is true, and closed when it turns false. */
import { useEffect, useRef } from 'react';

/**
 * The ref to put on the <dialog>; it is shown with showModal (focus trapped, Escape closes) while `open`.
 * Focus goes to the element marked `data-autofocus` when there is one (the likely first choice; React
 * doesn't write `autofocus` into the DOM, so the dialog's own focusing would take its first control).
 */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (open && el && !el.open) {
      el.showModal();
      el.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && el?.open) el.close();
  }, [open]);
  return ref;
}
