/**
 * "Import pasted JSON": a modal <dialog> with a textarea. A successful import
 * closes it (the page then says what arrived); a refused one keeps the text
 * and lists the problems here, so the user can fix them in place.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { ImportOutcome, ImportProblem } from '../../state/transfer';
import { useT } from '../i18n';
import { ImportProblems } from './ImportProblems';

interface Props {
  busy: boolean;
  /** Imports the text; the dialog closes itself on success. */
  onImport: (text: string) => Promise<ImportOutcome | undefined>;
  onClose: () => void;
  /** Gets focus back when the dialog goes away (the button that opened it). */
  returnFocusTo: RefObject<HTMLElement | null>;
}

export function PasteDialog({ busy, onImport, onClose, returnFocusTo }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<ImportProblem[]>();
  const t = useT();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    const opener = returnFocusTo.current;
    return () => {
      // Closed while still in the page, so the page is no longer inert when focus moves back.
      dialog?.close();
      opener?.focus();
    };
  }, [returnFocusTo]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || text.trim() === '') return;
    const outcome = await onImport(text);
    if (!outcome) return;
    if (outcome.ok) onClose();
    else setProblems(outcome.problems);
  };

  return (
    <dialog
      ref={ref}
      className="dialog paste-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{t('importStatus.pasteTitle')}</h2>
      <form onSubmit={(e) => void submit(e)}>
        <label className="form-field">
          <span>{t('importStatus.pasteLabel')}</span>
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={12}
            spellCheck={false}
            autoFocus
            aria-invalid={problems ? true : undefined}
            placeholder='{ "format": "flowbench", "version": 1, "workflows": [ ... ] }'
          />
        </label>
        {problems && <ImportProblems problems={problems} />}
        <div className="row dialog__actions">
          <button type="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="primary" aria-disabled={busy || text.trim() === ''}>
            {busy ? t('importStatus.importing') : t('importStatus.importButton')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
