/**
 * Shown when a save meets a newer revision saved by another tab: nothing was
 * overwritten, and the user picks what happens to the two versions.
 */
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useEditorSession } from '../../state/editor/context';
import { useStore } from 'zustand';
import { useT } from '../i18n';

export function ConflictDialog() {
  const session = useEditorSession();
  const conflict = useStore(session.save, (s) => s.conflict);
  const ref = useRef<HTMLDialogElement>(null);
  const [copyId, setCopyId] = useState<string>();
  const t = useT();

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
            <h2 id="conflict-title">{t('editor.conflict.title')}</h2>
            <p>{conflict.theirs ? t('editor.conflict.theirs') : t('editor.conflict.deleted')}</p>
            <div className="row dialog__actions">
              <button type="button" onClick={() => void session.keepMineAsCopy().then(setCopyId)}>
                {t('editor.conflict.keepMine')}
              </button>
              {conflict.theirs && (
                <button type="button" onClick={() => session.takeTheirs()}>
                  {t('editor.conflict.takeTheirs')}
                </button>
              )}
              <button type="button" className="primary" onClick={() => void session.overwrite()}>
                {conflict.theirs ? t('editor.conflict.overwrite') : t('editor.conflict.saveAgain')}
              </button>
            </div>
          </>
        )}
      </dialog>
      {copyId && !conflict && (
        <p role="status" className="editor__notice">
          {t('editor.conflict.copied')} <Link href={`/editor/${copyId}`}>{t('editor.conflict.openCopy')}</Link>
        </p>
      )}
    </>
  );
}
