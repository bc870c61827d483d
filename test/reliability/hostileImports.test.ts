/**
 * Hostile imports. Every file of test/fixtures/hostile (except the valid
 * ones in ACCEPTED, which e2e journeys import through the page) and the
 * generated monsters below (a 10 MB string, nesting a million deep, millions
 * of list items...; written at test time to keep the repository small) must
 * be refused by parseImport with a problem at a `$` path saying why,
 * quickly, without throwing; the whole import path (parse → plan → commit
 * on fake-indexeddb) must leave the database exactly as it was; and nothing
 * may reach Object.prototype.
 *
 * Then fast-check mutates test/fixtures/exports/valid.json in ways the
 * property tests of src/io do not (deleting keys, duplicating list items,
 * inserting keys anywhere, wrapping values in deep nesting, editing the text
 * character by character) and checks the same promises.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workflow } from '../../src/domain/workflow/document';
import { MAX_PROBLEMS, parseImport, planImport, type ImportResult } from '../../src/io/importDocument';
import { FlowbenchDb } from '../../src/storage/db';
import { commitImport, readImportTargets, type ImportBatch } from '../../src/storage/importRepo';
import { ensureOrganization } from '../../src/storage/orgRepo';

const DIR = 'test/fixtures/hostile';
const valid = readFileSync('test/fixtures/exports/valid.json', 'utf8');
const oneWorkflow = readFileSync('test/fixtures/exports/one-workflow.json', 'utf8');

/** Where each committed file must be refused, and why. */
const EXPECTED: Record<string, { path: string; message: RegExp }> = {
  'truncated.json': { path: '$', message: /^The file is not JSON: .* at line \d+, column \d+$/ },
  'empty.json': { path: '$', message: /the file is empty/ },
  'not-an-object.json': { path: '$', message: /not a Flowbench export.*got a list/ },
  'wrong-format.json': { path: '$.format', message: /the format is "zapier"/ },
  'newer-version.json': { path: '$.version', message: /version 7 .* newer Flowbench/ },
  'unknown-top-level-key.json': { path: '$', message: /unknown key "scripts"/ },
  'workflows-not-a-list.json': { path: '$.workflows', message: /^expected array, got an object$/ },
  'wrong-field-types.json': { path: '$.workflows[0].name', message: /^expected string, got number$/ },
  'bad-wait.json': { path: '$.workflows[0].steps[3].duration.amount', message: />=\s?1/ },
  'infinite-number.json': { path: '$.workflows[0].steps[2].position.x', message: /^expected number, got a number out of range$/ },
  'huge-position.json': { path: '$.workflows[0].steps[2].position.x', message: /^must be at least -10,000,000: a step sits on a canvas/ },
  'unknown-app.json': { path: '$.workflows[0].steps[0].app', message: /unknown app: there is no app "mailchimp"/ },
  'unknown-action.json': { path: '$.workflows[0].steps[2].action', message: /Slack has no action "send-fax"/ },
  'unknown-trigger.json': { path: '$.workflows[0].steps[0].trigger', message: /has no trigger "no-such-trigger"/ },
  'connector-condition-step.json': { path: '$.workflows[0].steps[1].app', message: /connectors can't be used as conditions/ },
  'connector-condition-field.json': { path: '$.workflows[0].steps[1].criteria.items[0].field', message: /connectors can't be used in conditions/ },
  'cycle.json': { path: '$.workflows[0].links[4]', message: /closes a cycle/ },
  'self-link.json': { path: '$.workflows[0].links[4]', message: /cannot link to itself/ },
  'dangling-link.json': { path: '$.workflows[0].links[1].to', message: /a step that does not exist \("ghost"\)/ },
  'link-into-trigger.json': { path: '$.workflows[0].links[4].to', message: /nothing can link into the trigger/ },
  'two-triggers.json': { path: '$.workflows[0].steps[5]', message: /exactly one trigger/ },
  'proto-root.json': { path: '$', message: /"__proto__" is not allowed/ },
  'proto-settings.json': { path: '$.organization.installations[0].settings', message: /"__proto__" is not allowed/ },
  'proto-fields.json': { path: '$.workflows[0].steps[2].fields', message: /"__proto__" is not allowed/ },
  'constructor-prototype.json': { path: '$.workflows[0].steps[2].fields.constructor', message: /^expected string, got an object$/ },
  'duplicate-workflow-ids.json': { path: '$.workflows[1].id', message: /"wf-reviews" is used twice/ },
  'duplicate-step-ids.json': { path: '$.workflows[0].steps[3].id', message: /"a1" is used twice/ },
  'duplicate-store-ids.json': { path: '$.organization.stores[1].id', message: /"store-eu" is used twice/ },
  'duplicate-installation.json': { path: '$.organization.installations[1]', message: /listed twice for the store "store-eu"/ },
  'installation-of-missing-store.json': { path: '$.organization.installations[0].storeId', message: /no store "store-missing"/ },
  'secret-in-settings.json': { path: '$.organization.installations[0].settings.botToken', message: /secrets are never imported/ },
  'secrets-set-claimed.json': { path: '$.organization.installations[0]', message: /unknown key "secretsSet"/ },
  'custom-app-script-icon.json': { path: '$.customApps[0].icon', message: /^the SVG has a <script> element$/ },
};
/**
 * Valid on purpose: xss-import.json's texts are markup (the XSS journey);
 * prototype-keys-import.json names ids and keys after Object.prototype's
 * members (prototypeKeys.test.ts and the hostile journey import it).
 */
const ACCEPTED = new Set(['xss-import.json', 'prototype-keys-import.json']);

const base = () => JSON.parse(oneWorkflow) as { workflows: Record<string, unknown>[]; [k: string]: unknown };
const header = '{"format":"flowbench","version":1,';

/** Hostile files too big to commit, built when the test runs. */
function generated(): { name: string; text: () => string; path: RegExp; message: RegExp }[] {
  return [
    {
      name: 'a 10 MB string (over the 5 MB file limit)',
      text: () => oneWorkflow.replace('"Thank happy reviewers"', JSON.stringify('x'.repeat(10_000_000))),
      path: /^\$$/,
      message: /the file is too large \(10 MB\); an import can be at most 5 MB/,
    },
    {
      name: 'a 4 MB string in a step note (under the file limit)',
      text: () => oneWorkflow.replace('"note": ""', `"note": ${JSON.stringify('<script>'.repeat(500_000))}`),
      path: /^\$\.workflows\[0\]\.steps\[0\]\.note$/,
      message: /<=\s?2000|at most 2000|Too big/,
    },
    {
      name: 'arrays nested a million deep in an action field',
      text: () => oneWorkflow.replace('"#reviews"', `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`),
      path: /^\$\.workflows\[0\]\.steps\[2\]\.fields\.channel(\[0\])+$/,
      message: /nests deeper than 100 levels/,
    },
    {
      name: 'objects nested 500,000 deep in the organization',
      text: () => `${header}"workflows":[],"organization":${'{"a":'.repeat(500_000)}1${'}'.repeat(500_000)}}`,
      path: /^\$\.organization(\.a)+$/,
      message: /nests deeper than 100 levels/,
    },
    {
      name: 'condition groups nested 60 deep (legal JSON, over the depth limit)',
      text: () => {
        const doc = base();
        let group: unknown = { kind: 'criterion', field: 'trigger.rating', operator: 'equal', value: 5 };
        for (let i = 0; i < 60; i++) group = { kind: 'group', join: 'and', items: [group] };
        (doc.workflows[0]!.steps as Record<string, unknown>[])[1]!.criteria = group;
        return JSON.stringify(doc);
      },
      path: /^\$\.workflows\[0\]\.steps\[1\]\.criteria(\.items\[0\])+/,
      message: /nests deeper than 100 levels/,
    },
    {
      name: '2.4 million zeros as workflows',
      text: () => `${header}"workflows":[${'0,'.repeat(2_399_999)}0]}`,
      path: /^\$\.workflows$/,
      message: /this list has 2,400,000 items; at most 100,000/,
    },
    {
      name: '200,000 keys in an app’s settings',
      text: () =>
        `${header}"workflows":[],"organization":{"name":"x","stores":[],"installations":[{"storeId":"s","appId":"slack","installedAt":"x","settings":{${Array.from({ length: 200_000 }, (_, i) => `"k${i}":"v"`).join(',')}}}]}}`,
      path: /^\$\.organization\.installations\[0\]\.settings$/,
      message: /200,000 keys; at most 10,000/,
    },
    {
      name: '10,000 broken installations (problems are capped)',
      text: () => `${header}"workflows":[],"organization":{"name":"x","stores":[],"installations":[${'{"appId":1},'.repeat(9_999)}{"appId":1}]}}`,
      path: /^\$\.organization\.installations\[0\]/,
      message: /./,
    },
    {
      name: 'the same workflow 3,000 times',
      text: () => {
        const doc = base();
        doc.workflows = Array.from({ length: 3000 }, () => doc.workflows[0]!);
        return JSON.stringify(doc);
      },
      path: /^\$\.workflows\[1\]\.id$/,
      message: /"wf-reviews" is used twice/,
    },
  ];
}

/** Refused, with every problem at a `$` path with a reason, and the expected one among them. */
function expectRefused(result: ImportResult, path: string | RegExp, message: RegExp) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
  for (const p of result.problems) {
    expect(p.path).toMatch(/^\$/);
    expect(p.message.trim().length).toBeGreaterThan(0);
  }
  const paths = (typeof path === 'string' ? [path] : result.problems.map((p) => p.path).filter((p) => path.test(p)));
  const hit = result.problems.find((p) => paths.includes(p.path) && message.test(p.message));
  expect(hit, `no problem at ${String(path)} matching ${String(message)} in ${JSON.stringify(result.problems.slice(0, 5)).slice(0, 600)}`).toBeDefined();
}

/** Nothing a file holds may end up on Object.prototype. */
function expectNoPollution() {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
}

// --- the whole import path on fake-indexeddb ---------------------------------------------------------

let db: FlowbenchDb;
let before: string;
let n = 0;

async function freshDb(): Promise<FlowbenchDb> {
  const fresh = new FlowbenchDb(`hostile-imports-${++n}`);
  await ensureOrganization(fresh, '2026-03-01T00:00:00.000Z');
  const seeded = await importText(fresh, oneWorkflow);
  if (!seeded.committed) throw new Error('fixture');
  return fresh;
}

/** What the app does with a file (src/state/transfer.ts): parse, plan against the stored ids, commit. */
async function importText(target: FlowbenchDb, text: string): Promise<{ parsed: ImportResult; committed: boolean; error?: unknown }> {
  const parsed = parseImport(text);
  if (!parsed.ok) return { parsed, committed: false };
  const ids = await readImportTargets(target);
  try {
    await commitImport(target, planImport(parsed.value, ids.workflowIds, ids.storeIds), '2026-03-02T00:00:00.000Z');
    return { parsed, committed: true };
  } catch (error) {
    return { parsed, committed: false, error };
  }
}

async function dump(target: FlowbenchDb): Promise<string> {
  const tables = await Promise.all(target.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(Object.fromEntries(tables));
}

beforeAll(async () => {
  db = await freshDb();
  before = await dump(db);
});

afterAll(async () => {
  await db.delete();
});

/** Through the whole path: refused with the expected problem, nothing stored, nothing polluted. */
async function expectImportRefused(text: string, path: string | RegExp, message: RegExp) {
  const outcome = await importText(db, text);
  expect(outcome.committed).toBe(false);
  expectRefused(outcome.parsed, path, message);
  expect(await dump(db)).toBe(before);
  expectNoPollution();
}

describe('the hostile corpus', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

  it('has an expectation for every file, and a file for every expectation', () => {
    expect(files.filter((f) => !ACCEPTED.has(f))).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of files.filter((f) => !ACCEPTED.has(f))) {
    it(`refuses ${file} with a path-specific reason and stores nothing`, async () => {
      const { path, message } = EXPECTED[file]!;
      await expectImportRefused(readFileSync(`${DIR}/${file}`, 'utf8'), path, message);
    });
  }

  it('accepts xss-import.json and keeps its markup as plain data, byte for byte', () => {
    const text = readFileSync(`${DIR}/xss-import.json`, 'utf8');
    const result = parseImport(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.workflows[0]!.name).toBe('Imported <img src=x onerror="window.__xss=1"><script>window.__xss=1</script>');
    expect(result.value.organization!.stores[0]!.name).toBe('Store <img src=x onerror="window.__xss=1">');
  });
});

describe('generated hostile files', () => {
  for (const { name, text, path, message } of generated()) {
    it(`refuses ${name} quickly, without throwing, and stores nothing`, { timeout: 30_000 }, async () => {
      await expectImportRefused(text(), path, message);
    });
  }

  it('lists at most MAX_PROBLEMS problems, then says how many more there are', () => {
    const result = parseImport(`${header}"workflows":[],"organization":{"name":"x","stores":[],"installations":[${'{"appId":1},'.repeat(999)}{"appId":1}]}}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(result.problems.at(-1)).toEqual({ path: '$', message: expect.stringMatching(/^and [\d,]+ more problems not listed here$/) });
  });
});

describe('commits that bypass the parser', () => {
  it('refuses batches that bypass the parser (a cast, a stale plan, ids twice) and writes nothing', async () => {
    const parsed = parseImport(valid);
    if (!parsed.ok) throw new Error('fixture');
    const good = planImport(parsed.value, [], []);
    const wf = good.workflows[0]!;
    const hostile: ImportBatch[] = [
      // The same id twice in one batch: the second `add` fails, the first must not stay.
      { ...good, workflows: [wf, wf], stores: [], installations: [] },
      // A workflow with a cycle and a dangling link, cast past the types.
      { workflows: [{ ...wf, id: 'wf-new', links: [...wf.links, { from: 'a', port: 'next', to: 'c' }, { from: 'c', port: 'otherwise', to: 'ghost' }] } as Workflow], stores: [], installations: [] },
      // A store that exists already (a stale plan).
      { workflows: [], stores: [{ id: 'store-1', name: 'Again', flowInstalled: true, createdAt: '2026-01-01T00:00:00.000Z', timeZone: 'UTC' }], installations: [] },
      // Prototype keys in settings.
      { workflows: [], stores: [], installations: [JSON.parse('{"storeId":"store-1","appId":"slack","installedAt":"x","settings":{"__proto__":{"polluted":"yes"}},"secretsSet":[]}')] },
    ];
    for (const batch of hostile) {
      await expect(commitImport(db, batch)).rejects.toThrow();
      expect(await dump(db)).toBe(before);
    }
    expectNoPollution();
  });
});

// --- mutations of a valid export -------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path to a value in the document, the root included. */
function paths(value: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function get(root: Json, path: Path): Json {
  let node = root;
  for (const key of path) node = (node as Record<string | number, Json>)[key]!;
  return node;
}

/** One structural change at a chosen place of the parsed document; returns the new text. */
type Mutation = (doc: Json, pick: number, value: Json, key: string) => string | undefined;

const MUTATIONS: Record<string, Mutation> = {
  'delete a key': (doc, pick) => {
    const objects = paths(doc).filter((p) => p.length > 0 && typeof p[p.length - 1] === 'string');
    const path = objects[pick % objects.length]!;
    delete (get(doc, path.slice(0, -1)) as Record<string, Json>)[path[path.length - 1] as string];
    return JSON.stringify(doc);
  },
  'duplicate a list item': (doc, pick) => {
    const lists = paths(doc).filter((p) => Array.isArray(get(doc, p)) && (get(doc, p) as Json[]).length > 0);
    const list = get(doc, lists[pick % lists.length]!) as Json[];
    list.push(structuredClone(list[pick % list.length]!));
    return JSON.stringify(doc);
  },
  'insert a key into any object': (doc, pick, value, key) => {
    const objects = paths(doc).filter((p) => {
      const v = get(doc, p);
      return !!v && typeof v === 'object' && !Array.isArray(v);
    });
    const target = get(doc, objects[pick % objects.length]!) as Record<string, Json>;
    // defineProperty: "__proto__" becomes an own key, as JSON.parse would make it.
    Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    return JSON.stringify(doc);
  },
  'wrap a value in deep nesting': (doc, pick, _value, key) => {
    const all = paths(doc).filter((p) => p.length > 0);
    const path = all[pick % all.length]!;
    const parent = get(doc, path.slice(0, -1)) as Record<string | number, Json>;
    let wrapped = parent[path[path.length - 1]!]!;
    for (let i = 0; i < 150; i++) wrapped = pick % 2 ? [wrapped] : { [key]: wrapped };
    parent[path[path.length - 1]!] = wrapped;
    return JSON.stringify(doc);
  },
  'change a value’s type': (doc, pick, value) => {
    const all = paths(doc).filter((p) => p.length > 0);
    const path = all[pick % all.length]!;
    const parent = get(doc, path.slice(0, -1)) as Record<string | number, Json>;
    const old = parent[path[path.length - 1]!];
    if (typeof old === typeof value && Array.isArray(old) === Array.isArray(value)) return undefined;
    parent[path[path.length - 1]!] = value;
    return JSON.stringify(doc);
  },
};

const keyArb = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'id', 'extra', '');
const valueArb = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom<Json>({ polluted: 'yes' }, 'x'.repeat(3000), -1, 1e308, [], {})) as fc.Arbitrary<Json>;

/** Character-level edits of the text itself: the kind of damage a bad copy and paste does. */
const textEditArb = fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }));
function editText(text: string, [at, kind, chars]: [number, string, string]): string {
  const i = at % text.length;
  if (kind === 'delete') return text.slice(0, i) + text.slice(i + chars.length);
  if (kind === 'insert') return text.slice(0, i) + chars + text.slice(i);
  return text.slice(0, i) + chars + text.slice(i + chars.length);
}

function expectAnswer(result: ImportResult) {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(p.path).toMatch(/^\$/);
    expect(p.message.length).toBeGreaterThan(0);
  }
}

describe('mutations of valid.json', () => {
  it('never throw; a refused file lists problems with $ paths; nothing is polluted', () => {
    const mutationArb = fc.tuple(fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(), valueArb, keyArb);
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (steps) => {
        let doc = JSON.parse(valid) as Json;
        let text = valid;
        for (const [name, pick, value, key] of steps) {
          text = MUTATIONS[name]!(doc, pick, value, key) ?? text;
          doc = JSON.parse(text) as Json;
        }
        expectAnswer(parseImport(text));
        expectNoPollution();
      }),
      { numRuns: 300 },
    );
  });

  it('survive character-level damage to the text', () => {
    fc.assert(
      fc.property(fc.array(textEditArb, { minLength: 1, maxLength: 4 }), (edits) => {
        const text = edits.reduce(editText, valid);
        expectAnswer(parseImport(text));
      }),
      { numRuns: 300 },
    );
  });

  it('through the whole import path: a refused file leaves the database as it was, an accepted one imports', { timeout: 60_000 }, async () => {
    let target = await freshDb();
    let clean = await dump(target);
    const mutationArb = fc.tuple(fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(), valueArb, keyArb);
    try {
      await fc.assert(
        fc.asyncProperty(mutationArb, async ([name, pick, value, key]) => {
          const text = MUTATIONS[name]!(JSON.parse(valid) as Json, pick, value, key) ?? valid;
          const outcome = await importText(target, text);
          if (outcome.committed) {
            // It was still a valid export: start again from a clean database.
            await target.delete();
            target = await freshDb();
            clean = await dump(target);
          } else {
            expect(await dump(target)).toBe(clean);
          }
          expectNoPollution();
        }),
        { numRuns: 60 },
      );
    } finally {
      await target.delete();
    }
  });
});
