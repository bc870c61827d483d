/**
 * The seed is the specification of the catalog: this test parses the seed's
 * app list (a copy is kept in test/fixtures/seed) and proves that the catalog
 * holds every app, trigger and action of it, nothing invented and nothing left
 * out. The seed's flaws are resolved in the JUDGEMENT_CALLS table below, each
 * mirrored by a note in the manifest concerned.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from './builtIn';

type Section = 'triggers' | 'actions';
interface SeedItem {
  block: string; // the heading the item stands under (a block without heading gets "<after X>")
  section: Section;
  name: string;
}

const seedText = readFileSync(new URL('../../../test/fixtures/seed/connectors-pl.txt', import.meta.url), 'utf8');

/** Parses the catalog part of the seed: headings, "Wyzwalacze"/"Czynności" sections and bullets. */
function parseSeed(text: string): { headings: string[]; items: SeedItem[] } {
  const lines = text.split('\n').map((l) => l.trim());
  const start = lines.indexOf('Aplikacje współpracujące z Flow');
  const end = lines.findIndex((l) => l.startsWith('Gotowy(-a) do rozpoczęcia'));
  const headings: string[] = [];
  const items: SeedItem[] = [];
  let block = '';
  let section: Section | undefined;
  const seenSections = new Set<Section>();
  for (const line of lines.slice(start + 1, end)) {
    if (line === '') continue;
    if (line === 'Wyzwalacze' || line === 'Czynności') {
      const next: Section = line === 'Wyzwalacze' ? 'triggers' : 'actions';
      // Under each heading the seed lists triggers before actions: a section repeated, or
      // triggers after actions, means the seed lost the heading of a new app.
      if (seenSections.has(next) || (next === 'triggers' && seenSections.has('actions'))) {
        block = `<after ${block}>`;
        seenSections.clear();
      }
      section = next;
      seenSections.add(next);
      continue;
    }
    if (line.startsWith('•')) {
      const name = line.slice(1).split(/\s+[-–]+\s+/)[0]!.trim();
      items.push({ block, section: section!, name });
      continue;
    }
    block = line;
    headings.push(line);
    section = undefined;
    seenSections.clear();
  }
  return { headings, items };
}

/** Where the seed is flawed, the decision taken: seed block → app id, and renamed items. */
const JUDGEMENT_CALLS = {
  /** The heading of Klevu's block is missing in the seed; its action names Klevu. */
  lostHeadings: { '<after Klaviyo – E-mail marketing>': 'klevu' } as Record<string, string>,
  /** Look-alike entries: the seed repeats a name whose description says otherwise. */
  renamedItems: [
    {
      block: 'WOTIO',
      section: 'actions' as Section,
      seedName: 'Wyślij e-mail z linkiem do aktywacji konta na podstawie ID zamówienia',
      occurrence: 2,
      id: 'send-activation-email-by-customer-id',
    },
  ],
};

const { headings, items } = parseSeed(seedText);
const connectorApps = catalog.apps.filter((app) => !app.builtIn);
const appForBlock = (block: string) =>
  JUDGEMENT_CALLS.lostHeadings[block] !== undefined
    ? catalog.byId.get(JUDGEMENT_CALLS.lostHeadings[block]!)
    : connectorApps.find((app) => app.name.pl === block);

describe('the catalog against the seed', () => {
  it('reads the seed: 52 headed app blocks, one headless block, 60 triggers, 43 actions', () => {
    // Guards the parser itself: if the seed copy or the parser changes, these numbers say so.
    expect(headings).toHaveLength(52);
    expect(items.filter((i) => i.section === 'triggers')).toHaveLength(60);
    expect(items.filter((i) => i.section === 'actions')).toHaveLength(43);
  });

  it('has an app for every heading of the seed, named with the seed wording', () => {
    const missing = headings.filter((h) => !connectorApps.some((app) => app.name.pl === h));
    expect(missing).toEqual([]);
  });

  it('invents no app: every connector app is a seed heading or a recorded judgement call', () => {
    const known = new Set([...headings, ...Object.values(JUDGEMENT_CALLS.lostHeadings)]);
    const invented = connectorApps.filter((app) => !known.has(app.name.pl) && !known.has(app.id));
    expect(invented.map((a) => a.id)).toEqual([]);
  });

  it('holds every trigger and action of the seed under the right app', () => {
    const missing: string[] = [];
    const occurrences = new Map<string, number>();
    for (const item of items) {
      const app = appForBlock(item.block);
      const key = `${item.block}|${item.section}|${item.name}`;
      const occurrence = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, occurrence);
      const renamed = JUDGEMENT_CALLS.renamedItems.find(
        (r) => r.block === item.block && r.section === item.section && r.seedName === item.name && r.occurrence === occurrence,
      );
      const list = app?.[item.section] ?? [];
      const found = renamed ? list.some((x) => x.id === renamed.id) : list.some((x) => x.name.pl === item.name);
      if (!found) missing.push(`${item.block} / ${item.section} / ${item.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('invents no trigger or action: the counts match the seed exactly', () => {
    const count = (section: Section) => connectorApps.reduce((n, app) => n + app[section].length, 0);
    expect(count('triggers')).toBe(items.filter((i) => i.section === 'triggers').length);
    expect(count('actions')).toBe(items.filter((i) => i.section === 'actions').length);
  });

  it('records each judgement call in a note of the manifest concerned', () => {
    const klevu = catalog.byId.get('klevu');
    expect(klevu?.notes.join(' ')).toMatch(/heading/i);
    const wotio = catalog.byId.get('wotio');
    const renamed = wotio?.actions.find((a) => a.id === 'send-activation-email-by-customer-id');
    expect([...(renamed?.notes ?? []), ...(wotio?.notes ?? [])].join(' ')).toMatch(/customer|klienta/i);
  });
});
