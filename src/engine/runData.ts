/**
 * What a run reads, and whether it may run at all.
 *
 * Data: `trigger` is the event's payload; each Shopify object the trigger
 * references (customer_id, order_id, product_id; an order also brings its
 * customer, as in dataFields.ts) is read from the store's simulated data (the
 * sandbox of the app "shopify", collections `customers`, `orders`,
 * `products`) as a workflow sees it: references resolved one level (an
 * order's customer, each line item's product and variant, so
 * `order.line_items[].product.tags` is readable; a customer's orders) —
 * resolveObject in storeData.ts. A stored record wins; attributes it lacks
 * are filled from the sample record, and an object the store doesn't have is
 * generated from the sample with the referenced id, so a simulation still
 * runs with any payload. A reference with no id (a guest order's customer)
 * leaves that root out: Liquid that reads it fails the step with "Unknown
 * variable…".
 *
 * The data is resolved once, when the run starts, and kept in the trigger
 * step's record: a run that resumes after a Wait reads the same data.
 *
 * Gating: the organization rules (whyWontRun) plus two engine checks, the
 * workflow has a trigger and it is the event's trigger.
 */
import type { Catalog } from '../domain/catalog/catalog';
import { REFERENCE_PAYLOAD_KEY, type ReferenceResource } from '../domain/catalog/fieldTypes';
import type { Organization } from '../domain/org/organization';
import { type Reason, whyWontRun } from '../domain/org/rules';
import { type StoreReader, resolveRecord } from '../domain/shopify/resolve';
import { SAMPLE_RECORDS } from '../domain/shopify/samples';
import { OBJECT_RESOURCE, type StoreResource } from '../domain/shopify/storeResources';
import type { BilingualText } from '../domain/text/messageParams';
import { providedResources, type WorkflowData } from '../domain/workflow/dataFields';
import { describeStep } from '../domain/workflow/describe';
import type { TriggerStep, Workflow } from '../domain/workflow/document';
import { appsOfSteps } from '../domain/workflow/kinds/registry';
import { triggerOf as triggerStepOf } from '../domain/workflow/kinds/trigger';
import { freezeDeep, frozen, frozenCopy } from './frozen';
import type { MemorySandbox } from './sandbox';
import { type StoreRecords, resourceKey, storeReader } from './storeData';
import type { TriggerEvent } from './types';

export { resourceKey } from './storeData';

/** Per resource: its sample records by id, as deep-frozen copies (frozen.ts), indexed on first use. */
const samplesById = new Map<StoreResource, ReadonlyMap<unknown, Record<string, unknown>>>();

/** The sample record of the resource with the id, as a deep-frozen copy made once (frozen.ts). */
function sampleRecord(resource: StoreResource, id: string): Record<string, unknown> | undefined {
  let byId = samplesById.get(resource);
  if (!byId) {
    const index = new Map<unknown, Record<string, unknown>>();
    // The first of equal ids wins, as a search from the start finds it.
    for (const r of SAMPLE_RECORDS[resource] as readonly Record<string, unknown>[]) if (!index.has(r.id)) index.set(r.id, frozenCopy(r));
    samplesById.set(resource, (byId = index));
  }
  return byId.get(id);
}

/** The store, and the sample records for what the store lacks (so a generated object still has its products and customer). */
function withSamples(store: StoreReader): StoreReader {
  return {
    get: (resource, id) => store.get(resource, id) ?? sampleRecord(resource, id),
    list: (resource) => store.list(resource),
  };
}

/**
 * Objects resolved before from a store's data (runDataOf keeps one per store), each valid while
 * the collections it was resolved from are unchanged. What it hands out and is handed is
 * deep-frozen.
 */
export interface ResolvedObjects {
  /** The object resolved before for the resource and id, when the store's data it read is unchanged. */
  get(resource: ReferenceResource, id: string): Record<string, unknown> | undefined;
  set(resource: ReferenceResource, id: string, object: Record<string, unknown>): void;
}

/**
 * The run's data for a trigger payload, reading Shopify objects from `shopify` (the store's
 * Shopify sandbox: its frozen records through MemorySandbox.reader, or a SandboxApi).
 * Each root object is the run's own; what it holds of the store's records, the samples and
 * the payload is deep-frozen and shared (frozen.ts), never copied: nobody can change it. A
 * payload that is deep-frozen already (the engine's events are) is used as it is.
 */
export function buildRunData(
  catalog: Catalog,
  trigger: Pick<TriggerStep, 'app' | 'trigger'>,
  payload: Readonly<Record<string, unknown>>,
  shopify: StoreRecords,
  options: {
    /** Objects resolved before from the same store contents (runDataOf's memo). */
    resolved?: ResolvedObjects;
    /** The payload is deep-frozen already (part of a deep-frozen event): used as it is, not copied. */
    payloadFrozen?: boolean;
  } = {},
): WorkflowData {
  const { resolved } = options;
  const data: WorkflowData = { trigger: options.payloadFrozen ? payload : frozen(payload) };
  const provided = providedOf(catalog, trigger);
  if (provided.size === 0) return data;
  let storedOrder = false;
  let reader: StoreReader | undefined;
  const load = (resource: ReferenceResource, id: unknown) => {
    const key = resourceKey(id);
    if (key === undefined) return undefined;
    const collection = OBJECT_RESOURCE[resource]!;
    // Whether the store has the order decides whose customer a generated order gets (below).
    const record = resource === 'order' || !resolved ? shopify.get(collection, key) : undefined;
    if (record && resource === 'order') storedOrder = true;
    let object = resolved?.get(resource, key);
    if (!object) {
      const sample = frozenCopy(SAMPLE_RECORDS[collection][0]!);
      object = resolveRecord(resource, { ...sample, ...(record ?? shopify.get(collection, key)), id: key }, (reader ??= withSamples(storeReader(shopify))));
      if (resolved) resolved.set(resource, key, freezeDeep(object));
    }
    return object;
  };
  // Order first: its customer_id names the customer when the payload doesn't.
  for (const resource of ['order', 'product'] as const) {
    if (!provided.has(resource)) continue;
    const object = load(resource, payload[REFERENCE_PAYLOAD_KEY[resource]]);
    if (object) data[resource] = object;
  }
  if (provided.has('customer')) {
    const customer = load('customer', payload.customer_id ?? data.order?.customer_id);
    if (customer) data.customer = customer;
    // A generated order belongs to the payload's customer (as in sampleData).
    if (customer && data.order && !storedOrder && payload.customer_id !== undefined) {
      const { orders: _orders, ...shallow } = customer;
      // A copy: the loaded order may be shared with other runs (resolved).
      data.order = { ...data.order, customer_id: customer.id, customer: shallow };
    }
  }
  return data;
}

/** Per catalog, app and trigger: the Shopify objects the trigger provides (providedResources), worked out once. */
const provides = new WeakMap<Catalog, Map<string, Map<string, ReadonlySet<ReferenceResource>>>>();

function providedOf(catalog: Catalog, trigger: Pick<TriggerStep, 'app' | 'trigger'>): ReadonlySet<ReferenceResource> {
  let byApp = provides.get(catalog);
  if (!byApp) provides.set(catalog, (byApp = new Map()));
  let byTrigger = byApp.get(trigger.app);
  if (!byTrigger) byApp.set(trigger.app, (byTrigger = new Map()));
  let provided = byTrigger.get(trigger.trigger);
  if (!provided) byTrigger.set(trigger.trigger, (provided = providedResources(catalog, trigger)));
  return provided;
}

type ReadCollection = 'orders' | 'customers' | 'products';

/**
 * The collections of the store's Shopify data a resolved object reads (resolve.ts): an order
 * its customer and its line items' products, a customer its orders, a product nothing else.
 */
const READS: Record<ReferenceResource, readonly ReadCollection[]> = {
  order: ['orders', 'customers', 'products'],
  customer: ['customers', 'orders'],
  product: ['products'],
};

/** The revisions of the collections {@link buildRunData} reads (MemorySandbox.revision), which only ever grow. */
type Revisions = Record<ReadCollection, number>;

function revisionsOf(sandbox: MemorySandbox, storeId: string): Revisions {
  return {
    orders: sandbox.revision(storeId, 'shopify', 'orders'),
    customers: sandbox.revision(storeId, 'shopify', 'customers'),
    products: sandbox.revision(storeId, 'shopify', 'products'),
  };
}

/**
 * A number that changes whenever one of the collections changes: the sum of their revisions,
 * which only ever grow, so a different sum is a change and an unchanged sum means no write.
 */
function stampOf(revisions: Revisions, collections: readonly ReadCollection[]): number {
  let stamp = 0;
  for (const collection of collections) stamp += revisions[collection];
  return stamp;
}

/** The data the last event's runs were given in a sandbox, and what it was read from. */
interface SharedData {
  event: TriggerEvent;
  catalog: Catalog;
  app: string;
  trigger: string;
  stamp: number;
  data: WorkflowData;
  /** The data's roots but the trigger, in order. */
  objects: Record<string, unknown>;
}

/**
 * Per sandbox: the last event's data. The engine runs every workflow an event starts one after
 * the other (engine.ts cascade), so one entry serves them all; a weak entry per event cost
 * more than it saved.
 */
const sharedData = new WeakMap<MemorySandbox, SharedData>();

/** Most objects kept per store in a {@link StoreMemo}; past that it starts again empty. */
const RESOLVED_MAX = 2000;

/**
 * The objects resolved from one store's Shopify data, each with the stamp of what it read
 * (stampOf), checked against the revisions of the reading in progress (`now`, set by
 * runDataOf before each reading).
 */
class StoreMemo implements ResolvedObjects {
  private readonly objects: Record<ReferenceResource, Map<string, { stamp: number; object: Record<string, unknown> }>> = {
    order: new Map(),
    customer: new Map(),
    product: new Map(),
  };
  private size = 0;
  /** The revisions of the collections read, as of `appRevision` (MemorySandbox.appRevision; -1: not read yet). */
  now: Revisions = { orders: 0, customers: 0, products: 0 };
  appRevision = -1;

  constructor(readonly catalog: Catalog) {}

  get(resource: ReferenceResource, id: string): Record<string, unknown> | undefined {
    const hit = this.objects[resource].get(id);
    return hit && hit.stamp === stampOf(this.now, READS[resource]) ? hit.object : undefined;
  }

  set(resource: ReferenceResource, id: string, object: Record<string, unknown>): void {
    if (this.size >= RESOLVED_MAX) {
      for (const objects of Object.values(this.objects)) objects.clear();
      this.size = 0;
    }
    const objects = this.objects[resource];
    if (!objects.has(id)) this.size++;
    objects.set(id, { stamp: stampOf(this.now, READS[resource]), object });
  }
}

/** Per sandbox, per store: the objects resolved from its Shopify data. */
const resolvedObjects = new WeakMap<MemorySandbox, Map<string, StoreMemo>>();

function memoOf(catalog: Catalog, sandbox: MemorySandbox, storeId: string): StoreMemo {
  let byStore = resolvedObjects.get(sandbox);
  if (!byStore) resolvedObjects.set(sandbox, (byStore = new Map()));
  let memo = byStore.get(storeId);
  if (!memo || memo.catalog !== catalog) byStore.set(storeId, (memo = new StoreMemo(catalog)));
  return memo;
}

/**
 * {@link buildRunData} for a run of the engine: the runs one event starts
 * (one per workflow listening) share one reading of the store while the
 * collections it reads are unchanged (MemorySandbox.revision); a run that
 * wrote an order makes the next run read it again. Objects are shared
 * across events too, each while the collections it was resolved from are
 * unchanged (the same customers and products recur; a product stays valid
 * when an order is written). The shared roots are deep-frozen, so no run can
 * change what another reads; each run gets its own top-level object (steps
 * bind variables into it). `event` must be deep-frozen (the run record's
 * event is).
 */
export function runDataOf(
  catalog: Catalog,
  trigger: Pick<TriggerStep, 'app' | 'trigger'>,
  event: TriggerEvent,
  sandbox: MemorySandbox,
): WorkflowData {
  return { ...sharedReading(catalog, trigger, event, sandbox).data };
}

/**
 * {@link runDataOf}, and beside it the Shopify objects the run reads (the data's roots but the
 * trigger, in order: the trigger step's output), each the run's own object.
 */
export function runStartOf(
  catalog: Catalog,
  trigger: Pick<TriggerStep, 'app' | 'trigger'>,
  event: TriggerEvent,
  sandbox: MemorySandbox,
): { data: WorkflowData; objects: Record<string, unknown> } {
  const shared = sharedReading(catalog, trigger, event, sandbox);
  return { data: { ...shared.data }, objects: { ...shared.objects } };
}

/** The reading the event's runs share (see runDataOf). */
function sharedReading(catalog: Catalog, trigger: Pick<TriggerStep, 'app' | 'trigger'>, event: TriggerEvent, sandbox: MemorySandbox): SharedData {
  const resolved = memoOf(catalog, sandbox, event.storeId);
  // The collections' revisions are read again only after a write to the store's Shopify data.
  const appRevision = sandbox.appRevision(event.storeId, 'shopify');
  if (resolved.appRevision !== appRevision) {
    resolved.now = revisionsOf(sandbox, event.storeId);
    resolved.appRevision = appRevision;
  }
  const stamp = stampOf(resolved.now, READS.order);
  const hit = sharedData.get(sandbox);
  if (hit && hit.event === event && hit.stamp === stamp && hit.catalog === catalog && hit.app === trigger.app && hit.trigger === trigger.trigger) {
    return hit;
  }
  const data = buildRunData(catalog, trigger, event.payload, sandbox.reader(event.storeId, 'shopify'), { resolved, payloadFrozen: true });
  // The trigger is the event's frozen payload; objects from the memo are frozen when kept.
  const objects: Record<string, unknown> = {};
  for (const key of Object.keys(data) as (keyof WorkflowData)[]) {
    if (key === 'trigger') continue;
    objects[key] = freezeDeep(data[key]);
  }
  const reading = { event, catalog, app: trigger.app, trigger: trigger.trigger, stamp, data, objects };
  sharedData.set(sandbox, reading);
  return reading;
}



const triggers = new WeakMap<Workflow['steps'], { step: TriggerStep | undefined; index: number; length: number }>();

/**
 * The workflow's trigger step, if it has one. Found once per steps array (the engine asks for
 * every workflow on every event); the answer is checked against the array before it is reused.
 */
export function triggerOf(workflow: Workflow): TriggerStep | undefined {
  const { steps } = workflow;
  const known = triggers.get(steps);
  if (known?.step && known.length === steps.length && steps[known.index] === known.step) return known.step;
  const step = triggerStepOf(steps);
  triggers.set(steps, { step, index: step ? steps.indexOf(step) : -1, length: steps.length });
  return step;
}

/**
 * Every reason the workflow must not run for the event, in words (empty: it
 * may run). A dry run ignores whether the workflow is turned on (testing a
 * draft is its purpose) but not the store's Flow and apps.
 */
export function gatingReasons(
  catalog: Catalog,
  org: Organization,
  workflow: Workflow,
  event: TriggerEvent,
  dryRun: boolean,
): readonly Reason[] {
  const trigger = triggerOf(workflow);
  if (!trigger) return [{ code: 'no-trigger', text: 'The workflow has no trigger.' }];
  const rules = ruleReasons(catalog, org, workflow, event.storeId, dryRun);
  if (trigger.app === event.app && trigger.trigger === event.trigger) return rules;
  const starts = describeStep(catalog, trigger);
  const got = describeStep(catalog, { ...trigger, app: event.app, trigger: event.trigger });
  const wrong: Reason = {
    code: 'wrong-trigger',
    params: { expected: triggerTitle(catalog, trigger.app, trigger.trigger), got: triggerTitle(catalog, event.app, event.trigger) },
    text: `The workflow starts with “${starts.appName} · ${starts.title}”, not “${got.appName} · ${got.title}”.`,
  };
  return [wrong, ...rules];
}

/** Per organization, per workflow: the rules' reasons by store (and dry run), with the catalog they were worked out with. */
const ruleAnswers = new WeakMap<Organization, WeakMap<Workflow, { catalog: Catalog; byStore: Map<string, readonly Reason[]> }>>();

/**
 * The organization rules' reasons (whyWontRun) for the workflow in the store. Worked out once per
 * organization object, workflow object, catalog, store and dry run: organizations and workflow
 * versions are immutable values (frozen.ts), and a run asks for each of its events.
 */
function ruleReasons(catalog: Catalog, org: Organization, workflow: Workflow, storeId: string, dryRun: boolean): readonly Reason[] {
  let byWorkflow = ruleAnswers.get(org);
  if (!byWorkflow) ruleAnswers.set(org, (byWorkflow = new WeakMap()));
  let answers = byWorkflow.get(workflow);
  if (!answers || answers.catalog !== catalog) byWorkflow.set(workflow, (answers = { catalog, byStore: new Map() }));
  const key = dryRun ? `${storeId}\u0000dry` : storeId;
  let reasons = answers.byStore.get(key);
  if (!reasons) {
    const activation = dryRun ? { on: true, scope: { kind: 'all' as const }, offInStores: [] } : workflow.activation;
    const verdict = whyWontRun(org, catalog, { name: workflow.name, activation, appIds: appsOf(workflow) }, storeId);
    reasons = Object.freeze(verdict.ok ? [] : verdict.reasons.map((text, i) => Object.freeze({ ...verdict.details[i]!, text })));
    answers.byStore.set(key, reasons);
  }
  return reasons;
}

const appsByWorkflow = new WeakMap<Workflow['steps'], readonly string[]>();

/** The apps of the workflow's steps, listed once per steps array (workflow versions are immutable values). */
function appsOf(workflow: Workflow): readonly string[] {
  let apps = appsByWorkflow.get(workflow.steps);
  if (!apps) appsByWorkflow.set(workflow.steps, (apps = appsOfSteps(workflow.steps)));
  return apps;
}

/** "App · Trigger" in both languages (ids where the catalog lacks them). */
function triggerTitle(catalog: Catalog, appId: string, triggerId: string): BilingualText {
  const app = catalog.byId.get(appId);
  const trigger = app?.triggers.find((t) => t.id === triggerId);
  const appName = app?.name ?? { en: appId, pl: appId };
  const name = trigger?.name ?? { en: triggerId, pl: triggerId };
  return { en: `${appName.en} · ${name.en}`, pl: `${appName.pl} · ${name.pl}` };
}
