/**
 * The data a workflow can use, derived from its trigger: `trigger.<key>` for
 * each payload field, and `customer.<attr>` / `order.<attr>` /
 * `product.<attr>` for the Shopify objects the payload references. Conditions,
 * Liquid in action fields, the variable picker and sample runs all read this
 * one namespace, so a path the picker offers is a path validation accepts.
 *
 * Decision: an order also provides its customer. An order carries
 * `customer_id`, so `customer.*` is available after any trigger that
 * references an order (as Shopify Flow offers `order.customer`). A guest or
 * POS order may have no customer: then `customer.*` is empty at run time
 * and actions that need a customer fail in that run, which the run history
 * shows; statically the data is available. A customer does not provide an
 * order, and an order does not provide a product (it may have many).
 */
import type { Catalog } from '../catalog/catalog';
import {
  type FieldFormat,
  type ReferenceResource,
  REFERENCE_PAYLOAD_KEY,
  REFERENCE_RESOURCES,
  referencedResource,
} from '../catalog/fieldTypes';
import type { LocalizedText, TriggerDef } from '../catalog/manifest';
import { type DataType, SHOPIFY_OBJECTS, sampleObject } from '../catalog/shopifyObjects';
import type { TriggerStep } from './document';

/** Where a data field comes from: the trigger's payload or a referenced Shopify object. */
export type DataRoot = 'trigger' | ReferenceResource;

/** One field a workflow can read, like `trigger.rating` or `customer.email`. */
export interface DataField {
  /** `<root>.<key>`: what conditions store and what Liquid writes between `{{ }}`. */
  readonly path: string;
  readonly root: DataRoot;
  readonly key: string;
  readonly label: LocalizedText;
  readonly type: DataType;
  readonly format?: FieldFormat;
}

/** The trigger definition a trigger step names, or undefined when the catalog has no such trigger. */
export function triggerDefOf(catalog: Catalog, step: Pick<TriggerStep, 'app' | 'trigger'>): TriggerDef | undefined {
  return catalog.byId.get(step.app)?.triggers.find((t) => t.id === step.trigger);
}

/**
 * The Shopify objects a trigger provides: one per reference field of its
 * payload, plus the customer of a referenced order (see the module header).
 * Empty when there is no trigger or the catalog doesn't know it.
 */
export function providedResources(
  catalog: Catalog,
  triggerStep: Pick<TriggerStep, 'app' | 'trigger'> | undefined,
): ReadonlySet<ReferenceResource> {
  const def = triggerStep && triggerDefOf(catalog, triggerStep);
  const out = new Set<ReferenceResource>();
  for (const field of def?.fields ?? []) {
    const resource = referencedResource(field.type);
    if (resource) out.add(resource);
  }
  if (out.has('order')) out.add('customer');
  return out;
}

/**
 * Every data field a workflow started by `triggerStep` can use: the trigger's
 * payload fields first (in manifest order), then the attributes of the
 * provided objects in the order customer, order, product. Empty when there is
 * no trigger or the catalog doesn't know it.
 */
export function availableData(
  catalog: Catalog,
  triggerStep: Pick<TriggerStep, 'app' | 'trigger'> | undefined,
): DataField[] {
  const def = triggerStep && triggerDefOf(catalog, triggerStep);
  if (!def) return [];
  const fields: DataField[] = def.fields.map((f) => ({
    path: `trigger.${f.key}`,
    root: 'trigger',
    key: f.key,
    label: f.label,
    type: f.type,
    ...(f.format ? { format: f.format } : {}),
  }));
  const provided = providedResources(catalog, triggerStep);
  for (const resource of REFERENCE_RESOURCES) {
    if (!provided.has(resource)) continue;
    for (const a of SHOPIFY_OBJECTS[resource].attributes) {
      fields.push({
        path: `${resource}.${a.key}`,
        root: resource,
        key: a.key,
        label: a.label,
        type: a.type,
        ...(a.format ? { format: a.format } : {}),
      });
    }
  }
  return fields;
}

/** Data fields by path, for lookups while validating or evaluating. */
export function indexByPath(fields: readonly DataField[]): ReadonlyMap<string, DataField> {
  return new Map(fields.map((f) => [f.path, f]));
}

/** The data a run reads: the trigger payload and the referenced objects, by root. */
export type WorkflowData = Partial<Record<DataRoot, Record<string, unknown>>>;

/**
 * Sample data for a test run of a workflow started by `triggerStep`: the
 * trigger's sample payload, and a sample of each provided object whose id
 * matches the payload's reference (the order's customer matches the order).
 */
export function sampleData(catalog: Catalog, triggerStep: Pick<TriggerStep, 'app' | 'trigger'> | undefined): WorkflowData {
  const def = triggerStep && triggerDefOf(catalog, triggerStep);
  if (!def) return {};
  const payload = { ...def.samplePayload };
  const data: WorkflowData = { trigger: payload };
  for (const resource of providedResources(catalog, triggerStep)) {
    const id = payload[REFERENCE_PAYLOAD_KEY[resource]];
    data[resource] = sampleObject(resource, id === undefined ? {} : { id });
  }
  // The order's customer is the run's customer, whichever side names it.
  if (data.order && data.customer) {
    if (payload.customer_id !== undefined) data.order.customer_id = data.customer.id;
    else data.customer.id = data.order.customer_id;
  }
  return data;
}
