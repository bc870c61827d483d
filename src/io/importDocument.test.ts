import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleWorkflow, sampleWorkflowJson } from '../../test/fixtures/sampleWorkflow';
import { MAX_FIELD_CHARS } from '../domain/workflow/document';
import { buildExport, serializeExport, type ExportDocument } from './exportFormat';
import { MAX_DEPTH, MAX_LIST_ITEMS, MAX_OBJECT_KEYS, WorkflowRefused, checkWorkflows, parseImport, planImport, prepareImport, utf8Length, type ImportProblem } from './importDocument';
import { COPY_SUFFIX, copyName } from './importPlan';
import { builtInCatalog as catalog } from '../domain/catalog/builtIn';

const fixture = (name: string) => readFileSync(`test/fixtures/exports/${name}`, 'utf8');

function problemsOf(text: string, options?: Parameters<typeof parseImport>[1]): ImportProblem[] {
  const result = parseImport(text, options);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.problems;
}

/** An export of the sample workflow as plain JSON, to break in a test. */
function exportJson(): Record<string, unknown> & { workflows: ReturnType<typeof sampleWorkflowJson>[] } {
  return { format: 'flowbench', version: 2, workflows: [sampleWorkflowJson()] };
}

describe('parseImport: files of format version 1', () => {
  const v1 = () => JSON.parse(fixture('v1-everything.json')) as { workflows: { id: string; steps: Record<string, unknown>[] }[]; organization: { stores: object[] } };

  it('migrates a committed version-1 export: stores in UTC, UTC schedules as Flow recurrence text, nothing else changed', () => {
    const result = parseImport(fixture('v1-everything.json'));
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    const before = v1();
    expect(result.value.version).toBe(2);
    expect(result.value.organization?.stores).toEqual(before.organization.stores.map((s) => ({ ...s, timeZone: 'UTC' })));
    const weekly = result.value.workflows.find((w) => w.id === 'wf-weekly-report')!;
    expect(weekly.steps[0]).toMatchObject({ schedule: 'DTSTART;TZID=UTC:20261207T083000\nRRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO' });
    for (const [i, wf] of result.value.workflows.entries()) {
      expect(wf.schemaVersion).toBe(2);
      if (wf.id !== 'wf-weekly-report') expect(wf.steps).toEqual(before.workflows[i]!.steps.map((s) => ({ note: '', ...s })));
    }
  });

  it('exports the migrated file as version 2, which imports again unchanged', () => {
    const first = parseImport(fixture('v1-everything.json'));
    if (!first.ok) throw new Error('v1 fixture refused');
    const text = serializeExport(first.value);
    expect(text).toContain('"$schema": "/schema/flowbench-export.v2.json"');
    const again = parseImport(text);
    expect(again.ok && serializeExport(again.value)).toBe(text);
  });

  it('refuses a version-1 schedule it cannot translate, at the schedule’s path', () => {
    const file = v1();
    file.workflows.find((w) => w.id === 'wf-weekly-report')!.steps[0]!.schedule = { start: 'next Monday', repeat: 'weekly' };
    const index = file.workflows.findIndex((w) => w.id === 'wf-weekly-report');
    expect(problemsOf(JSON.stringify(file)).map((p) => p.path)).toContain(`$.workflows[${index}].steps[0].schedule`);
  });

  it('refuses a store zone that is not an IANA zone, at its path', () => {
    const file = JSON.parse(fixture('valid.json')) as { organization: { stores: { timeZone: string }[] } };
    file.organization.stores[0]!.timeZone = 'Mars/Olympus';
    expect(problemsOf(JSON.stringify(file))).toContainEqual({
      path: '$.organization.stores[0].timeZone',
      message: '"Mars/Olympus" is not a time zone: use an IANA name such as "Europe/Warsaw" or "UTC"',
    });
  });
});

describe('parseImport: whole-file problems', () => {
  it('accepts the committed valid fixtures', () => {
    expect(parseImport(fixture('valid.json')).ok).toBe(true);
    expect(parseImport(fixture('one-workflow.json')).ok).toBe(true);
  });

  it('refuses a file that is not JSON, saying where', () => {
    expect(problemsOf(fixture('bad-not-json.json'))).toEqual([
      { path: '$', message: 'The file is not JSON: Expected double-quoted property name at line 3, column 16' },
    ]);
    expect(problemsOf('')[0]?.message).toBe('the file is empty, not JSON');
    expect(problemsOf('hello')[0]?.message).toMatch(/^The file is not JSON: /);
  });

  it('refuses a file over the size limit before reading it as JSON', () => {
    expect(problemsOf('x'.repeat(101), { maxBytes: 100 })).toEqual([
      { path: '$', message: 'the file is too large (101 bytes); an import can be at most 100 bytes' },
    ]);
    // The limit counts UTF-8 bytes, not characters: 40 emoji are 160 bytes.
    expect(problemsOf(JSON.stringify('😀'.repeat(40)), { maxBytes: 100 })[0]?.message).toMatch(/too large/);
    expect(problemsOf('x'.repeat(6_000_001))[0]?.message).toBe('the file is too large (6 MB); an import can be at most 5 MB');
  });

  it('says plainly when the file is another format or another version', () => {
    expect(problemsOf(fixture('bad-format.json'))).toEqual([
      { path: '$.format', message: 'this is not a Flowbench export: the format is "zapier-zap", not "flowbench"' },
    ]);
    expect(problemsOf(fixture('bad-version.json'))).toEqual([
      {
        path: '$.version',
        message: 'this file is version 3 of the Flowbench format, made by a newer Flowbench; this one reads versions 1 to 2',
      },
    ]);
    expect(problemsOf('{"version": 1}')[0]).toEqual({ path: '$.format', message: 'this is not a Flowbench export: "format": "flowbench" is missing' });
    expect(problemsOf('{"format": "flowbench", "version": "1"}')[0]).toEqual({ path: '$.version', message: 'the format version must be a whole number from 1 to 2, got "1"' });
    expect(problemsOf('{"format": "flowbench", "version": 0}')[0]?.message).toBe('the format version must be a whole number from 1 to 2, got 0');
    expect(problemsOf('[1, 2]')[0]?.message).toMatch(/expected an object with "format": "flowbench", got a list/);
  });

  it('refuses a 200-level nested document without overflowing, with the path of the first place too deep', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 200; i++) deep = { items: [deep] };
    const doc = { ...exportJson(), workflows: [{ ...sampleWorkflowJson(), deep }] };
    const [problem] = problemsOf(JSON.stringify(doc));
    expect(problem?.message).toBe(`the document nests deeper than ${MAX_DEPTH} levels, far more than any export`);
    expect(problem?.path.startsWith('$.workflows[0].deep.items[0].items[0]')).toBe(true);
    // Far deeper than any stack: still an answer, not a crash.
    const abyss = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    expect(problemsOf(abyss)[0]?.message).toMatch(/nests deeper/);
  });

  it('counts UTF-8 bytes as TextEncoder encodes them, lone surrogates included', () => {
    const encoded = (text: string) => new TextEncoder().encode(text).length;
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
    expect(utf8Length('\uD83D|\uDE00')).toBe(encoded('\uD83D|\uDE00'));
    // Any UTF-16 units (lone surrogates too), and whole characters beyond the BMP.
    const units = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });
    fc.assert(fc.property(fc.oneof(units, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => utf8Length(text) === encoded(text)));
  });

  it('refuses a list or an object too wide, naming its place', () => {
    const wide = { ...exportJson(), workflows: [{ ...sampleWorkflowJson(), links: new Array(MAX_LIST_ITEMS + 1).fill(0) }] };
    expect(problemsOf(JSON.stringify(wide))[0]).toEqual({
      path: '$.workflows[0].links',
      message: `this list has ${(MAX_LIST_ITEMS + 1).toLocaleString('en')} items; at most ${MAX_LIST_ITEMS.toLocaleString('en')} are accepted`,
    });
    const keys = Object.fromEntries(Array.from({ length: MAX_OBJECT_KEYS + 1 }, (_, i) => [`k${i}`, i]));
    const manyKeys = { ...exportJson(), workflows: [sampleWorkflowJson(), { ...sampleWorkflowJson(), steps: [{ fields: keys }] }] };
    expect(problemsOf(JSON.stringify(manyKeys))[0]?.path).toBe('$.workflows[1].steps[0].fields');
  });

  it('refuses "__proto__" keys, and the prototype of nothing changes', () => {
    const text = '{"format": "flowbench", "version": 1, "workflows": [], "__proto__": {"polluted": true}}';
    expect(problemsOf(text)).toEqual([{ path: '$', message: 'a key named "__proto__" is not allowed' }]);
    const nested = JSON.stringify(exportJson()).replace('"fields":{', '"fields":{"__proto__":{"polluted":"yes"},');
    expect(problemsOf(nested)[0]).toEqual({ path: '$.workflows[0].steps[2].fields', message: 'a key named "__proto__" is not allowed' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(parseImport(`\uFEFF${fixture('one-workflow.json')}`).ok).toBe(true);
  });
});

describe('parseImport: problems inside the document', () => {
  it('lists every problem of the bad fixture with its JSON path', () => {
    expect(problemsOf(fixture('bad-content.json'))).toEqual([
      { path: '$.workflows[0].steps[1].app', message: "connectors can't be used as conditions: a condition step cannot name an app's connector" },
      { path: '$.workflows[0].steps[0].app', message: 'unknown app: there is no app "mailchimp" in the catalog' },
      { path: '$.workflows[0].steps[2].action', message: 'unknown action: Slack has no action "send-fax"' },
      { path: '$.workflows[0].links[4].to', message: 'links to a step that does not exist ("ghost")' },
      { path: '$.workflows[0].links[3]', message: 'this link closes a cycle: a workflow cannot loop back' },
      { path: '$.workflows[1].id', message: 'the workflow id "wf-1" is used twice in this file' },
      { path: '$.workflows[1].steps[0].trigger', message: 'unknown trigger: Loox – Photo Reviews has no trigger "no-such-trigger"' },
      {
        path: '$.organization.installations[0].settings.botToken',
        message: 'Bot token is a secret; secrets are never imported (enter it on the Organization page)',
      },
      { path: '$.organization.installations[1].storeId', message: 'there is no store "store-missing" in this file' },
    ]);
  });

  it('reports schema problems through the shared plain-words messages', () => {
    const doc = exportJson();
    doc.workflows[0]!.name = '   ';
    (doc.workflows[0]!.steps[3] as { duration: unknown }).duration = { amount: 0, unit: 'weeks' };
    doc.extra = true;
    const problems = problemsOf(JSON.stringify(doc));
    expect(problems).toContainEqual(expect.objectContaining({ path: '$', message: 'unknown key "extra"' }));
    expect(problems).toContainEqual({ path: '$.workflows[0].name', message: 'a workflow needs a name' });
    expect(problems).toContainEqual(expect.objectContaining({ path: '$.workflows[0].steps[3].duration.unit', message: 'must be one of "minutes", "hours", "days"' }));
  });

  it('checks setup values against the manifest: unknown settings and bad choices', () => {
    const doc: ExportDocument = JSON.parse(fixture('valid.json'));
    doc.organization!.installations[0]!.settings = { plan: 'platinum', colour: 'blue' };
    doc.organization!.installations.push({ storeId: 'store-eu', appId: 'shopify', installedAt: 'x', settings: {} });
    expect(problemsOf(JSON.stringify(doc))).toEqual([
      { path: '$.organization.installations[0].settings.plan', message: 'Klaviyo plan must be one of the listed options' },
      { path: '$.organization.installations[0].settings.colour', message: 'Klaviyo – Email Marketing has no setting called "colour"' },
      { path: '$.organization.installations[4].appId', message: 'Shopify is built in and always installed; it is not listed' },
    ]);
  });

  it('refuses ids used twice: stores and installations', () => {
    const doc: ExportDocument = JSON.parse(fixture('valid.json'));
    doc.organization!.stores.push({ ...doc.organization!.stores[0]! });
    doc.organization!.installations.push({ ...doc.organization!.installations[0]! });
    expect(problemsOf(JSON.stringify(doc))).toEqual([
      { path: '$.organization.stores[2].id', message: 'the store id "store-de" is used twice in this file' },
      { path: '$.organization.installations[4]', message: 'Klaviyo – Email Marketing is listed twice for the store "store-de"' },
    ]);
  });
});

describe('parseImport: the size of a field', () => {
  it('refuses an action field over the limit, naming the field, and accepts one of exactly the limit', () => {
    const json = exportJson();
    const steps = json.workflows[0]!.steps as { fields?: Record<string, string> }[];
    steps[2]!.fields!.text = '{{ trigger.order_name }}'.repeat(40_000);
    expect(problemsOf(JSON.stringify(json))).toEqual([
      { path: '$.workflows[0].steps[2].fields.text', message: 'this text is 960,000 characters long; a field can hold at most 10,000' },
    ]);
    steps[2]!.fields!.text = 'x'.repeat(MAX_FIELD_CHARS);
    expect(parseImport(JSON.stringify(json)).ok).toBe(true);
  });
});

describe('prepareImport: every check but the workflows\' schema, before writing', () => {
  it('prepares a file that passes them, its workflows left for checkWorkflows, which parses them as parseImport does', () => {
    const text = JSON.stringify(exportJson());
    const prepared = prepareImport(text);
    if (prepared.kind !== 'prepared') throw new Error(`expected a prepared file, got ${prepared.kind}`);
    expect(prepared.envelope).toEqual({ format: 'flowbench', version: 2, workflows: [] });
    const whole = parseImport(text);
    expect(whole.ok && checkWorkflows(prepared.workflows, 0, 1)).toEqual(whole.ok && whole.value.workflows);
  });

  it('leaves a workflow its schema refuses to checkWorkflows, which throws at its index; parseImport names the path', () => {
    const doc = exportJson();
    doc.workflows.push({ ...sampleWorkflowJson(), id: 'wf-2', activation: { ...sampleWorkflowJson().activation, on: 'yes' } } as never);
    const prepared = prepareImport(JSON.stringify(doc));
    if (prepared.kind !== 'prepared') throw new Error(`expected a prepared file, got ${prepared.kind}`);
    expect(() => checkWorkflows(prepared.workflows, 0, 2)).toThrow(WorkflowRefused);
    try {
      checkWorkflows(prepared.workflows, 0, 2);
    } catch (error) {
      expect((error as WorkflowRefused).index).toBe(1);
    }
    expect(problemsOf(JSON.stringify(doc)).map((p) => p.path)).toEqual(['$.workflows[1].activation.on']);
  });

  it('finds unknown apps, ids used twice and envelope problems on the raw file (the full check lists them), and decides a file refused before its schema', () => {
    const unknownApp = exportJson();
    unknownApp.workflows[0]!.steps[0] = { ...unknownApp.workflows[0]!.steps[0]!, app: 'no-such-app' } as never;
    const twice = exportJson();
    twice.workflows.push(sampleWorkflowJson());
    for (const doc of [unknownApp, twice, { ...exportJson(), extra: 1 }]) expect(prepareImport(JSON.stringify(doc)).kind).toBe('check');
    expect(prepareImport('{ nope')).toEqual({ kind: 'checked', result: parseImport('{ nope') });
    expect(prepareImport(JSON.stringify({ format: 'other' }))).toEqual({ kind: 'checked', result: parseImport(JSON.stringify({ format: 'other' })) });
  });
});

describe('planImport', () => {
  const parsed = (text: string) => {
    const r = parseImport(text);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.value;
  };
  let counter = 0;
  const newId = () => `wf-copy-${++counter}`;

  it('turns every imported workflow off and keeps its store scope', () => {
    const on = { ...sampleWorkflow(), activation: { on: true, scope: { kind: 'stores' as const, storeIds: ['s1'] }, offInStores: ['s2'] } };
    const plan = planImport(parsed(serializeExport(buildExport({ catalog, workflows: [on] }))), [], []);
    expect(plan.workflows[0]?.activation).toEqual({ on: false, scope: { kind: 'stores', storeIds: ['s1'] }, offInStores: ['s2'] });
  });

  it('imports a workflow whose id is taken as a copy with a new id and "(imported)"', () => {
    const plan = planImport(parsed(fixture('valid.json')), ['wf-reviews', 'wf-copy-1'], [], { newId });
    const copy = plan.workflows.find((w) => w.name === 'Thank happy reviewers (imported)');
    expect(copy?.id).toBe('wf-copy-2');
    expect(plan.workflows.find((w) => w.id === 'wf-big-orders')?.name).toBe('Track big orders in Klaviyo');
    expect(plan.copies).toEqual([{ originalId: 'wf-reviews', id: 'wf-copy-2', name: 'Thank happy reviewers (imported)' }]);
  });

  it('adds new stores with their apps, without secrets, and leaves stored stores and their apps alone', () => {
    const plan = planImport(parsed(fixture('valid.json')), [], ['store-de']);
    expect(plan.stores.map((s) => s.id)).toEqual(['store-eu']);
    expect(plan.skippedStores).toEqual([{ id: 'store-de', name: 'Acme DE' }]);
    expect(plan.installations.map((i) => `${i.storeId}/${i.appId}`)).toEqual(['store-eu/klaviyo', 'store-eu/loox', 'store-eu/slack']);
    expect(plan.installations.every((i) => i.secretsSet.length === 0)).toBe(true);
    expect(plan.organizationName).toBe('Acme Europe');
  });

  it('shortens a long name so the copy still fits the 120-character limit', () => {
    const long = 'n'.repeat(120);
    expect(copyName(long)).toHaveLength(120);
    expect(copyName(long).endsWith(COPY_SUFFIX)).toBe(true);
    expect(copyName(`${'a'.repeat(108)}😀😀`)).toBe(`${'a'.repeat(108)}${COPY_SUFFIX}`);
  });
});
