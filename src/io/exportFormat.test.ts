import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleWorkflow } from '../../test/fixtures/sampleWorkflow';
import type { Organization } from '../domain/org/organization';
import { EXPORT_SCHEMA_URL, buildExport, exportFileName, serializeExport } from './exportFormat';
import { parseImport } from './importDocument';
import { builtInCatalog as catalog } from '../domain/catalog/builtIn';

const fixture = (name: string) => readFileSync(`test/fixtures/exports/${name}`, 'utf8');

const org = (): Organization => ({
  name: 'Acme',
  stores: [
    { id: 'store-b', name: 'B', flowInstalled: true, createdAt: '2026-01-02T00:00:00.000Z', timeZone: 'Europe/Warsaw' },
    { id: 'store-a', name: 'A', flowInstalled: false, createdAt: '2026-01-01T00:00:00.000Z', timeZone: 'UTC' },
  ],
  installations: [
    // A secret that slipped into settings, and the list of secrets set: neither may leave.
    { storeId: 'store-b', appId: 'slack', installedAt: 'x', settings: { workspace: 'acme', botToken: 'xoxb-SECRET' }, secretsSet: ['botToken'] },
    { storeId: 'store-a', appId: 'klaviyo', installedAt: 'y', settings: { plan: 'free', privateApiKey: 'pk_SECRET' }, secretsSet: [] },
  ],
});

describe('serializeExport', () => {
  it('writes keys in sorted order at every level, arrays in their order, 2-space indent and a trailing newline', () => {
    const text = serializeExport(buildExport({ catalog, workflows: [sampleWorkflow()] }));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe(`  "$schema": "${EXPORT_SCHEMA_URL}",`);
    const topKeys = [...text.matchAll(/^ {2}"([^"]+)":/gm)].map((m) => m[1]);
    expect(topKeys).toEqual(['$schema', 'format', 'version', 'workflows']);
    // The first step keeps its place; its keys are sorted.
    expect(text).toMatch(/"steps": \[\n {8}\{\n {10}"app": "loox",\n {10}"id": "t",\n {10}"kind": "trigger",/);
  });

  it('gives the same bytes whatever the order of keys, workflows, stores and installations', () => {
    const a = sampleWorkflow();
    const b = { ...sampleWorkflow(), id: 'wf-another', name: 'Another' };
    const shuffled = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    const o = org();
    const reversed = { ...o, stores: [...o.stores].reverse(), installations: [...o.installations].reverse() };
    expect(serializeExport(buildExport({ catalog, workflows: [shuffled, b], org: reversed }))).toBe(
      serializeExport(buildExport({ catalog, workflows: [b, a], org: o })),
    );
  });

  it('reproduces the committed fixture byte for byte from its own parse', () => {
    const text = fixture('valid.json');
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const { organization } = parsed.value;
    const again = buildExport({
      catalog,
      workflows: parsed.value.workflows,
      org: organization && { ...organization, installations: organization.installations.map((i) => ({ ...i, secretsSet: [] })) },
    });
    expect(serializeExport(again)).toBe(text);
  });
});

describe('buildExport', () => {
  it('never carries a secret: no secret setup values, not even which secrets were set', () => {
    const text = serializeExport(buildExport({ catalog, workflows: [], org: org() }));
    expect(text).not.toContain('SECRET');
    expect(text).not.toContain('botToken');
    expect(text).not.toContain('privateApiKey');
    expect(text).not.toContain('secretsSet');
    // Non-secret setup travels.
    expect(text).toContain('"workspace": "acme"');
    expect(text).toContain('"plan": "free"');
  });

  it('keeps what a user typed into a workflow: field values are content, not app secrets', () => {
    const wf = sampleWorkflow();
    const step = wf.steps.find((s) => s.kind === 'action')!;
    if (step.kind === 'action') step.fields.text = 'token looks like xoxb-123';
    expect(serializeExport(buildExport({ catalog, workflows: [wf] }))).toContain('token looks like xoxb-123');
  });

  it('leaves out installations of apps the catalog no longer has, so every export imports again', () => {
    const o = org();
    o.installations.push({ storeId: 'store-a', appId: 'retired-app', installedAt: 'z', settings: {}, secretsSet: [] });
    const doc = buildExport({ catalog, workflows: [], org: o });
    expect(doc.organization?.installations.map((i) => i.appId)).toEqual(['klaviyo', 'slack']);
    expect(parseImport(serializeExport(doc)).ok).toBe(true);
  });

  it('adds the organization only when given (one workflow or a selection has none)', () => {
    expect(buildExport({ catalog, workflows: [sampleWorkflow()] }).organization).toBeUndefined();
    expect(buildExport({ catalog, workflows: [], org: org() }).organization?.name).toBe('Acme');
  });
});

describe('exportFileName', () => {
  it('names the file after what it holds', () => {
    expect(exportFileName(buildExport({ catalog, workflows: [sampleWorkflow()] }))).toBe('flowbench-thank-happy-reviewers.json');
    expect(exportFileName(buildExport({ catalog, workflows: [sampleWorkflow(), { ...sampleWorkflow(), id: 'x' }] }))).toBe(
      'flowbench-2-workflows.json',
    );
    expect(exportFileName(buildExport({ catalog, workflows: [], org: org() }))).toBe('flowbench-export.json');
    expect(exportFileName(buildExport({ catalog, workflows: [{ ...sampleWorkflow(), name: '🎉🎉' }] }))).toBe('flowbench-workflow.json');
  });
});
