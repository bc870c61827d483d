/**
 * What the trigger and action palettes list, as pure data: the catalog's
 * triggers or actions grouped by app, split into Installed and Not installed
 * by the organization-level connector rule, filtered by a search that reads
 * English and Polish names. No React here, so it is unit-tested on its own.
 *
 * Contract: the Logic and Data entries (Condition, Wait, For each, Get
 * order data...) come from the step kinds (ui/kinds `paletteEntries`) and
 * never include a connector: the seed says connectors cannot be used to set
 * conditions.
 */
import type { Catalog } from '../../domain/catalog/catalog';
import type { AppManifest, LocalizedText } from '../../domain/catalog/manifest';
import type { Organization } from '../../domain/org/organization';
import { type ReasonDetail } from '../../domain/org/rules';
import { canUseInWorkflow } from '../../domain/org/changeRules';
import type { PaletteItem } from '../../state/editor/commands';
import { KIND_PALETTE, type KindPaletteSection } from '../kinds';

export type PaletteKind = 'trigger' | 'action';

/** One button of a palette. */
export interface PaletteEntry {
  /** Unique within a palette: `<app>/<item>`, or `<section>/<kind>/<n>` for the kinds' own sections. */
  key: string;
  item: PaletteItem;
  name: LocalizedText;
  description: LocalizedText;
  /** The seed marks the action as available in early access only. */
  earlyAccess: boolean;
  /** Name of the only trigger this action may be used with, when the seed restricts it. */
  onlyWithTrigger?: LocalizedText;
}

/** The entries of one app, with why they cannot be used (empty when they can). */
export interface AppGroup {
  app: AppManifest;
  entries: PaletteEntry[];
  reasons: string[];
  /** The reasons as codes (same order), for the UI's translation. */
  details?: ReasonDetail[];
}

export interface PaletteGroups {
  installed: AppGroup[];
  notInstalled: AppGroup[];
}

/** The Actions palette's Logic and Data sections, from the kinds' entries (ui/kinds): never a connector. */
export const SECTION_ENTRIES: Readonly<Record<KindPaletteSection, readonly PaletteEntry[]>> = {
  logic: sectionEntries('logic'),
  data: sectionEntries('data'),
};

function sectionEntries(section: KindPaletteSection): PaletteEntry[] {
  return KIND_PALETTE.filter((offer) => offer.section === section).map(({ key, item, entry }) => ({
    key,
    item,
    name: entry.name,
    description: entry.description,
    earlyAccess: false,
  }));
}

/**
 * Lower-cases and strips diacritics, so "Recenzja", "recenzja" and
 * "recenzją" compare equal; "ł" has no decomposition and is mapped by hand.
 */
export function normalizeForSearch(text: string): string {
  return text.toLocaleLowerCase('pl').normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
}

/** The words of a query, normalized; an empty array matches everything. */
export function queryWords(query: string): string[] {
  return normalizeForSearch(query).split(/\s+/).filter(Boolean);
}

/**
 * Polish inflects nouns by their ending ("recenzja", "recenzję", "recenzje"),
 * so a word of five letters or more that ends in a vowel also matches
 * without that vowel. Loose on purpose: a palette search should find, not judge.
 */
function wordForms(word: string): string[] {
  return word.length >= 5 && /[aeiouy]$/.test(word) ? [word, word.slice(0, -1)] : [word];
}

/** True when every word occurs somewhere in the texts (in any of them, in either language). */
function matchesAll(words: readonly string[], texts: readonly LocalizedText[]): boolean {
  if (words.length === 0) return true;
  const haystack = texts.map((t) => normalizeForSearch(`${t.en} ${t.pl}`)).join(' ');
  return words.every((w) => wordForms(w).some((form) => haystack.includes(form)));
}

/** The entries of a kinds' section (Logic, Data) whose English or Polish name matches the query. */
export function filterSectionEntries(section: KindPaletteSection, query: string): PaletteEntry[] {
  const words = queryWords(query);
  return SECTION_ENTRIES[section].filter((entry) => matchesAll(words, [entry.name]));
}

/**
 * Entries are built once per app and kind (catalog apps are frozen), so the
 * same entry object comes back on every search and organization change and
 * memoised buttons do not re-render.
 */
const entryCache = new WeakMap<AppManifest, Partial<Record<PaletteKind, readonly PaletteEntry[]>>>();

function entriesOf(catalog: Catalog, app: AppManifest, kind: PaletteKind): readonly PaletteEntry[] {
  const cached = entryCache.get(app) ?? {};
  entryCache.set(app, cached);
  return (cached[kind] ??= buildEntries(catalog, app, kind));
}

function buildEntries(catalog: Catalog, app: AppManifest, kind: PaletteKind): PaletteEntry[] {
  if (kind === 'trigger') {
    return app.triggers.map((t) => ({
      key: `${app.id}/${t.id}`,
      item: { kind: 'trigger', app: app.id, trigger: t.id },
      name: t.name,
      description: t.description,
      earlyAccess: false,
    }));
  }
  return app.actions.map((a) => {
    const only = a.onlyWithTrigger;
    const entry: PaletteEntry = {
      key: `${app.id}/${a.id}`,
      item: { kind: 'action', app: app.id, action: a.id },
      name: a.name,
      description: a.description,
      earlyAccess: a.earlyAccess,
    };
    if (only) {
      const trigger = catalog.byId.get(only.app)?.triggers.find((t) => t.id === only.trigger);
      // The catalog checks these references when it is built; the id is a last resort.
      entry.onlyWithTrigger = trigger?.name ?? { en: only.trigger, pl: only.trigger };
    }
    return entry;
  });
}

/** Shopify (built in) first, then by English name, as the catalog itself sorts. */
function compareApps(a: AppManifest, b: AppManifest): number {
  if (a.builtIn !== b.builtIn) return a.builtIn ? -1 : 1;
  return a.name.en.localeCompare(b.name.en, 'en');
}

/**
 * Groups the catalog's triggers or actions by app for a palette.
 *
 * An app's entries all show when the query matches the app's name; otherwise
 * only the entries whose own name matches (each query word must occur in the
 * app's or the entry's name, English or Polish, ignoring case and
 * diacritics, with a loose Polish word ending). Apps with nothing to show
 * are left out. An app is Installed when `canUseInWorkflow` allows it
 * (installed in at least one store); the built-in Shopify app always is,
 * even in an organization without stores, because it is part of every store
 * and is not a connector. Not installed groups carry the reasons.
 */
export function groupPaletteItems(
  catalog: Catalog,
  org: Organization,
  kind: PaletteKind,
  query: string,
): PaletteGroups {
  const words = queryWords(query);
  const groups: PaletteGroups = { installed: [], notInstalled: [] };
  for (const app of [...catalog.apps].sort(compareApps)) {
    const entries = entriesOf(catalog, app, kind).filter((e) => matchesAll(words, [app.name, e.name]));
    if (entries.length === 0) continue;
    const verdict = app.builtIn ? ({ ok: true } as const) : canUseInWorkflow(org, app);
    if (verdict.ok) groups.installed.push({ app, entries, reasons: [] });
    else groups.notInstalled.push({ app, entries, reasons: verdict.reasons, details: verdict.details });
  }
  return groups;
}

/** Number of entries in a list of groups. */
export function countEntries(groups: readonly AppGroup[]): number {
  return groups.reduce((n, g) => n + g.entries.length, 0);
}
