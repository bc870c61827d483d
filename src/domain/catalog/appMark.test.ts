import { describe, expect, it } from 'vitest';
import { MARK_PALETTE, appMarkOf, markColourIndex, monogramOf } from './appMark';
import { builtInCatalog } from './builtIn';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the WCAG contrast helper of this test', () => {
  it('gives the known ratios of black, white and a mid grey', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('mark colours', () => {
  it.each(MARK_PALETTE.map((colour, i) => [i, colour] as const))(
    'colour %i has text/background contrast of at least 4.5:1 in the light and the dark theme',
    (_i, colour) => {
      expect(contrast(colour.light.text, colour.light.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colour.dark.text, colour.dark.background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('are all #rrggbb and all different, so that each app id picks a distinct colour', () => {
    const backgrounds = MARK_PALETTE.flatMap((c) => [c.light.background, c.dark.background]);
    for (const value of backgrounds) expect(value).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(MARK_PALETTE.map((c) => c.light.background)).size).toBe(MARK_PALETTE.length);
    expect(new Set(MARK_PALETTE.map((c) => c.dark.background)).size).toBe(MARK_PALETTE.length);
  });

  it('follow the app id, not its name, so a renamed or translated app keeps its colour', () => {
    const before = appMarkOf({ id: 'my-app', name: { en: 'My App', pl: 'Moja aplikacja' } });
    const after = appMarkOf({ id: 'my-app', name: { en: 'Renamed', pl: 'Inna' } });
    expect(after.colourIndex).toBe(before.colourIndex);
    expect(after.colour).toBe(MARK_PALETTE[before.colourIndex]);
  });

  it('spread over the palette: the built-in apps use most of its colours', () => {
    const used = new Set(builtInCatalog.apps.map((app) => markColourIndex(app.id)));
    expect(used.size).toBeGreaterThanOrEqual(MARK_PALETTE.length - 1);
  });
});

describe('monograms', () => {
  it.each([
    ['Edit Order by Cleverific', 'EO'],
    ['Back in Stock', 'BS'],
    ['Klaviyo – Email Marketing', 'Kl'],
    ['Tobi: SMS Marketing Automation', 'To'],
    ['PushOwl Web Push Notifications', 'PO'],
    ['SMSBump Marketing & Automation', 'SB'],
    ['Stamped.io Loyalty & Rewards', 'SL'],
    ['Stamped.io Reviews & UGC', 'SR'],
    ['Pre-Order Manager', 'PM'],
    ['Slack', 'Sl'],
    ['dotdigital Email Marketing', 'DE'],
    ['Żabka Sklep', 'ŻS'],
  ])('of "%s" is %s', (name, monogram) => {
    expect(monogramOf(name)).toBe(monogram);
  });

  it('is a question mark for a name without letters or digits', () => {
    expect(monogramOf('– & –')).toBe('?');
  });

  it('has one or two characters for every built-in app', () => {
    for (const app of builtInCatalog.apps) expect(Array.from(appMarkOf(app).monogram).length).toBeGreaterThanOrEqual(1);
    for (const app of builtInCatalog.apps) expect(Array.from(appMarkOf(app).monogram).length).toBeLessThanOrEqual(2);
  });
});

describe('the built-in catalog', () => {
  it('has no two apps with the same monogram and colour', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const app of builtInCatalog.apps) {
      const mark = appMarkOf(app);
      const key = `${mark.monogram} on colour ${mark.colourIndex}`;
      const other = owners.get(key);
      if (other) clashes.push(`${other} and ${app.id}: ${key}`);
      owners.set(key, app.id);
    }
    expect(builtInCatalog.apps.length).toBe(54);
    expect(clashes).toEqual([]);
  });
});
