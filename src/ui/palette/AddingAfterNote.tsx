/** The palette's line during a keyboard "add step after": after which step, on which output, and that Escape cancels. */
import type { Port, Step } from '../../domain/workflow/document';
import { stepName } from '../canvas/CanvasAnnouncer';
import { useLanguage, useT } from '../i18n';
import { PORT_LABELS } from '../kinds';

export function AddingAfterNote({ step, port }: { step: Step; port: Port }) {
  const t = useT();
  const language = useLanguage();
  const portKey = PORT_LABELS[port];
  return (
    <p className="palette__adding" role="status">
      {t('editor.keys.adding', { step: stepName(language, step), port: portKey ? t(portKey) : port })}
    </p>
  );
}
