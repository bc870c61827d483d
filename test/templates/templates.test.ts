/**
 * The template gallery: every template is a Flowbench export (same format,
 * same schema, same messages as an import), complete (no validation error
 * once its apps are installed), and really runs: fired with its trigger's
 * sample payload in a store that has its apps, the run succeeds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../../src/domain/catalog/builtIn';
import type { Organization } from '../../src/domain/org/organization';
import { validateWorkflow } from '../../src/domain/workflow/validate';
import { builtInRegistry } from '../../src/engine/adapters/index';
import { ManualClock, counterIds } from '../../src/engine/clock';
import { Engine } from '../../src/engine/engine';
import { MemorySandbox } from '../../src/engine/sandbox';
import { parseImport } from '../../src/io/importDocument';

const dir = new URL('../../src/domain/templates/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

function orgWithEverything(): Organization {
  const at = '2026-11-01T00:00:00.000Z';
  return {
    name: 'Everything installed',
    stores: [{ id: 'store-1', name: 'Store 1', flowInstalled: true, createdAt: at, timeZone: 'UTC' }],
    installations: catalog.apps
      .filter((a) => !a.builtIn)
      .map((a) => ({ storeId: 'store-1', appId: a.id, installedAt: at, settings: {}, secretsSet: [] })),
  };
}

describe('the template gallery', () => {
  it('has at least 12 templates', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s is a valid Flowbench export, complete, and runs successfully', async (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const parsed = parseImport(text, { catalog });
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    if (!parsed.ok) return;
    const [template] = parsed.value.workflows;
    expect(template!.description.length).toBeGreaterThan(20);

    const org = orgWithEverything();
    const errors = validateWorkflow(template!, { catalog, org }).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);

    const trigger = template!.steps.find((s) => s.kind === 'trigger');
    if (trigger?.kind !== 'trigger') throw new Error('no trigger');
    const payload = structuredClone(catalog.byId.get(trigger.app)!.triggers.find((t) => t.id === trigger.trigger)!.samplePayload);
    const engine = new Engine({ catalog, registry: builtInRegistry, sandbox: new MemorySandbox(), clock: new ManualClock('2026-11-28T12:00:00.000Z'), ids: counterIds() });
    const batch = await engine.fire(
      { id: 'e1', storeId: 'store-1', app: trigger.app, trigger: trigger.trigger, payload, at: '2026-11-28T12:00:00.000Z', depth: 0 },
      [{ ...template!, activation: { ...template!.activation, on: true } }],
      org,
    );
    const run = batch.runs.find((r) => r.workflowId === template!.id)!;
    const failure = run.steps.find((s) => s.status === 'failed');
    expect({ status: run.status, error: failure?.error, reasons: run.reasons }).toEqual({ status: 'succeeded', error: undefined, reasons: [] });
  });
});
