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
import { SAMPLE_READER, SAMPLE_RECORDS } from '../domain/shopify/samples';
import { OBJECT_RESOURCE } from '../domain/shopify/storeResources';
import type { BilingualText } from '../domain/text/messageParams';
import { providedResources, type WorkflowData } from '../domain/workflow/dataFields';
import { describeStep } from '../domain/workflow/describe';
import type { TriggerStep, Workflow } from '../domain/workflow/document';
import { appsOfSteps } from '../domain/workflow/kinds/registry';
import { triggerOf as triggerStepOf } from '../domain/workflow/kinds/trigger';
import { resourceKey, storeReader } from './storeData';
import type { SandboxApi, TriggerEvent } from './types';

export { resourceKey } from './storeData';

/** The store, and the sample records for what the store lacks (so a generated object still has its products and customer). */
function withSamples(store: StoreReader): StoreReader {
  return {
    get: (resource, id) => store.get(resource, id) ?? SAMPLE_READER.get(resource, id),
    list: (resource) => store.list(resource),
  };
}

/** The run's data for a trigger payload, reading Shopify objects from `shopify` (the store's Shopify sandbox). */
export function buildRunData(
  catalog: Catalog,
  trigger: Pick<TriggerStep, 'app' | 'trigger'>,
  payload: Readonly<Record<string, unknown>>,
  shopify: SandboxApi,
): WorkflowData {
  const data: WorkflowData = { trigger: structuredClone({ ...payload }) };
  const provided = providedResources(catalog, trigger);
  const stored = new Set<ReferenceResource>();
  const reader = withSamples(storeReader(shopify));
  const load = (resource: ReferenceResource, id: unknown) => {
    const key = resourceKey(id);
    if (key === undefined) return undefined;
    const collection = OBJECT_RESOURCE[resource]!;
    const record = shopify.get(collection, key);
    if (record) stored.add(resource);
    const sample = SAMPLE_RECORDS[collection][0]!;
    return resolveRecord(resource, { ...structuredClone(sample), ...record, id: key }, reader);
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
    if (customer && data.order && !stored.has('order') && payload.customer_id !== undefined) {
      const { orders: _orders, ...shallow } = customer;
      data.order.customer_id = customer.id;
      data.order.customer = shallow;
    }
  }
  return data;
}

/** The workflow's trigger step, if it has one. */
export function triggerOf(workflow: Workflow): TriggerStep | undefined {
  return triggerStepOf(workflow.steps);
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
): Reason[] {
  const trigger = triggerOf(workflow);
  if (!trigger) return [{ code: 'no-trigger', text: 'The workflow has no trigger.' }];
  const reasons: Reason[] = [];
  if (trigger.app !== event.app || trigger.trigger !== event.trigger) {
    const starts = describeStep(catalog, trigger);
    const got = describeStep(catalog, { ...trigger, app: event.app, trigger: event.trigger });
    reasons.push({
      code: 'wrong-trigger',
      params: { expected: triggerTitle(catalog, trigger.app, trigger.trigger), got: triggerTitle(catalog, event.app, event.trigger) },
      text: `The workflow starts with “${starts.appName} · ${starts.title}”, not “${got.appName} · ${got.title}”.`,
    });
  }
  const appIds = appsOfSteps(workflow.steps);
  const activation = dryRun ? { on: true, scope: { kind: 'all' as const }, offInStores: [] } : workflow.activation;
  const verdict = whyWontRun(org, catalog, { name: workflow.name, activation, appIds }, event.storeId);
  if (!verdict.ok) reasons.push(...verdict.reasons.map((text, i) => ({ ...verdict.details[i]!, text })));
  return reasons;
}

/** "App · Trigger" in both languages (ids where the catalog lacks them). */
function triggerTitle(catalog: Catalog, appId: string, triggerId: string): BilingualText {
  const app = catalog.byId.get(appId);
  const trigger = app?.triggers.find((t) => t.id === triggerId);
  const appName = app?.name ?? { en: appId, pl: appId };
  const name = trigger?.name ?? { en: triggerId, pl: triggerId };
  return { en: `${appName.en} · ${name.en}`, pl: `${appName.pl} · ${name.pl}` };
}
