/**
 * App identity: the mark drawn next to an app's name on the palette, the
 * canvas, the Organization page and the runs. No external logos: a monogram
 * (one or two letters of the app's name) on a colour chosen by a hash of the
 * app's id, so an app keeps its colour when renamed or translated and two
 * apps with the same initials usually differ by colour. Each colour of the
 * palette is a pair per theme (dark text on a light background in the dark
 * theme, white text on a deep background in the light one), every pair at
 * WCAG contrast ≥ 4.5:1 (appMark.test.ts computes it).
 */
import type { AppManifest } from './manifest';

/** One colour of the palette: background and text in each theme. */
export interface MarkColour {
  readonly light: { readonly background: string; readonly text: string };
  readonly dark: { readonly background: string; readonly text: string };
}

const LIGHT_TEXT = '#ffffff';
const DARK_TEXT = '#111418';
const pair = (light: string, dark: string): MarkColour => ({
  light: { background: light, text: LIGHT_TEXT },
  dark: { background: dark, text: DARK_TEXT },
});

/** The mark colours: twelve hues, each deep in the light theme and pale in the dark one. */
export const MARK_PALETTE: readonly MarkColour[] = Object.freeze([
  pair('#b42318', '#fca5a5'), // red
  pair('#9a3412', '#fdba74'), // orange
  pair('#7a5300', '#fcd34d'), // amber
  pair('#3f6212', '#bef264'), // lime
  pair('#1a7f37', '#86efac'), // green
  pair('#0f766e', '#5eead4'), // teal
  pair('#0e7490', '#67e8f9'), // cyan
  pair('#1d4ed8', '#93c5fd'), // blue
  pair('#4338ca', '#a5b4fc'), // indigo
  pair('#6d28d9', '#c4b5fd'), // violet
  pair('#a21caf', '#f0abfc'), // fuchsia
  pair('#be185d', '#f9a8d4'), // pink
]);

/** The mark of an app: its letters and its palette colour. */
export interface AppMark {
  readonly monogram: string;
  /** Index into MARK_PALETTE. */
  readonly colourIndex: number;
  readonly colour: MarkColour;
}

/** Linking words that say nothing about the app ("Back in Stock" is BS, not BI). */
const LINKING_WORDS = new Set(['a', 'an', 'and', 'by', 'for', 'in', 'of', 'on', 'the', 'to', 'with']);

/**
 * The brand part of a name: what comes before a dash or colon that starts a
 * tagline ("Klaviyo – Email Marketing" → "Klaviyo", "Tobi: SMS Marketing" → "Tobi").
 */
function brandOf(name: string): string {
  const brand = name.split(/\s[–—-]\s|:\s/u)[0] ?? name;
  return brand.trim() || name.trim();
}

/** Words of a brand, camel case split too ("FirePush" → Fire, Push; "SMSBump" → SMS, Bump). */
function wordsOf(brand: string): string[] {
  return brand
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((word) => word.length > 0 && !LINKING_WORDS.has(word.toLowerCase()))
    .flatMap((word) => {
      const head = word.split(/[^\p{L}\p{N}]/u)[0] ?? word;
      return head.split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u).filter((w) => w.length > 0);
    });
}

/**
 * The monogram of an app's name: the initials of the brand's first two words
 * in upper case ("Edit Order by Cleverific" → EO, "PushOwl" → PO), or the
 * first two letters of a one-word brand, like a chemical symbol ("Slack" → Sl,
 * "Shopify" → Sh), which tells more apps apart than one initial would.
 * "?" for a name without letters or digits.
 */
export function monogramOf(name: string): string {
  const words = wordsOf(brandOf(name));
  if (words.length === 0) return '?';
  if (words.length === 1) {
    const [first = '', second = ''] = Array.from(words[0]!);
    return first.toLocaleUpperCase('en') + second.toLocaleLowerCase('en');
  }
  return words
    .slice(0, 2)
    .map((word) => Array.from(word)[0] ?? '')
    .join('')
    .toLocaleUpperCase('en');
}

/** FNV-1a, 32 bits: a small stable hash of an id (the same in every browser and in Node). */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The palette index of an app id: stable across sessions, renames and languages. */
export function markColourIndex(appId: string): number {
  return hashOf(appId) % MARK_PALETTE.length;
}

/** The mark of an app from its id and English name (the monogram must not change with the UI language). */
export function appMarkOf(app: Pick<AppManifest, 'id' | 'name'>): AppMark {
  const colourIndex = markColourIndex(app.id);
  return { monogram: monogramOf(app.name.en), colourIndex, colour: MARK_PALETTE[colourIndex]! };
}
