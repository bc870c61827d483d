/**
 * One palette item: a button named exactly by the item's English name. A
 * usable item is added by click or Enter and can be dragged onto the canvas;
 * an unusable one stays focusable (aria-disabled, not `disabled`) so it can
 * explain itself, is not draggable, and a click only shows why.
 *
 * Badges (early access, "Only with: …") sit beside the button and are tied to
 * it by aria-describedby, so the accessible name stays exactly `name.en`.
 */
import { type DragEvent, memo, useId } from 'react';
import { PALETTE_ITEM_MIME, addPaletteItem } from '../../state/editor/commands';
import { useEditorSession } from '../../state/editor/context';
import type { PaletteEntry } from './grouping';
import { useLocalized, useT } from '../i18n';

export interface PaletteEntryButtonProps {
  entry: PaletteEntry;
  /** Set when the item cannot be used: why, in words shown to the user. */
  blockedReason?: string;
  /** Id of the element showing blockedReason (one per app group). */
  reasonId?: string;
}

export const PaletteEntryButton = memo(function PaletteEntryButton({ entry, blockedReason, reasonId }: PaletteEntryButtonProps) {
  const session = useEditorSession();
  const id = useId();
  const t = useT();
  const localized = useLocalized();
  const name = localized(entry.name);
  const otherName = name === entry.name.en ? entry.name.pl : entry.name.en;
  const earlyId = `${id}-early`;
  const onlyId = `${id}-only`;
  const describedBy = [
    blockedReason ? reasonId : undefined,
    entry.earlyAccess ? earlyId : undefined,
    entry.onlyWithTrigger ? onlyId : undefined,
  ].filter(Boolean);

  const onClick = () => {
    if (blockedReason) session.ui.getState().showMessage(blockedReason, 'error');
    else addPaletteItem(session, entry.item);
  };
  const onDragStart = (e: DragEvent<HTMLButtonElement>) => {
    if (blockedReason) {
      e.preventDefault();
      return;
    }
    e.dataTransfer.setData(PALETTE_ITEM_MIME, JSON.stringify(entry.item));
    e.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <li className="palette-entry">
      <button
        type="button"
        className="palette-entry__button"
        title={`${otherName} — ${localized(entry.description)}`}
        aria-disabled={blockedReason ? 'true' : undefined}
        aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
        draggable={!blockedReason}
        onClick={onClick}
        onDragStart={onDragStart}
      >
        {name}
      </button>
      {entry.earlyAccess && (
        <span id={earlyId} className="badge palette-entry__early">
          {t('palette.earlyAccess')}
        </span>
      )}
      {entry.onlyWithTrigger && (
        <span id={onlyId} className="palette-entry__hint" title={localized(entry.onlyWithTrigger)}>
          {t('palette.onlyWith', { trigger: localized(entry.onlyWithTrigger) })}
        </span>
      )}
    </li>
  );
});
