/**
 * Keys and ids named like Object.prototype's members (`toString`,
 * `constructor`, `valueOf`, `hasOwnProperty`, `__proto__`...) wherever a
 * user chooses a name: manifest setup fields, trigger and action fields,
 * sample payloads, app/trigger/action ids, workflow action fields, workflow,
 * step and store ids, installation settings and trigger payloads.
 *
 * The rule (src/domain/ownKeys.ts): `__proto__` is refused with the place
 * and the reason; every other such key is accepted where its syntax allows
 * and works like any other key, through manifests, validation, the engine
 * (via the worker protocol), import and export. Nothing throws, nothing
 * reaches Object.prototype.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { T0 } from '../fixtures/engine';
import { builtInCatalog } from '../../src/domain/catalog/builtIn';
import { checkCustomApp, composeCatalog } from '../../src/domain/catalog/customApps';
import { currentCatalog, ensureFullCatalog, loadComposer, setCustomApps } from '../../src/state/catalog';
import type { AppManifest } from '../../src/domain/catalog/manifest';
import type { Organization } from '../../src/domain/org/organization';
import { validateSetup } from '../../src/domain/org/setup';
import { PROTOTYPE_KEYS, PROTO_KEY_MESSAGE } from '../../src/domain/ownKeys';
import { diffWorkflows } from '../../src/domain/workflow/diff';
import { Workflow } from '../../src/domain/workflow/document';
import { validateWorkflow } from '../../src/domain/workflow/validate';
import { issueProblems } from '../../src/domain/zodIssues';
import { builtInRegistry } from '../../src/engine/adapters/index';
import { counterIds } from '../../src/engine/clock';
import { createWorkerHandler } from '../../src/engine/workerHandler';
import { WorkerReply } from '../../src/engine/workerProtocol';
import { parseImport } from '../../src/io/importDocument';
import { validatePayload } from '../../src/state/runtime/payload';
import { exportWorkflows, importText } from '../../src/state/transfer';
import { getDb } from '../../src/storage/db';
import { ensureOrganization, loadOrganization } from '../../src/storage/orgRepo';

const acme = JSON.parse(readFileSync('test/fixtures/custom-apps/acme-loyalty.json', 'utf8')) as Record<string, unknown>;
const protoText = readFileSync('test/fixtures/custom-apps/prototype-keys.json', 'utf8');
const importFixture = readFileSync('test/fixtures/hostile/prototype-keys-import.json', 'utf8');

/** JSON.parse keeps "__proto__" as an own key, as a file or a paste would carry it. */
const fromJson = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/"PROTO"/g, '"__proto__"')) as T;
const keyed = (key: string, value: unknown) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value)}}`) as Record<string, unknown>;

function protoApp(): AppManifest {
  const checked = checkCustomApp(JSON.parse(protoText), builtInCatalog);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.manifest;
}

function expectNoPollution() {
  for (const key of ['polluted', 'isAdmin', 'x']) expect(Object.hasOwn(Object.prototype, key)).toBe(false);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** The parts of a raw manifest these tests change. */
interface RawManifest {
  id: string;
  setup: { fields: { key: string }[] };
  triggers: { id: string; fields: { key: string }[]; samplePayload?: Record<string, unknown> }[];
  actions: { id: string; inputs: { key: string }[]; outputs: { key: string }[] }[];
}

/** The parts of a raw workflow these tests change. */
interface RawWorkflow {
  steps: { id: string; fields?: Record<string, unknown> }[];
}

/** Where a manifest may name something, and what the key's syntax there allows. */
const MANIFEST_PLACES: { place: string; path: string; set: (m: RawManifest, key: string) => void; syntax: RegExp }[] = [
  { place: 'a setup field key', path: '$.setup.fields[0].key', set: (m, k) => (m.setup.fields[0]!.key = k), syntax: /^[a-z][a-zA-Z0-9_]*$/ },
  { place: 'a trigger field key', path: '$.triggers[0].fields[1].key', set: (m, k) => (m.triggers[0]!.fields[1]!.key = k), syntax: /^[a-z][a-z0-9_]*$/ },
  { place: 'an action input key', path: '$.actions[0].inputs[2].key', set: (m, k) => (m.actions[0]!.inputs[2]!.key = k), syntax: /^[a-z][a-z0-9_]*$/ },
  { place: 'an action output key', path: '$.actions[0].outputs[0].key', set: (m, k) => (m.actions[0]!.outputs[0]!.key = k), syntax: /^[a-z][a-z0-9_]*$/ },
  { place: 'the app id', path: '$.id', set: (m, k) => (m.id = k), syntax: /^[a-z0-9]+(?:-[a-z0-9]+)*$/ },
  { place: 'a trigger id', path: '$.triggers[0].id', set: (m, k) => (m.triggers[0]!.id = k), syntax: /^[a-z0-9]+(?:-[a-z0-9]+)*$/ },
  { place: 'an action id', path: '$.actions[0].id', set: (m, k) => (m.actions[0]!.id = k), syntax: /^[a-z0-9]+(?:-[a-z0-9]+)*$/ },
];

describe('custom app manifests', () => {
  for (const { place, path, set, syntax } of MANIFEST_PLACES) {
    it(`take every Object.prototype name as ${place} where its syntax allows, else refuse it at ${path}`, () => {
      for (const key of PROTOTYPE_KEYS) {
        const manifest = structuredClone(acme) as unknown as RawManifest;
        set(manifest, key);
        const checked = checkCustomApp(JSON.parse(JSON.stringify(manifest)), builtInCatalog);
        if (syntax.test(key)) {
          if (!checked.ok) throw new Error(`${key}: ${JSON.stringify(checked.problems)}`);
          // Usable: in the catalog, its setup checked, nothing read from Object.prototype.
          const composed = composeCatalog([checked.manifest], builtInCatalog);
          expect(composed.skipped).toEqual([]);
          expect(() => validateSetup(checked.manifest, {})).not.toThrow();
        } else {
          expect(checked.ok, key).toBe(false);
          if (!checked.ok) expect(checked.problems.map((p) => p.path), key).toContain(path);
        }
        expectNoPollution();
      }
    });
  }

  it('refuse "__proto__" in a sample payload at that key, and check every declared field as the payload’s own', () => {
    const manifest = structuredClone(acme) as unknown as RawManifest;
    manifest.triggers[0]!.samplePayload = { customer_id: '1', member_email: 'a@example.com', tier: 'gold', PROTO: { polluted: 'yes' } };
    const checked = checkCustomApp(fromJson(manifest), builtInCatalog);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems).toContainEqual({ path: '$.triggers[0].samplePayload.__proto__', message: PROTO_KEY_MESSAGE });

    const proto = JSON.parse(protoText) as RawManifest;
    proto.triggers[0]!.samplePayload = { customer_id: '1' };
    const missing = checkCustomApp(proto, builtInCatalog);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problems).toContainEqual({ path: '$.triggers[0].samplePayload.constructor', message: 'the sample payload has no value for the field "constructor"' });
    expectNoPollution();
  });

  it('generate a sample payload whose prototype-named fields are its own values', () => {
    const payload = protoApp().triggers[0]!.samplePayload;
    expect(Object.hasOwn(payload, 'constructor')).toBe(true);
    expect(payload).toEqual({ constructor: 'Sample constructor', customer_id: '7054216839' });
  });
});

describe('workflow action fields and ids', () => {
  const base = () => JSON.parse(importFixture).workflows[0] as RawWorkflow;

  it('refuse "__proto__" as an action field at that key; accept every other prototype name', () => {
    for (const key of PROTOTYPE_KEYS) {
      const wf = base();
      wf.steps[3]!.fields = { ...keyed(key, 'x'), channel: '#c', text: 'hi' };
      const parsed = Workflow.safeParse(JSON.parse(JSON.stringify(wf).replace('"PROTO"', '"__proto__"')));
      if (key === '__proto__') {
        expect(parsed.success).toBe(false);
        expect(issueProblems(parsed.error!.issues)).toEqual([{ path: '$.steps[3].fields.__proto__', message: PROTO_KEY_MESSAGE }]);
      } else {
        expect(parsed.success, key).toBe(true);
      }
    }
    expectNoPollution();
  });

  it('validate, diff and name steps whose ids and fields are prototype names without reading Object.prototype', () => {
    const app = protoApp();
    const withApp = composeCatalog([app], builtInCatalog).catalog;
    const org: Organization = JSON.parse(importFixture).organization;
    org.installations.forEach((i) => Object.assign(i, { secretsSet: [] }));
    const wf = Workflow.parse(base());
    expect(validateWorkflow(wf, { catalog: withApp, org }).filter((p) => p.severity === 'error')).toEqual([]);

    // An action whose own fields lack its input named "constructor": required and empty, not a function.
    const empty = Workflow.parse({ ...base(), steps: base().steps.map((s) => (s.id === '__proto__' ? { ...s, fields: {} } : s)) });
    const problems = validateWorkflow(empty, { catalog: withApp, org });
    expect(problems.filter((p) => p.stepId === '__proto__').map((p) => p.code)).toEqual(['required-input-empty']);
    const diff = diffWorkflows(withApp, wf, empty);
    expect(diff.changed.map((c) => c.changes.map((x) => [x.field, x.before, x.after]))).toEqual([[['fields.constructor', '{{ trigger.constructor }}', '—']]]);
  });
});

describe('trigger payloads typed in the simulator', () => {
  beforeEach(async () => {
    await loadComposer(); // custom apps are composed with the built-in catalog by a module loaded on use
    setCustomApps([protoApp()]);
    await ensureFullCatalog();
  });

  it('refuse prototype names that are not fields of the trigger, and "__proto__" among them, without throwing', () => {
    for (const key of PROTOTYPE_KEYS) {
      const text = `{"customer_id":"1","product_id":"2","rating":5,"review_text":"ok","reviewer_email":"a@b.pl",${JSON.stringify(key)}:"x"}`;
      const check = validatePayload('loox', 'new-review', text);
      expect(check.ok, key).toBe(false);
      if (!check.ok) expect(check.problems.join(' ')).toContain(`“${key}” is not a field of Loox`);
    }
    expectNoPollution();
  });

  it('read a field named "constructor" as the payload’s own value: missing when absent, accepted when given', () => {
    const missing = validatePayload('constructor', 'constructor', '{"customer_id":"1"}');
    expect(missing).toEqual({ ok: false, problems: ['“constructor” (Constructor value) is missing; this trigger always sends it.'] });
    const given = validatePayload('constructor', 'constructor', '{"constructor":"built"}');
    expect(given).toEqual({ ok: true, payload: { constructor: 'built' } });
  });
});

describe('running a workflow of prototype names, through the worker protocol', () => {
  it('renders, conditions on and records values under "constructor" in a store whose id is "__proto__"', async () => {
    const doc = JSON.parse(importFixture);
    const org: Organization = { ...doc.organization, installations: doc.organization.installations.map((i: object) => ({ ...i, secretsSet: [] })) };
    const handle = createWorkerHandler({ catalog: builtInCatalog, registry: builtInRegistry, ids: counterIds() });
    const replies: WorkerReply[] = [];
    const event = { id: 'ev-1', storeId: 'toString', app: 'constructor', trigger: 'constructor', payload: { constructor: 'built' }, at: T0, depth: 0 };
    const message = { type: 'fire', requestId: 'r1', now: T0, org, sandbox: [], faults: [], customApps: doc.customApps, workflows: doc.workflows, events: [event] };
    await handle(structuredClone(message), (reply) => replies.push(WorkerReply.parse(structuredClone(reply))));
    const done = replies.at(-1)!;
    if (done.type !== 'done') throw new Error(JSON.stringify(done));
    const run = done.runs[0]!;
    expect([run.status, run.storeId]).toEqual(['succeeded', 'toString']);
    expect(run.steps.map((s) => [s.stepId, s.status])).toEqual([
      ['toString', 'succeeded'],
      ['valueOf', 'succeeded'],
      ['__proto__', 'succeeded'],
      ['hasOwnProperty', 'succeeded'],
    ]);
    expect(run.steps[1]!.branch).toBe('then');
    expect(run.steps[2]!.rendered).toEqual({ constructor: 'built' });
    expect(run.steps[2]!.output).toEqual({ constructor: 1, call_id: expect.any(String) });
    const rows = replies.flatMap((r) => (r.type === 'run-finished' ? r.sandboxChanges : []));
    expect(rows.find((r) => r.appId === 'constructor')?.record).toMatchObject({ constructor: 'built', storeId: 'toString' });
    expectNoPollution();
  });
});

describe('importing and exporting prototype names', () => {
  beforeEach(async () => {
    const db = getDb();
    await Promise.all(db.tables.map((t) => t.clear()));
    await ensureOrganization(db);
    setCustomApps([]);
  });

  it('imports the file whole (the app, stores "toString" and "__proto__", settings, the workflow) and exports it again unchanged', async () => {
    const outcome = await importText(importFixture);
    expect(outcome).toEqual({ ok: true, summary: { workflows: 1, stores: 2, copies: [], skippedStores: [] } });
    expect(currentCatalog().byId.get('constructor')?.name.en).toBe('Prototype Keys');
    const org = await loadOrganization(getDb());
    const fileSettings = JSON.parse(importFixture).organization.installations.find((i: { storeId: string; appId: string }) => i.storeId === 'toString' && i.appId === 'constructor').settings;
    expect(org.installations.find((i) => i.storeId === 'toString' && i.appId === 'constructor')?.settings).toEqual(fileSettings);

    const exported = parseImport((await exportWorkflows('all')).text, { catalog: currentCatalog() });
    if (!exported.ok) throw new Error(JSON.stringify(exported.problems));
    const original = JSON.parse(importFixture);
    // An import always arrives turned off; everything else comes back as it was (reading gives the sticky notes it has: none).
    expect(exported.value.workflows).toEqual([{ ...original.workflows[0], activation: { ...original.workflows[0].activation, on: false }, notes: [] }]);
    expect(exported.value.customApps).toEqual(original.customApps);
    for (const store of original.organization.stores) expect(exported.value.organization!.stores).toContainEqual(store);
    for (const inst of original.organization.installations) expect(exported.value.organization!.installations).toContainEqual(inst);
    expectNoPollution();
  });
});
