/**
 * The one table that links Shopify Flow task ids (FORMAT.md §15) to what
 * Flowbench makes of them: a trigger or action of a catalog app, or a step
 * kind (condition, For each, Get data, Wait, Log output), and each Flow
 * config field to the step's property with the encoding of its value (§7).
 * The Flow import and export (src/io/flow) read nothing else; a task id not
 * in the table becomes a foreign step.
 *
 * Every entry and field says where its id comes from, with FORMAT.md's
 * markers: `documented` [D], `seen` in third-party exports [X], `inferred`
 * [I], or `flowbench` for ids Flow's sources don't give at all and
 * Flowbench chose (Wait, Log output, Get data's sort and limit), so an
 * export using them may not be accepted by Flow as is. docs/flow-format.md
 * lists the table.
 *
 * Adding a task is one entry (see Run code's below).
 *
 * Not in the table, so exported as `flowbench::shopify::…` with a warning:
 * the Workflow error occurred trigger, whose Flow task id no source gives.
 */

/** Flow's step types, upper case (§5). */
export const FLOW_TASK_TYPES = ['TRIGGER', 'CONDITION', 'ACTION', 'WAIT', 'FOREACH'] as const;
export type FlowTaskType = (typeof FLOW_TASK_TYPES)[number];

/** Where an id comes from: FORMAT.md's [D], [X], [I], or Flowbench's own choice. */
export type FlowEvidence = 'documented' | 'seen' | 'inferred' | 'flowbench';

/**
 * How a config field's text holds its value (§7): `text` as is; `liquid`
 * text whose Liquid names data, its paths respelled (Flow's `order.totalPrice`
 * ↔ Flowbench's `order.total_price`, io/flow/liquidPaths.ts); `tags` a JSON array of strings (Flowbench: comma-separated);
 * `headers` a JSON array of [name, value] pairs (Flowbench: "Name: value"
 * lines); `rrule` a JSON array of one DTSTART+RRULE text; `path` a bare
 * environment path (Flow's lowerCamel segments, Flowbench's snake_case);
 * `condition` the condition DSL or the export's condition tree; `duration`
 * an ISO 8601 duration (Flowbench's choice for Wait); `boolean`, `integer`
 * as text; `wrapped` the resource wrapper `{"value", "default_value"}`;
 * `apiCall` `{"name", "blob"}` with the variables as JSON text (its Liquid
 * respelled as `liquid`).
 */
export const FLOW_ENCODINGS = ['text', 'liquid', 'tags', 'headers', 'rrule', 'path', 'condition', 'duration', 'boolean', 'integer', 'wrapped', 'apiCall'] as const;
export type FlowEncoding = (typeof FLOW_ENCODINGS)[number];

/** One config field: Flow's id, the step property it fills (`fields.tags` for an action's input), and its encoding. */
export interface FlowFieldMapping {
  readonly flowId: string;
  /** The step's property; `fields.<key>` for a trigger's or action's input; for `apiCall`, the properties of its `name` and `blob`. */
  readonly prop: string | { readonly name: string; readonly blob: string };
  readonly encoding: FlowEncoding;
  readonly evidence: FlowEvidence;
}

/** What a Flow task becomes: an app's trigger or action, or a step of a kind made by its factory from `args`. */
export type FlowTarget =
  | { readonly kind: 'trigger'; readonly app: string; readonly trigger: string }
  | { readonly kind: 'action'; readonly app: string; readonly action: string }
  | { readonly kind: string; readonly args?: Readonly<Record<string, unknown>> };

export interface FlowTaskMapping {
  readonly taskId: string;
  readonly taskType: FlowTaskType;
  /** The `task_version` an export writes when the step came from no Flow file. */
  readonly version: string;
  readonly evidence: FlowEvidence;
  readonly target: FlowTarget;
  readonly fields: readonly FlowFieldMapping[];
  /**
   * For a step whose output Flow names after the step's `name` (Get data,
   * Run code...): the task's label and the variable's base, so `null` ↔
   * `getOrderData` and "Get order data (1)" ↔ `getOrderData1` (§10).
   */
  readonly variable?: { readonly label: string; readonly base: string };
}

const D = 'documented' as const;
const X = 'seen' as const;
const I = 'inferred' as const;
const F = 'flowbench' as const;

const shopifyTrigger = (handle: string, trigger: string, evidence: FlowEvidence): FlowTaskMapping => ({
  taskId: `shopify::admin::${handle}`,
  taskType: 'TRIGGER',
  version: '0.1',
  evidence,
  target: { kind: 'trigger', app: 'shopify', trigger },
  fields: [],
});

const getData = (resource: string, label: string, base: string, evidence: FlowEvidence): FlowTaskMapping => ({
  taskId: `shopify::flow::fetch::${resource}`,
  taskType: 'ACTION',
  version: '0.1',
  evidence,
  target: { kind: 'getData', args: { resource } },
  variable: { label, base },
  fields: [
    { flowId: 'query', prop: 'query', encoding: 'liquid', evidence: D },
    { flowId: 'sort_key', prop: 'sortKey', encoding: 'text', evidence: F },
    { flowId: 'reverse', prop: 'reverse', encoding: 'boolean', evidence: F },
    { flowId: 'first', prop: 'first', encoding: 'integer', evidence: F },
  ],
});

/** The table. Order matters only for a Flowbench target mapped twice: the first entry is the one an export writes. */
export const FLOW_TASKS: readonly FlowTaskMapping[] = [
  shopifyTrigger('order_created', 'order-created', D),
  shopifyTrigger('order_paid', 'order-paid', I),
  shopifyTrigger('customer_created', 'customer-created', I),
  shopifyTrigger('product_created', 'product-created', I),
  shopifyTrigger('inventory_quantity_changed', 'inventory-quantity-changed', I),
  {
    taskId: 'shopify::flow::scheduled_time',
    taskType: 'TRIGGER',
    version: '0.1',
    evidence: D,
    target: { kind: 'trigger', app: 'shopify', trigger: 'scheduled-time' },
    fields: [{ flowId: 'recurrence', prop: 'schedule', encoding: 'rrule', evidence: D }],
  },
  {
    taskId: 'shopify::admin::add_order_tags',
    taskType: 'ACTION',
    version: '0.1',
    evidence: D,
    target: { kind: 'action', app: 'shopify', action: 'add-order-tags' },
    fields: [{ flowId: 'tags', prop: 'fields.tags', encoding: 'tags', evidence: D }],
  },
  {
    taskId: 'shopify::admin::add_customer_tags',
    taskType: 'ACTION',
    version: '0.1',
    evidence: I,
    target: { kind: 'action', app: 'shopify', action: 'add-customer-tags' },
    fields: [{ flowId: 'tags', prop: 'fields.tags', encoding: 'tags', evidence: I }],
  },
  {
    taskId: 'shopify::flow::send_email',
    taskType: 'ACTION',
    version: '0.1',
    evidence: D,
    target: { kind: 'action', app: 'shopify', action: 'send-internal-email' },
    fields: [
      { flowId: 'address', prop: 'fields.to', encoding: 'liquid', evidence: X },
      { flowId: 'subject', prop: 'fields.subject', encoding: 'liquid', evidence: X },
      { flowId: 'message', prop: 'fields.body', encoding: 'liquid', evidence: X },
    ],
  },
  {
    taskId: 'shopify::flow::send_http_request',
    taskType: 'ACTION',
    version: '0.1',
    evidence: F,
    target: { kind: 'action', app: 'shopify', action: 'send-http-request' },
    fields: [
      { flowId: 'method', prop: 'fields.method', encoding: 'text', evidence: D },
      { flowId: 'url', prop: 'fields.url', encoding: 'liquid', evidence: D },
      { flowId: 'headers', prop: 'fields.headers', encoding: 'headers', evidence: D },
      { flowId: 'body', prop: 'fields.body', encoding: 'liquid', evidence: D },
    ],
  },
  {
    taskId: 'shopify::flow::condition',
    taskType: 'CONDITION',
    version: '0.1',
    evidence: D,
    target: { kind: 'condition' },
    fields: [{ flowId: 'condition', prop: 'criteria', encoding: 'condition', evidence: D }],
  },
  {
    taskId: 'shopify::flow::foreach',
    taskType: 'FOREACH',
    version: '0.1',
    evidence: D,
    target: { kind: 'forEach' },
    fields: [{ flowId: 'listpath', prop: 'list', encoding: 'path', evidence: D }],
  },
  getData('orders', 'Get order data', 'getOrderData', D),
  getData('customers', 'Get customer data', 'getCustomerData', D),
  getData('products', 'Get product data', 'getProductData', D),
  getData('draft_orders', 'Get draft order data', 'getDraftOrderData', I),
  {
    taskId: 'shopify::flow::wait',
    taskType: 'WAIT',
    version: '0.1',
    evidence: F,
    target: { kind: 'wait' },
    fields: [{ flowId: 'duration', prop: 'duration', encoding: 'duration', evidence: F }],
  },
  {
    taskId: 'shopify::admin::add_product_tags',
    taskType: 'ACTION',
    version: '0.1',
    evidence: I,
    target: { kind: 'action', app: 'shopify', action: 'add-product-tags' },
    fields: [
      { flowId: 'product_id', prop: 'fields.product_id', encoding: 'liquid', evidence: I },
      { flowId: 'tags', prop: 'fields.tags', encoding: 'tags', evidence: I },
    ],
  },
  {
    taskId: 'shopify::flow::run_code',
    taskType: 'ACTION',
    version: '0.1',
    evidence: D,
    target: { kind: 'runCode' },
    variable: { label: 'Run code', base: 'runCode' },
    fields: [
      { flowId: 'input', prop: 'input', encoding: 'text', evidence: D },
      { flowId: 'script', prop: 'script', encoding: 'text', evidence: D },
      { flowId: 'output_schema', prop: 'outputSchema', encoding: 'text', evidence: D },
    ],
  },
  {
    taskId: 'shopify::admin::admin_api_operation',
    taskType: 'ACTION',
    version: '0.1',
    evidence: D,
    target: { kind: 'adminApi' },
    variable: { label: 'Send Admin API request', base: 'sendAdminApiRequest' },
    fields: [{ flowId: 'api_call', prop: { name: 'mutation', blob: 'variables' }, encoding: 'apiCall', evidence: D }],
  },
  {
    taskId: 'shopify::flow::log_output',
    taskType: 'ACTION',
    version: '0.1',
    evidence: F,
    target: { kind: 'log' },
    fields: [{ flowId: 'message', prop: 'message', encoding: 'liquid', evidence: F }],
  },
];

/** Flow's ports of each type (§6): where links leave, and the one where they arrive. */
export const FLOW_OUTPUT_PORTS: Readonly<Record<FlowTaskType, readonly string[]>> = {
  TRIGGER: ['output'],
  ACTION: ['output'],
  WAIT: ['output'],
  CONDITION: ['true', 'false'],
  FOREACH: ['loop_body', 'after'],
};
export const FLOW_INPUT_PORT = 'input';

/** The mapping of a task id, if the table has one. */
export function flowTaskById(taskId: string, table: readonly FlowTaskMapping[] = FLOW_TASKS): FlowTaskMapping | undefined {
  return table.find((t) => t.taskId === taskId);
}

/** True when a step (by its kind, and its app with trigger or action, or its args) is what the mapping's target names. */
export function targetMatches(target: FlowTarget, step: Readonly<Record<string, unknown>>): boolean {
  if (target.kind !== step.kind) return false;
  if ('app' in target) {
    const name = target.kind === 'trigger' ? 'trigger' : 'action';
    return step.app === target.app && step[name] === (target as Record<string, unknown>)[name];
  }
  const args = 'args' in target ? (target.args ?? {}) : {};
  return Object.entries(args).every(([key, value]) => step[key] === value);
}

/** The mapping an export uses for a step: the first entry whose target it is. */
export function flowTaskForStep(step: Readonly<Record<string, unknown>>, table: readonly FlowTaskMapping[] = FLOW_TASKS): FlowTaskMapping | undefined {
  return table.find((t) => targetMatches(t.target, step));
}
