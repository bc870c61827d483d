/**
 * A step kind is one module per layer (docs/adding-a-step-kind.md): the
 * domain's definition, the engine's handler, the UI's words and the
 * inspector's form, each registered once. This test walks the registries
 * and fails when a kind lacks a part in any of them, or a part doesn't do
 * its job: a new step of the kind must parse, be described, diff as
 * unchanged against itself, validate without throwing, and run in the
 * engine to a record of its kind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../src/domain/catalog/builtIn';
import { Step, Workflow } from '../src/domain/workflow/document';
import { createWorkflow } from '../src/domain/workflow/factory';
import { STEP_KIND_LIST, STEP_KIND_NAMES, kindOf } from '../src/domain/workflow/kinds/registry';
import { validateWorkflow } from '../src/domain/workflow/validate';
import { BUILT_IN_ADAPTERS } from '../src/engine/adapters/index';
import { ENGINE_KINDS } from '../src/engine/kinds';
import { KIND_SETTINGS } from '../src/ui/inspector/KindSettings';
import { UI_KINDS } from '../src/ui/kinds';
import { loadCatalog } from '../src/ui/i18n/catalog';
import { ensureFullCatalog } from '../src/state/catalog';
import { translateIn } from '../src/ui/i18n';
import { startRun } from '../src/engine/interpreter';
import { context, event, orgWith } from './fixtures/engine';

// The UI names actions by the manifests, which the pages that show steps load first (ui/kinds/action.ts).
beforeAll(() => Promise.all([loadCatalog('pl'), ensureFullCatalog()]));

/** A step of each kind, made by the kind's own factory from its placeholder args (a real trigger and action for those). */
function newStepOf(name: (typeof STEP_KIND_NAMES)[number]) {
  const kind = kindOf(name);
  const args = name === 'trigger' ? { app: 'shopify', trigger: 'order-created' } : name === 'action' ? { app: 'shopify', action: 'add-order-tags' } : kind.placeholder;
  return kind.create(args, { x: 0, y: 0 }, `${name}-1`);
}

describe('every step kind has every part', () => {
  it('the registries of the three layers list the same kinds', () => {
    expect(Object.keys(ENGINE_KINDS).sort()).toEqual([...STEP_KIND_NAMES].sort());
    expect(Object.keys(UI_KINDS).sort()).toEqual([...STEP_KIND_NAMES].sort());
    expect(Object.keys(KIND_SETTINGS).sort()).toEqual([...STEP_KIND_NAMES].sort());
    expect(new Set(STEP_KIND_NAMES).size).toBe(STEP_KIND_LIST.length);
  });

  for (const name of STEP_KIND_NAMES) {
    describe(name, () => {
      const kind = kindOf(name);

      it('domain: its factory makes a step its schema and the document accept, with its ports', () => {
        const step = newStepOf(name);
        expect(step.kind).toBe(name);
        expect(Step.parse(step)).toEqual(step);
        expect(kind.ports.length).toBeGreaterThan(0);
        expect(kind.args.safeParse(kind.placeholder).success).toBe(true);
        const wf = { ...createWorkflow('Kinds'), steps: [step] };
        expect(Workflow.safeParse(wf).success).toBe(true);
      });

      it('domain: it describes, diffs and validates its steps', () => {
        const step = newStepOf(name);
        const described = kind.describe(step, catalog);
        expect(described.title.length).toBeGreaterThan(0);
        expect(described.appName.length).toBeGreaterThan(0);
        expect(kind.label.length).toBeGreaterThan(0);
        expect(kind.diff(step, step)).toEqual([]);
        const problems = validateWorkflow({ steps: [step], links: [] }, { catalog, org: orgWith({ 'store-1': [] }) });
        expect(Array.isArray(problems)).toBe(true);
        for (const op of kind.operations) expect(op.schema.shape.type.value).toMatch(/^[a-z][A-Za-z]+$/);
      });

      it('engine: its handler runs a step of it', () => {
        expect(ENGINE_KINDS[name].kind).toBe(name);
        expect(typeof ENGINE_KINDS[name].run).toBe('function');
      });

      it('UI: it names its steps in English and Polish, names its branch ports, and has an inspector form', () => {
        const step = newStepOf(name);
        const ui = UI_KINDS[name] as (typeof UI_KINDS)[typeof name] & { text: (s: typeof step, l: 'en' | 'pl') => { kindLabel: string; title: string } };
        for (const language of ['en', 'pl'] as const) {
          const text = ui.text(step, language);
          expect(text.kindLabel.length).toBeGreaterThan(0);
          expect(text.title.length).toBeGreaterThan(0);
        }
        if (kind.ports.length > 1) {
          for (const port of kind.ports) {
            const key = ui.portLabels[port];
            expect(key, `port ${port} of ${name} has no label`).toBeDefined();
            expect(translateIn('pl', key!)).not.toBe(translateIn('en', key!));
          }
        }
        expect(typeof KIND_SETTINGS[name]).toBe('function');
      });
    });
  }
});

describe('the engine runs each kind it is handed', () => {
  it('a workflow holding every non-entry kind after its trigger runs each of them in turn', async () => {
    const ctx = context(orgWith({ 'store-1': [] }), [...BUILT_IN_ADAPTERS]);
    // The action and the For each get what they require (their factories leave them empty, which validation reports).
    // A foreign step is a Flow task Flowbench can't run: the test below shows that it stops the run.
    const steps = STEP_KIND_NAMES.filter((k) => k !== 'foreign').map(newStepOf).map((s) =>
      s.kind === 'action' ? { ...s, fields: { tags: 'vip' } } : s.kind === 'forEach' ? { ...s, list: 'order.line_items' } : s,
    ).map((s) => (s.kind === 'adminApi' ? { ...s, mutation: 'tagsAdd', variables: '{"id": "gid://shopify/Order/1", "tags": ["vip"]}' } : s));
    // Send Admin API request tags the store's order 1.
    ctx.sandbox.forApp('store-1', 'shopify').upsert('orders', '1', { id: 1, name: '#1', tags: [] });
    const trigger = steps.find((s) => !kindOf(s.kind).acceptsLinks)!;
    const rest = steps.filter((s) => s !== trigger);
    // Each step leads to the next by its first port that may (For each's loop may not hold Get data directly).
    const links = [trigger, ...rest].slice(0, -1).map((s, i) => ({
      from: s.id,
      port: kindOf(s.kind).ports.find((p) => !kindOf(s.kind).refuseNext?.(p, rest[i]!.kind))!,
      to: rest[i]!.id,
    }));
    const wf = Workflow.parse({ ...createWorkflow('All kinds', 'all-kinds'), activation: { on: true, scope: { kind: 'all' }, offInStores: [] }, steps, links });
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('shopify', 'order-created', { order_id: 'gid://shopify/Order/1' }), dryRun: true });
    expect(run.steps.find((s) => s.status === 'failed')?.error).toBeUndefined();
    expect(run.steps.map((s) => s.kind)).toEqual(STEP_KIND_NAMES.filter((k) => k === trigger.kind).concat(rest.map((s) => s.kind)));
  });

  it('a foreign step (a Flow task Flowbench does not know) fails with "Flowbench can\'t run <task id>" and nothing after it runs', async () => {
    const ctx = context(orgWith({ 'store-1': [] }), [...BUILT_IN_ADAPTERS]);
    const trigger = newStepOf('trigger');
    const foreign = { ...newStepOf('foreign'), taskId: 'acme::crm::sync' };
    const log = newStepOf('log');
    const links = [
      { from: trigger.id, port: 'next', to: foreign.id },
      { from: foreign.id, port: 'next', to: log.id },
    ];
    const wf = Workflow.parse({ ...createWorkflow('Foreign', 'foreign'), activation: { on: true, scope: { kind: 'all' }, offInStores: [] }, steps: [trigger, foreign, log], links });
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('shopify', 'order-created', { order_id: 'gid://shopify/Order/1' }), dryRun: true });
    expect(run.steps.map((s) => [s.kind, s.status])).toEqual([['trigger', 'succeeded'], ['foreign', 'failed']]);
    expect(run.steps[1]?.error).toMatch(/^Flowbench can't run acme::crm::sync/);
  });
});
