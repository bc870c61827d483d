import { afterEach, describe, expect, it } from 'vitest';
import acme from '../../test/fixtures/custom-apps/acme-loyalty.json';
import { type Catalog } from '../domain/catalog/catalog';
import { builtInCatalog } from '../domain/catalog/builtIn';
import { checkCustomApp, composeCatalog } from '../domain/catalog/customApps';
import type { AppManifest } from '../domain/catalog/manifest';
import { Workflow } from '../domain/workflow/document';
import { buildExport, serializeExport } from './exportFormat';
import { parseImport, planImport } from './importDocument';

const manifest = (): AppManifest => {
  const r = checkCustomApp(structuredClone(acme), builtInCatalog);
  if (!r.ok) throw new Error('fixture');
  return r.manifest;
};
const workflow = (id: string, steps: object[]) =>
  Workflow.parse({ schemaVersion: 2, id, name: id, description: '', activation: { on: true, scope: { kind: 'all' }, offInStores: [] }, steps, links: steps.slice(1).map((_, i) => ({ from: i === 0 ? 't' : `a${i}`, port: 'next', to: `a${i + 1}` })) });
const usesAcme = workflow('wf-acme', [
  { id: 't', kind: 'trigger', app: 'acme-loyalty', trigger: 'member-joined', position: { x: 0, y: 0 }, note: '' },
  { id: 'a1', kind: 'action', app: 'acme-loyalty', action: 'add-points', fields: { member_email: '{{ trigger.member_email }}', points: '5' }, position: { x: 0, y: 100 }, note: '' },
]);
const plain = workflow('wf-plain', [{ id: 't', kind: 'trigger', app: 'shopify', trigger: 'order-paid', position: { x: 0, y: 0 }, note: '' }]);

/** The catalog the app would have with the custom apps of each case. */
let catalog: Catalog = builtInCatalog;
afterEach(() => {
  catalog = builtInCatalog;
});

describe('exporting custom apps', () => {
  it('carries the custom apps a workflow export uses, all of them with the organization, and none otherwise', () => {
    catalog = composeCatalog([manifest(), { ...manifest(), id: 'unused-app' }], builtInCatalog).catalog;
    expect(buildExport({ workflows: [usesAcme], catalog }).customApps?.map((a) => a.id)).toEqual(['acme-loyalty']);
    expect(buildExport({ workflows: [plain], catalog }).customApps).toBeUndefined();
    expect(buildExport({ workflows: [], org: { name: 'Org', stores: [], installations: [] }, catalog }).customApps?.map((a) => a.id)).toEqual(['acme-loyalty', 'unused-app']);
  });

  it('round-trips: the file imports where the app is unknown, bringing the app, and exports again to the same bytes', () => {
    catalog = composeCatalog([manifest()], builtInCatalog).catalog;
    const text = serializeExport(buildExport({ workflows: [usesAcme], catalog }));
    catalog = composeCatalog([], builtInCatalog).catalog;
    const parsed = parseImport(text, { catalog: builtInCatalog });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const plan = planImport(parsed.value, [], []);
    expect(plan.customApps).toEqual([manifest()]);
    catalog = composeCatalog(plan.customApps, builtInCatalog).catalog;
    expect(serializeExport(buildExport({ workflows: plan.workflows.map((w) => ({ ...w, activation: usesAcme.activation })), catalog }))).toBe(text);
  });

  it('without its app, the same workflow is an unknown app', () => {
    catalog = composeCatalog([manifest()], builtInCatalog).catalog;
    const doc = buildExport({ workflows: [usesAcme], catalog });
    delete doc.customApps;
    const parsed = parseImport(serializeExport(doc), { catalog: builtInCatalog });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems).toContainEqual({ path: '$.workflows[0].steps[0].app', message: 'unknown app: there is no app "acme-loyalty" in the catalog' });
  });

  it('refuses a different manifest under the id of an app imported here, naming it', () => {
    catalog = composeCatalog([manifest()], builtInCatalog).catalog;
    const text = serializeExport(buildExport({ workflows: [usesAcme], catalog }));
    const here = composeCatalog([{ ...manifest(), name: { en: 'Acme Points', pl: 'Punkty Acme' } }], builtInCatalog).catalog;
    const parsed = parseImport(text, { catalog: here });
    expect(parsed).toEqual({ ok: false, problems: [{ path: '$.customApps[0]', message: expect.stringMatching(/different app with the id "acme-loyalty" \(Acme Points\) is already imported/) }] });
    // The very same manifest is fine.
    expect(parseImport(text, { catalog: composeCatalog([manifest()], builtInCatalog).catalog }).ok).toBe(true);
  });

  it('refuses a custom app with a built-in id or one that claims to be built in', () => {
    const doc = { format: 'flowbench', version: 1, workflows: [], customApps: [{ ...manifest(), id: 'slack' }, { ...manifest(), id: 'mine', builtIn: true }] };
    const parsed = parseImport(JSON.stringify(doc), { catalog: builtInCatalog });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toContainEqual({ path: '$.customApps[0].id', message: expect.stringMatching(/built-in app Slack/) });
    expect(parsed.problems).toContainEqual({ path: '$.customApps[1].builtIn', message: expect.stringMatching(/cannot be built in/) });
  });
});
