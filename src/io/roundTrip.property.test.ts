/**
 * Properties of the export format over generated data: any valid workflows
 * and organization survive export → parse → plan → export byte for byte
 * (imports arrive off, so the first export is compared with them off); no
 * planted secret ever appears in an export; and random or mutated documents
 * are refused with problems, never with an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organizationArb, workflowsArb } from '../../test/fixtures/exportArbitraries';
import type { Workflow } from '../domain/workflow/document';
import { buildExport, serializeExport, type ExportDocument } from './exportFormat';
import { parseImport, planImport, type ImportResult } from './importDocument';
import { builtInCatalog as catalog } from '../domain/catalog/builtIn';

const off = (w: Workflow): Workflow => ({ ...w, activation: { ...w.activation, on: false } });

/** What an export of the planned import would hold: the plan as the database would store it. */
function reExport(doc: ExportDocument): string {
  const plan = planImport(doc, [], []);
  const org = doc.organization && { name: plan.organizationName!, stores: plan.stores, installations: plan.installations };
  return serializeExport(buildExport({ catalog, workflows: plan.workflows, org }));
}

function expectRefused(result: ImportResult) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(p.path.startsWith('$')).toBe(true);
    expect(p.message.length).toBeGreaterThan(0);
  }
}

/** Every path to a value inside a JSON document, the root included. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return root;
}

const exportArb = fc
  .tuple(workflowsArb(3), fc.option(organizationArb, { nil: undefined }))
  .map(([workflows, org]) => serializeExport(buildExport({ catalog, workflows, org: org?.org })));

describe('the export format, over generated data', () => {
  it('round-trips any valid workflows and organization byte for byte', () => {
    fc.assert(
      fc.property(workflowsArb(), fc.option(organizationArb, { nil: undefined }), (workflows, generated) => {
        const first = serializeExport(buildExport({ catalog, workflows: workflows.map(off), org: generated?.org }));
        const parsed = parseImport(serializeExport(buildExport({ catalog, workflows, org: generated?.org })));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 5)));
        const second = reExport(parsed.value);
        expect(second).toBe(first);
        // And once more: an imported file is a fixed point.
        const again = parseImport(second);
        expect(again.ok && reExport(again.value)).toBe(second);
      }),
      { numRuns: 150 },
    );
  });

  it('never lets a secret into an export, wherever it was planted', () => {
    fc.assert(
      fc.property(workflowsArb(2), organizationArb, (workflows, { org, secrets }) => {
        const text = serializeExport(buildExport({ catalog, workflows, org }));
        for (const secret of secrets) expect(text).not.toContain(secret);
        expect(text).not.toContain('secretsSet');
      }),
      { numRuns: 150 },
    );
  });
});

describe('refusing bad files, over generated data', () => {
  it('refuses any random JSON value, and any random text, without throwing', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectRefused(parseImport(JSON.stringify(value) ?? ''))), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => expectRefused(parseImport(text))), { numRuns: 300 });
  });

  it('refuses a valid export with any one value replaced by null, or cut short', () => {
    fc.assert(
      fc.property(exportArb, fc.nat(), fc.nat(), (text, pick, cut) => {
        const json: unknown = JSON.parse(text);
        const all = paths(json);
        expectRefused(parseImport(JSON.stringify(setAt(json, all[pick % all.length]!, null))));
        // Every strict prefix (short of the final "}\n") is not JSON.
        expectRefused(parseImport(text.slice(0, cut % (text.length - 2))));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on a valid export with any value replaced by anything', () => {
    fc.assert(
      fc.property(exportArb, fc.nat(), fc.jsonValue(), fc.constantFrom('__proto__', 'constructor', 'extra'), (text, pick, value, key) => {
        const json: unknown = JSON.parse(text);
        const all = paths(json);
        const mutated = setAt(json, all[pick % all.length]!, value);
        const result = parseImport(JSON.stringify(mutated));
        if (!result.ok) expectRefused(result);
        // A key spliced into the first object of the text.
        const spliced = parseImport(text.replace('{', `{${JSON.stringify(key)}: ${JSON.stringify(value) ?? 'null'},`));
        expectRefused(spliced);
      }),
      { numRuns: 200 },
    );
  });
});
