/**
 * The keyboard's port picker (React Flow has no keyboard connections): on the
 * focused step, choose one of its outputs, then the step to link it to. The
 * steps the connection rules refuse are listed apart with the rules' own
 * reason, so the user learns why (the trigger takes no links, a link would
 * loop back...). Escape or Cancel closes it; focus returns to the step.
 */
import { type SyntheticEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Port, Step } from '../../domain/workflow/document';
import { kindOf } from '../../domain/workflow/kinds/registry';
import { linkTargets } from '../../domain/workflow/navigation';
import { useEditorSession } from '../../state/editor/context';
import { useModalDialog } from '../common/useModalDialog';
import { linkFromPicker } from '../../state/editor/keyboardEditing';
import { useLanguage, useT } from '../i18n';
import { refusalText } from '../i18n/domainText';
import { PORT_LABELS } from '../kinds';
import { stepName } from './CanvasAnnouncer';

export function PortPickerDialog() {
  const session = useEditorSession();
  const dialog = useStore(session.ui, (s) => (s.keyboardDialog?.kind === 'connect' ? s.keyboardDialog : undefined));
  const ref = useModalDialog(!!dialog);

  // The picker it shows (a new object each time the picker is opened).
  const shown = useRef(dialog);
  useEffect(() => {
    if (dialog) shown.current = dialog;
  }, [dialog]);

  const close = () => {
    const open = session.ui.getState().keyboardDialog;
    const stepId = open?.kind === 'connect' ? open.stepId : undefined;
    if (!stepId) return;
    session.ui.getState().openKeyboardDialog(undefined);
    session.ui.getState().requestFocus(stepId);
  };
  // Escape closes it through the editor's state, at once: the browser would close the element itself and
  // say so only later (the close event is queued), and a picker opened again in between ("l" pressed as
  // soon as focus is back on the step) was then closed by that late event, or never shown.
  const onCancel = (e: SyntheticEvent<HTMLDialogElement>) => {
    e.preventDefault();
    close();
  };
  // A close the editor did not ask for (the browser may close a dialog without a cancel event): clears the
  // picker that was closed, never one opened since.
  const onClose = () => {
    const open = session.ui.getState().keyboardDialog;
    if (open && open === shown.current && !ref.current?.open) close();
  };

  return (
    <dialog ref={ref} className="dialog port-picker" aria-labelledby="port-picker-title" onCancel={onCancel} onClose={onClose}>
      {dialog && <PickerBody key={dialog.stepId} stepId={dialog.stepId} onDone={close} />}
    </dialog>
  );
}

function PickerBody({ stepId, onDone }: { stepId: string; onDone: () => void }) {
  const session = useEditorSession();
  const doc = useStore(session.document, (s) => s.doc);
  const t = useT();
  const language = useLanguage();
  const from = doc?.steps.find((s) => s.id === stepId);
  const ports = from ? kindOf(from.kind).ports : [];
  const [port, setPort] = useState<Port | undefined>(() => ports.find((p) => !doc?.links.some((l) => l.from === stepId && l.port === p)) ?? ports[0]);
  const targets = useMemo(() => (doc && port ? linkTargets(doc, stepId, port) : []), [doc, port, stepId]);
  if (!doc || !from || !port) return null;

  const portText = (p: Port) => {
    const key = PORT_LABELS[p];
    return key ? t(key) : p;
  };
  const nowTo = (p: Port): Step | undefined => {
    const link = doc.links.find((l) => l.from === stepId && l.port === p);
    return link && doc.steps.find((s) => s.id === link.to);
  };
  const accepted = targets.filter((x) => !x.refusal);
  const refused = targets.filter((x) => x.refusal);

  return (
    <>
      <h2 id="port-picker-title">{t('editor.keys.picker.title', { step: stepName(language, from) })}</h2>
      {ports.length > 1 && (
        <fieldset className="port-picker__ports">
          <legend>{t('editor.keys.picker.port')}</legend>
          {ports.map((p) => {
            const linked = nowTo(p);
            return (
              <label key={p}>
                <input type="radio" name="port-picker-port" checked={p === port} onChange={() => setPort(p)} />{' '}
                {linked ? t('editor.keys.picker.portNow', { port: portText(p), step: stepName(language, linked) }) : portText(p)}
              </label>
            );
          })}
        </fieldset>
      )}
      <h3 className="port-picker__heading">{t('editor.keys.picker.targets')}</h3>
      {accepted.length === 0 ? (
        <p className="muted">{t('editor.keys.picker.none')}</p>
      ) : (
        <ul className="port-picker__list" aria-label={t('editor.keys.picker.targets')}>
          {accepted.map(({ step }, i) => (
            <li key={step.id}>
              <button type="button" data-autofocus={i === 0 ? true : undefined} onClick={() => linkFromPicker(session, stepId, port, step.id) && onDone()}>
                {stepName(language, step)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {refused.length > 0 && (
        <>
          <h3 className="port-picker__heading">{t('editor.keys.picker.refused')}</h3>
          <ul className="port-picker__refused" aria-label={t('editor.keys.picker.refused')}>
            {refused.map(({ step, refusal }) => (
              <li key={step.id}>
                <strong>{stepName(language, step)}</strong>: {refusalText(language, refusal!)}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="row dialog__actions">
        <button type="button" onClick={onDone}>
          {t('editor.keys.picker.cancel')}
        </button>
      </div>
    </>
  );
}
