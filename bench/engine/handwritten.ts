/**
 * The engine benchmark's baseline: the same work as the engine, written by
 * hand for this one scenario with everything prepared up front. For each
 * event it finds the workflows by trigger (a Map), checks that the store has
 * Flow and the apps (a Set), builds the run's data (payload plus the Shopify
 * objects, from a plain Map sandbox over the catalog's samples), evaluates
 * conditions with precompiled closures, renders action fields from Liquid
 * templates parsed once (`renderSync`, with the same Liquid setup and DoS
 * limits as the engine: any implementation must keep a hostile template
 * from hanging the page), coerces and checks the values, calls
 * the same simulated adapters and keeps a minimal record per run. What it
 * leaves out is what the engine adds for users: copies of the workflow and
 * the event in each record, per-step names and timestamps, retries, faults,
 * staged sandbox writes, cascades.
 */
import type { Template } from 'liquidjs';
import type { Catalog } from '../../src/domain/catalog/catalog';
import { checkFieldValue } from '../../src/domain/catalog/fieldTypes';
import type { FieldDef } from '../../src/domain/catalog/manifest';
import { sampleObject } from '../../src/domain/catalog/shopifyObjects';
import type { Organization } from '../../src/domain/org/organization';
import type { Criterion, Workflow } from '../../src/domain/workflow/document';
import { createFlowLiquid } from '../../src/domain/workflow/liquid';
import { coerce } from '../../src/engine/actionFields';
import { DEFAULT_LIQUID_LIMITS } from '../../src/engine/liquidRender';
import { limitLoopWork } from '../../src/engine/liquidLoops';
import type { AdapterRegistry } from '../../src/engine/adapters/registry';
import type { ActionHandler, SandboxApi, TriggerEvent } from '../../src/engine/types';

type Rec = Record<string, unknown>;

export interface MiniRun {
  workflowId: string;
  storeId: string;
  status: 'succeeded' | 'failed' | 'skipped';
  steps: { stepId: string; status: 'succeeded' | 'failed'; branch?: 'then' | 'otherwise'; rendered?: Rec; output?: Rec; error?: string }[];
}

type Compiled =
  | { kind: 'condition'; id: string; test: (data: Rec) => boolean; then?: string; otherwise?: string }
  | {
      kind: 'action';
      id: string;
      appId: string;
      actionId: string;
      handler: ActionHandler;
      fields: { def: FieldDef; text: string; template?: Template[] }[];
      next?: string;
    };

interface CompiledWorkflow {
  id: string;
  apps: string[];
  first?: string;
  steps: Map<string, Compiled>;
}

function criterionTest(c: Criterion): (data: Rec) => boolean {
  const [root, key] = c.field.split('.') as [string, string];
  const read = (data: Rec) => (data[root] as Rec | undefined)?.[key];
  const v = c.value;
  switch (c.operator) {
    case 'greater_than':
      return (d) => Number(read(d)) > Number(v);
    case 'less_than':
      return (d) => Number(read(d)) < Number(v);
    case 'less_or_equal':
      return (d) => Number(read(d)) <= Number(v);
    case 'equal':
      return (d) => read(d) === v;
    default:
      throw new Error(`The hand-written baseline has no operator ${c.operator}`);
  }
}

/** A plain-Map sandbox with the engine's id scheme; no copies, no staging. */
class PlainSandbox {
  readonly data = new Map<string, Map<string, Rec>>();
  private readonly counters = new Map<string, number>();

  api(storeId: string, appId: string): SandboxApi {
    const coll = (c: string) => {
      const k = `${storeId}/${appId}/${c}`;
      let m = this.data.get(k);
      if (!m) this.data.set(k, (m = new Map()));
      return [k, m] as const;
    };
    return {
      get: (c, id) => coll(c)[1].get(id),
      list: (c) => [...coll(c)[1].values()],
      count: (c) => coll(c)[1].size,
      insert: (c, record) => {
        const [k, m] = coll(c);
        let id = record.id as string | undefined;
        if (id === undefined) {
          const n = (this.counters.get(k) ?? 0) + 1;
          this.counters.set(k, n);
          id = `${c.endsWith('s') ? c.slice(0, -1) : c}-${n}`;
        }
        m.set(id, { ...record, id });
        return id;
      },
      upsert: (c, id, fields) => {
        const m = coll(c)[1];
        m.set(id, { ...m.get(id), ...fields, id });
      },
    };
  }

  /** Number of records, for the equivalence check. */
  size(): number {
    let n = 0;
    for (const m of this.data.values()) n += m.size;
    return n;
  }
}

const RESOURCES: Record<string, ('order' | 'customer' | 'product')[]> = {
  'order-created': ['order', 'customer'],
  'order-paid': ['order', 'customer'],
  'customer-created': ['customer'],
  'product-created': ['product'],
  'inventory-quantity-changed': ['product'],
};
const COLLECTION = { order: 'orders', customer: 'customers', product: 'products' } as const;
const PAYLOAD_KEY = { order: 'order_id', customer: 'customer_id', product: 'product_id' } as const;

/** Prepares the baseline for the given workflows; returns a function that handles one event. */
export function handwrittenEngine(workflows: readonly Workflow[], org: Organization, catalog: Catalog, registry: AdapterRegistry, now: string) {
  const { parseLimit, memoryLimit, loopLimit } = DEFAULT_LIQUID_LIMITS;
  const liquid = createFlowLiquid({ strictVariables: true, ownPropertyOnly: true, parseLimit, memoryLimit });
  limitLoopWork(liquid, loopLimit);
  const sandbox = new PlainSandbox();
  const installed = new Set(org.installations.map((i) => `${i.storeId}/${i.appId}`));
  const flow = new Set(org.stores.filter((s) => s.flowInstalled).map((s) => s.id));
  const byTrigger = new Map<string, CompiledWorkflow[]>();

  for (const wf of workflows) {
    const trigger = wf.steps.find((s) => s.kind === 'trigger');
    if (!trigger || trigger.kind !== 'trigger' || !wf.activation.on) continue;
    const next = (from: string, port: string) => wf.links.find((l) => l.from === from && l.port === port)?.to;
    const steps = new Map<string, Compiled>();
    const apps = new Set<string>();
    for (const s of wf.steps) {
      if (s.kind === 'condition') {
        const tests = s.criteria.items.map((c) => criterionTest(c as Criterion));
        steps.set(s.id, { kind: 'condition', id: s.id, test: (d) => tests.every((t) => t(d)), then: next(s.id, 'then'), otherwise: next(s.id, 'otherwise') });
      } else if (s.kind === 'action') {
        const def = catalog.byId.get(s.app)!.actions.find((a) => a.id === s.action)!;
        if (s.app !== 'shopify') apps.add(s.app);
        steps.set(s.id, {
          kind: 'action',
          id: s.id,
          appId: s.app,
          actionId: s.action,
          handler: registry.get(s.app)!.actions[s.action]!,
          fields: def.inputs.map((f) => {
            const text = s.fields[f.key] ?? '';
            return { def: f, text, ...(text.includes('{{') || text.includes('{%') ? { template: liquid.parse(text) } : {}) };
          }),
          next: next(s.id, 'next'),
        });
      }
    }
    const key = `${trigger.app}/${trigger.trigger}`;
    byTrigger.set(key, [...(byTrigger.get(key) ?? []), { id: wf.id, apps: [...apps], first: next(trigger.id, 'next'), steps }]);
  }

  const shopifyOf = new Map<string, SandboxApi>();
  const loadData = (event: TriggerEvent): Rec => {
    let shopify = shopifyOf.get(event.storeId);
    if (!shopify) shopifyOf.set(event.storeId, (shopify = sandbox.api(event.storeId, 'shopify')));
    const data: Rec = { trigger: event.payload };
    for (const resource of RESOURCES[event.trigger] ?? []) {
      const id = String(event.payload[PAYLOAD_KEY[resource]] ?? (data.order as Rec | undefined)?.customer_id ?? '');
      if (!id) continue;
      data[resource] = { ...sampleObject(resource, { id }), ...shopify.get(COLLECTION[resource], id), id };
    }
    return data;
  };

  async function handle(event: TriggerEvent): Promise<MiniRun[]> {
    const runs: MiniRun[] = [];
    const matching = byTrigger.get(`${event.app}/${event.trigger}`);
    if (!matching) return runs;
    const data = loadData(event);
    for (const wf of matching) {
      const run: MiniRun = { workflowId: wf.id, storeId: event.storeId, status: 'succeeded', steps: [] };
      runs.push(run);
      if (!flow.has(event.storeId) || wf.apps.some((a) => !installed.has(`${event.storeId}/${a}`))) {
        run.status = 'skipped';
        continue;
      }
      let id = wf.first;
      while (id !== undefined && run.status === 'succeeded') {
        const step = wf.steps.get(id)!;
        if (step.kind === 'condition') {
          const branch = step.test(data) ? 'then' : 'otherwise';
          run.steps.push({ stepId: step.id, status: 'succeeded', branch });
          id = branch === 'then' ? step.then : step.otherwise;
          continue;
        }
        const rendered: Rec = {};
        const problems: string[] = [];
        for (const { def, text, template } of step.fields) {
          let value: unknown;
          try {
            value = coerce(def, template ? String(liquid.renderSync(template, data)) : text);
          } catch (error) {
            problems.push(String(error));
            continue;
          }
          if (value === undefined) {
            if (def.required) problems.push(`${def.label.en} is required`);
            continue;
          }
          rendered[def.key] = value;
          const problem = checkFieldValue(def.type, value, def.format);
          if (problem) problems.push(problem);
        }
        if (problems.length > 0) {
          run.steps.push({ stepId: step.id, status: 'failed', rendered, error: problems.join(' ') });
          run.status = 'failed';
          break;
        }
        try {
          const pending = step.handler({ storeId: event.storeId, appId: step.appId, actionId: step.actionId, fields: rendered, event, now, sandbox: sandbox.api(event.storeId, step.appId), org });
          const result = pending instanceof Promise ? await pending : pending;
          run.steps.push({ stepId: step.id, status: 'succeeded', rendered, output: result.output ?? {} });
          id = step.next;
        } catch (error) {
          run.steps.push({ stepId: step.id, status: 'failed', rendered, error: error instanceof Error ? error.message : String(error) });
          run.status = 'failed';
        }
      }
    }
    return runs;
  }

  return { handle, sandboxSize: () => sandbox.size() };
}
