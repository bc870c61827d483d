/**
 * The "Deleted “name”." toast with Undo. The live region is always in the
 * page so screen readers announce the message when it appears; the toast
 * closes by itself after a while (the deletion then stays).
 */
import { useEffect, useRef } from 'react';
import { useT } from '../i18n';

/** How long Undo stays offered. */
export const UNDO_MS = 10_000;

interface Props {
  /** The deleted workflow's name; undefined when no toast is shown. */
  name: string | undefined;
  /** Changes with every deletion, so a second deletion restarts the timer. */
  deletionKey: number;
  onUndo: () => void;
  onDismiss: () => void;
}

export function UndoToast({ name, deletionKey, onUndo, onDismiss }: Props) {
  const undoRef = useRef<HTMLButtonElement>(null);
  const visible = name !== undefined;
  const t = useT();

  useEffect(() => {
    if (!visible) return;
    // The deleted row's button had focus and is gone: offer Undo to the keyboard right away.
    undoRef.current?.focus();
    const timer = setTimeout(onDismiss, UNDO_MS);
    return () => clearTimeout(timer);
  }, [visible, deletionKey, onDismiss]);

  return (
    <div role="status" className={visible ? 'toast' : 'toast toast--empty'}>
      {visible && (
        <>
          <span>{t('workflows.deleted', { name })}</span>
          <button ref={undoRef} type="button" className="toast__undo" onClick={onUndo}>
            {t('workflows.undo')}
          </button>
          <button type="button" className="toast__close" aria-label={t('app.dismiss')} onClick={onDismiss}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
