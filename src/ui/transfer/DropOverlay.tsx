/** Covers the window while a file is dragged over the Workflows page. Purely visual: it never takes the pointer. */
import { useT } from '../i18n';

export function DropOverlay({ visible }: { visible: boolean }) {
  const t = useT();
  if (!visible) return null;
  return (
    <div className="drop-overlay">
      <p className="drop-overlay__text">{t('transfer.drop')}</p>
    </div>
  );
}
