/**
 * Shown when a save meets a newer revision saved by another tab: nothing was
 * overwritten, and the user picks what happens to the two versions.
 */
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { keepMineAsCopy, overwrite, takeTheirs, useSaveStatus } from '../../state/editor/session';

export function ConflictDialog() {
  const conflict = useSaveStatus((s) => s.conflict);
  const ref = useRef<HTMLDialogElement>(null);
  const [copyId, setCopyId] = useState<string>();

  useEffect(() => {
    const dialog = ref.current;
    if (conflict && dialog && !dialog.open) dialog.showModal();
    if (!conflict && dialog?.open) dialog.close();
  }, [conflict]);

  return (
    <>
      <dialog ref={ref} className="dialog" aria-labelledby="conflict-title" onCancel={(e) => e.preventDefault()}>
        {conflict && (
          <>
            <h2 id="conflict-title">This workflow was changed in another tab</h2>
            <p>
              {conflict.theirs
                ? 'Another tab saved a newer version while you were editing here. Your edits are not lost: choose what to keep.'
                : 'Another tab deleted this workflow while you were editing here. Your edits are not lost.'}
            </p>
            <div className="row dialog__actions">
              <button type="button" onClick={() => void keepMineAsCopy().then(setCopyId)}>
                Keep mine as a copy
              </button>
              {conflict.theirs && (
                <button type="button" onClick={takeTheirs}>
                  Take theirs
                </button>
              )}
              <button type="button" className="primary" onClick={() => void overwrite()}>
                {conflict.theirs ? 'Overwrite with mine' : 'Save mine again'}
              </button>
            </div>
          </>
        )}
      </dialog>
      {copyId && !conflict && (
        <p role="status" className="editor__notice">
          Your version was saved as a copy. <Link href={`/editor/${copyId}`}>Open the copy</Link>
        </p>
      )}
    </>
  );
}
