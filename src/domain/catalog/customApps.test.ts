import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import acme from '../../../test/fixtures/custom-apps/acme-loyalty.json';
import { Workflow } from '../workflow/document';
import { findAction, findApp, findTrigger, isConnector, isCustomApp } from './catalog';
import { builtInCatalog } from './builtIn';
import { checkCustomApp, composeCatalog, customAppsOf, sameManifest } from './customApps';
import { checkFieldValue } from './fieldTypes';
import type { AppManifest } from './manifest';
import { loadSvgIconCheck } from './svgIconCheck';

// The icon check is loaded on demand in the app (svgIconCheck.ts); these tests check icons.
beforeAll(() => loadSvgIconCheck());

const raw = () => structuredClone(acme) as Record<string, unknown>;
const parsed = (json: unknown = raw()): AppManifest => {
  const result = checkCustomApp(json, builtInCatalog);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.manifest;
};


describe('checking a custom manifest', () => {
  it('accepts the sample manifest and generates a valid sample payload for a trigger without one', () => {
    const app = parsed();
    const trigger = app.triggers[0]!;
    expect(Object.keys(trigger.samplePayload).sort()).toEqual(['customer_id', 'member_email', 'tier']);
    for (const field of trigger.fields) expect(checkFieldValue(field.type, trigger.samplePayload[field.key], field.format)).toBeUndefined();
    expect(app.builtIn).toBe(false);
    expect(isConnector(app)).toBe(true);
  });

  it('accepts the example manifest of docs/catalog.md', () => {
    const docs = readFileSync('docs/catalog.md', 'utf8');
    const example = docs.slice(docs.indexOf('## Custom apps')).match(/```json\n([\s\S]*?)\n```/)?.[1];
    expect(checkCustomApp(JSON.parse(example ?? 'null'), builtInCatalog)).toMatchObject({ ok: true, manifest: { id: 'acme-loyalty' } });
  });

  it('keeps an accepted SVG icon as written', () => {
    const icon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="4" fill="#0a7"/></svg>';
    expect(parsed({ ...raw(), icon }).icon).toBe(icon);
  });

  it('refuses a hostile SVG icon at the path of the icon, saying what it holds', () => {
    const icon = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    const result = checkCustomApp({ ...raw(), icon }, builtInCatalog);
    expect(result).toEqual({ ok: false, problems: [{ path: '$.icon', message: 'the SVG has a <script> element' }] });
  });

  it('refuses the id of a built-in app, naming that app', () => {
    const result = checkCustomApp({ ...raw(), id: 'slack' }, builtInCatalog);
    expect(result).toEqual({ ok: false, problems: [{ path: '$.id', message: expect.stringMatching(/built-in app Slack/) }] });
  });

  it('refuses a custom app that says it is built in', () => {
    const result = checkCustomApp({ ...raw(), builtIn: true }, builtInCatalog);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ path: '$.builtIn', message: expect.stringMatching(/cannot be built in/) });
  });

  it('names the JSON path and the reason of each schema problem', () => {
    const bad = raw();
    const actions = bad.actions as { inputs: { type: string }[] }[];
    actions[0]!.inputs[1]!.type = 'colour';
    delete (bad.name as Record<string, unknown>).pl;
    const result = checkCustomApp(bad, builtInCatalog);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(lines).toContainEqual(expect.stringMatching(/^\$\.actions\[0\]\.inputs\[1\]\.type: must be one of "single_line_text_field"/));
    expect(lines).toContainEqual(expect.stringMatching(/^\$\.name\.pl: is missing/));
  });

  it('refuses an onlyWithTrigger that names no trigger of the catalog', () => {
    const bad = raw();
    (bad.actions as Record<string, unknown>[])[0]!.onlyWithTrigger = { app: 'shopify', trigger: 'no-such-trigger' };
    const result = checkCustomApp(bad, builtInCatalog);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.path).toBe('$.actions[0].onlyWithTrigger');
  });

  it('compares manifests by content, whatever the key order', () => {
    const a = parsed();
    const b = parsed(Object.fromEntries(Object.entries(raw()).reverse()));
    expect(sameManifest(a, b)).toBe(true);
    expect(sameManifest(a, { ...a, name: { en: 'Other', pl: 'Inna' } })).toBe(false);
  });
});

describe('the effective catalog', () => {
  it('is the built-in catalog plus the custom apps, composed as a new value: the built-in one never changes', () => {
    expect(findApp(builtInCatalog, 'acme-loyalty')).toBeUndefined();
    const { catalog, skipped } = composeCatalog([parsed()], builtInCatalog);
    expect(skipped).toEqual([]);
    expect(findApp(catalog, 'acme-loyalty')?.name.en).toBe('Acme Loyalty');
    expect(findTrigger(catalog, 'acme-loyalty', 'member-joined')).toBeDefined();
    expect(findAction(catalog, 'acme-loyalty', 'add-points')).toBeDefined();
    expect(catalog.apps.length).toBe(builtInCatalog.apps.length + 1);
    expect(catalog.apps[0]!.id).toBe('shopify');
    expect(isCustomApp(catalog, 'acme-loyalty')).toBe(true);
    expect(isCustomApp(catalog, 'slack')).toBe(false);
    expect(customAppsOf(catalog).map((a) => a.id)).toEqual(['acme-loyalty']);
    expect(Object.isFrozen(catalog.apps)).toBe(true);
    expect(builtInCatalog.byId.has('acme-loyalty')).toBe(false);
  });

  it('leaves out, and reports, a stored custom app that clashes with a built-in app or another custom app', () => {
    const app = parsed();
    const clash = { ...app, id: 'slack' };
    const { catalog: composed, skipped } = composeCatalog([app, clash, app], builtInCatalog);
    expect(composed.byId.get('slack')).toBe(builtInCatalog.byId.get('slack'));
    expect(skipped.map((s) => s.id)).toEqual(['slack', 'acme-loyalty']);
    expect(skipped[0]!.reason).toMatch(/built-in app Slack/);
    expect(composed.customIds).toEqual(new Set(['acme-loyalty']));
  });

  it('keeps the connector rule for custom apps: a condition step naming one is refused', () => {
    const wf = {
      schemaVersion: 2,
      id: 'wf',
      name: 'Custom condition',
      activation: { on: false, scope: { kind: 'all' }, offInStores: [] },
      steps: [
        { id: 't', kind: 'trigger', app: 'acme-loyalty', trigger: 'member-joined', position: { x: 0, y: 0 }, note: '' },
        { id: 'c', kind: 'condition', app: 'acme-loyalty', criteria: { kind: 'group', join: 'and', items: [] }, position: { x: 0, y: 100 }, note: '' },
      ],
      links: [{ from: 't', port: 'next', to: 'c' }],
    };
    const result = Workflow.safeParse(wf);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toMatch(/connectors can't be used as conditions/);
  });
});
