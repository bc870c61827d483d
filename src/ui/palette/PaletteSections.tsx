/**
 * The sections of a palette: the kinds' own sections (Actions only: Logic,
 * Data), Installed and Not installed. Not installed is a <details> that starts closed, so some fifty
 * apps stay usable; while a search is active it starts open, and each mode
 * remembers whether the user opened or closed it. Its groups are only
 * rendered while it is open.
 */
import { memo, useId, useState } from 'react';
import type { KindPaletteSection } from '../kinds';
import type { AppGroup, PaletteEntry, PaletteKind } from './grouping';
import { useT } from '../i18n';
import { AppGroupView } from './AppGroupView';
import { PaletteEntryButton } from './PaletteEntryButton';

/** A section the step kinds fill (Logic, Data): a group named by its heading, never a connector in it. */
export const KindSection = memo(function KindSection({ section, entries }: { section: KindPaletteSection; entries: readonly PaletteEntry[] }) {
  const headingId = useId();
  const t = useT();
  return (
    <div className={`palette-section palette-section--${section}`} role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="palette-section__title">
        {t(`palette.${section}`)}
      </h3>
      <ul className="palette-list">
        {entries.map((entry) => (
          <PaletteEntryButton key={entry.key} entry={entry} />
        ))}
      </ul>
    </div>
  );
});

interface SectionProps {
  groups: readonly AppGroup[];
  /** Triggers or actions, for the empty-state sentences. */
  kind: PaletteKind;
  searching: boolean;
}

export const InstalledSection = memo(function InstalledSection({ groups, kind, searching }: SectionProps) {
  const t = useT();
  return (
    <div className="palette-section">
      <h3 className="palette-section__title">{t('palette.installed')}</h3>
      {groups.length === 0 && (
        <p className="muted small">
          {t(
            kind === 'trigger'
              ? searching
                ? 'palette.installed.noMatchingTriggers'
                : 'palette.installed.noTriggers'
              : searching
                ? 'palette.installed.noMatchingActions'
                : 'palette.installed.noActions',
          )}
        </p>
      )}
      {groups.map((group) => (
        <AppGroupView key={group.app.id} group={group} />
      ))}
    </div>
  );
});

export const NotInstalledSection = memo(function NotInstalledSection({ groups, kind, searching }: SectionProps) {
  const t = useT();
  const triggers = kind === 'trigger';
  const [openIdle, setOpenIdle] = useState(false);
  const [openSearching, setOpenSearching] = useState(true);
  const open = searching ? openSearching : openIdle;
  const setOpen = searching ? setOpenSearching : setOpenIdle;
  const headingId = useId();
  const count = groups.length;
  return (
    <div className="palette-section">
      <details
        className="palette-details"
        aria-labelledby={headingId}
        open={open}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary className="palette-details__summary">
          <h3 id={headingId} className="palette-section__title">
            {t('palette.notInstalled')}
          </h3>{' '}
          <span className="muted small">({t('palette.appCount', { count })})</span>
        </summary>
        {open && (
          <>
            {count === 0 ? (
              <p className="muted small">
                {t(
                  triggers
                    ? searching
                      ? 'palette.notInstalled.noMatchingTriggers'
                      : 'palette.notInstalled.allTriggersInstalled'
                    : searching
                      ? 'palette.notInstalled.noMatchingActions'
                      : 'palette.notInstalled.allActionsInstalled',
                )}
              </p>
            ) : (
              <p className="muted small">
                {t(triggers ? 'palette.notInstalled.installForTriggers' : 'palette.notInstalled.installForActions')}
              </p>
            )}
            {groups.map((group) => (
              <AppGroupView key={group.app.id} group={group} />
            ))}
          </>
        )}
      </details>
    </div>
  );
});
