/**
 * The sections of a palette: Logic (Actions only), Installed and Not
 * installed. Not installed is a <details> that starts closed, so some fifty
 * apps stay usable; while a search is active it starts open, and each mode
 * remembers whether the user opened or closed it. Its groups are only
 * rendered while it is open.
 */
import { memo, useId, useState } from 'react';
import type { AppGroup, PaletteEntry } from './grouping';
import { AppGroupView } from './AppGroupView';
import { PaletteEntryButton } from './PaletteEntryButton';

export const LogicSection = memo(function LogicSection({ entries }: { entries: readonly PaletteEntry[] }) {
  const headingId = useId();
  return (
    <div className="palette-section" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="palette-section__title">
        Logic
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
  /** "triggers" or "actions", for the empty-state sentence. */
  noun: string;
  searching: boolean;
}

export const InstalledSection = memo(function InstalledSection({ groups, noun, searching }: SectionProps) {
  return (
    <div className="palette-section">
      <h3 className="palette-section__title">Installed</h3>
      {groups.length === 0 && (
        <p className="muted small">{searching ? `No installed app has matching ${noun}.` : `No installed app has ${noun}.`}</p>
      )}
      {groups.map((group) => (
        <AppGroupView key={group.app.id} group={group} />
      ))}
    </div>
  );
});

export const NotInstalledSection = memo(function NotInstalledSection({ groups, noun, searching }: SectionProps) {
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
            Not installed
          </h3>{' '}
          <span className="muted small">
            ({count} {count === 1 ? 'app' : 'apps'})
          </span>
        </summary>
        {open && (
          <>
            {count === 0 ? (
              <p className="muted small">
                {searching ? `No app that is not installed has matching ${noun}.` : `Every app with ${noun} is installed.`}
              </p>
            ) : (
              <p className="muted small">Install an app in at least one store to use its {noun}.</p>
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
