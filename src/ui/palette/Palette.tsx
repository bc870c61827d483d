/**
 * The shell shared by the trigger and action palettes: a complementary
 * landmark named "Triggers" or "Actions", a search box, an optional hint,
 * then the sections. The organization is read live, so installing an app on
 * the Organization page (even in another tab) moves it to Installed here.
 * The body scrolls on its own; the parent decides the palette's height.
 */
import { memo, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useCatalog } from '../../state/customApps';
import { useOrganization } from '../../state/org';
import { useT } from '../i18n';
import { KIND_PALETTE_SECTIONS } from '../kinds';
import { type PaletteEntry, type PaletteKind, countEntries, filterSectionEntries, groupPaletteItems } from './grouping';
import { InstalledSection, KindSection, NotInstalledSection } from './PaletteSections';
import { AddingAfterNote } from './AddingAfterNote';
import { useAddingAfter } from './useAddingAfter';
import './palette.css';

export interface PaletteProps {
  kind: PaletteKind;
  /** The landmark's name and visible title (translated). */
  label: string;
  /** One line shown under the search box. */
  hint?: string;
  /** Show the kinds' sections (Logic: Condition, Wait...; Data: Get order data...) above the apps. */
  withSections?: boolean;
}

/** The groups with only the entries that fit (keyboard "add step after"); groups left empty are dropped. */
function fitting(groups: ReturnType<typeof groupPaletteItems>, fits: ((e: PaletteEntry) => boolean) | undefined) {
  if (!fits) return groups;
  const keep = (list: typeof groups.installed) => list.map((g) => ({ ...g, entries: g.entries.filter(fits) })).filter((g) => g.entries.length > 0);
  return { installed: keep(groups.installed), notInstalled: keep(groups.notInstalled) };
}

const NO_SECTIONS: readonly { section: (typeof KIND_PALETTE_SECTIONS)[number]; entries: PaletteEntry[] }[] = [];

export const Palette = memo(function Palette({ kind, label, hint, withSections = false }: PaletteProps) {
  const org = useOrganization();
  const catalog = useCatalog(); // re-renders when a custom app is imported or removed (in any tab)
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const searchId = useId();
  const t = useT();
  const searching = deferredQuery.trim() !== '';
  const searchRef = useRef<HTMLInputElement>(null);
  const paletteRef = useRef<HTMLElement>(null);
  const adding = useAddingAfter(kind === 'action', searchRef, paletteRef);
  const fits = adding?.fits;

  const groups = useMemo(
    () => (org ? fitting(groupPaletteItems(catalog, org, kind, deferredQuery), fits) : undefined),
    [org, catalog, kind, deferredQuery, fits],
  );
  const sections = useMemo(
    () =>
      withSections
        ? KIND_PALETTE_SECTIONS.map((section) => ({ section, entries: filterSectionEntries(section, deferredQuery).filter((e) => !fits || fits(e)) })).filter(
            (s) => s.entries.length > 0,
          )
        : NO_SECTIONS,
    [withSections, deferredQuery, fits],
  );
  const ownEntries = sections.reduce((n, s) => n + s.entries.length, 0);
  const found = groups ? ownEntries + countEntries(groups.installed) + countEntries(groups.notInstalled) : 0;

  return (
    <aside ref={paletteRef} aria-label={label} className="palette" onKeyDown={adding?.onKeyDown}>
      <div className="palette__head">
        <h2 className="palette__title">{label}</h2>
        <label htmlFor={searchId} className="visually-hidden">
          {t(kind === 'trigger' ? 'palette.search.triggers' : 'palette.search.actions')}
        </label>
        <input
          ref={searchRef}
          id={searchId}
          type="search"
          className="palette__search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('palette.search.placeholder')}
          autoComplete="off"
          spellCheck={false}
        />
        {hint && <p className="palette__hint">{hint}</p>}
        {adding && <AddingAfterNote step={adding.step} port={adding.port} />}
        <p className="visually-hidden" role="status">
          {groups && searching ? t(kind === 'trigger' ? 'palette.found.triggers' : 'palette.found.actions', { count: found }) : ''}
        </p>
      </div>
      <div className="palette__body">
        {sections.map(({ section, entries }) => (
          <KindSection key={section} section={section} entries={entries} />
        ))}
        {groups ? (
          <>
            <InstalledSection groups={groups.installed} kind={kind} searching={searching} />
            <NotInstalledSection groups={groups.notInstalled} kind={kind} searching={searching} />
          </>
        ) : (
          <p className="muted">{t('palette.loading')}</p>
        )}
      </div>
    </aside>
  );
});
