/**
 * Simulated built-in Shopify actions: tags on the trigger's order or customer
 * and on a product the action names (written to the store data, the same records the Sandbox page shows and
 * runs read), internal e-mails to staff, and a simulated HTTP request
 * (recorded, answered with an echo; the live fetch variant lives elsewhere).
 */
import { SAMPLE_RECORDS } from '../../domain/shopify/samples';
import { addTags, splitTags, tagsOf, tagsProblem } from '../../domain/shopify/tags';
import { dictionary } from '../../domain/ownKeys';
import type { ActionCall, ActionHandler, ActionResult, AppAdapter } from '../types';
import { optionalText, plainResourceId, reject, requiredResourceId, requiredText, triggerResourceId } from './adapterHelpers';

/**
 * The store record of the trigger's order or customer. One the store lacks
 * (a payload typed with another id) is made from the sample with that id, as
 * the run's data was (runData.ts), so the store keeps a whole record.
 */
function storeRecord(call: ActionCall, collection: 'orders' | 'customers', id: string): Record<string, unknown> {
  const stored = call.sandbox.get(collection, id);
  if (stored) return stored;
  const sample: Record<string, unknown> = { ...structuredClone(SAMPLE_RECORDS[collection][0]!), id };
  const customerId = plainResourceId(call.event.payload.customer_id);
  if (collection === 'orders' && customerId !== undefined) sample.customer_id = customerId;
  return sample;
}

function tagsHandler(resource: 'order' | 'customer', collection: 'orders' | 'customers'): ActionHandler {
  return (call: ActionCall): ActionResult => {
    const id = triggerResourceId(call, resource);
    const requested = splitTags(optionalText(call.fields, 'tags') ?? '')!;
    if (requested.length === 0) reject('no tags given: write one or more tags separated by commas');
    const record = storeRecord(call, collection, id);
    const tags = addTags(tagsOf(record), requested);
    const problem = tagsProblem(tags);
    if (problem) reject(`the ${resource} cannot keep these tags: ${problem.message}`);
    call.sandbox.upsert(collection, id, { ...record, tags, updated_at: call.now });
    return {};
  };
}

/**
 * "Add product tags": tags the product the action names (a loop's line
 * item's product, usually), in the store data. A sample product the run read
 * because the store lacks it (runData.ts) becomes a store record, as the
 * trigger's order does; any other product the store lacks fails the step.
 */
const addProductTags: ActionHandler = (call) => {
  const id = requiredResourceId(call.fields, 'product_id', 'the product ID');
  const requested = splitTags(optionalText(call.fields, 'tags') ?? '')!;
  if (requested.length === 0) reject('no tags given: write one or more tags separated by commas');
  const sample = SAMPLE_RECORDS.products.find((p) => p.id === id);
  const record = call.sandbox.get('products', id) ?? (sample && (structuredClone(sample) as Record<string, unknown>));
  if (!record) reject(`this store has no product ${id}: see the store's products on the Sandbox page`);
  const tags = addTags(tagsOf(record), requested);
  const problem = tagsProblem(tags);
  if (problem) reject(`the product cannot keep these tags: ${problem.message}`);
  call.sandbox.upsert('products', id, { ...record, tags, updated_at: call.now });
  return {};
};

const sendInternalEmail: ActionHandler = (call) => {
  const to = requiredText(call.fields, 'to', 'the recipient (To)');
  const subject = requiredText(call.fields, 'subject', 'the subject');
  const body = requiredText(call.fields, 'body', 'the message body');
  call.sandbox.insert('outbox', { to, subject, body, sentAt: call.now });
  return {};
};

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Parses "Name: value" lines; rejects a line that is not a header. */
function parseHeaders(text: string | undefined): Record<string, string> {
  // Null-prototype: a header named __proto__ or constructor is stored like any other.
  const headers = dictionary<string>();
  if (!text) return headers;
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const m = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!m) reject(`header line ${i + 1} ("${line.trim()}") is not in the form Name: value`);
    headers[m[1]!] = m[2]!;
  });
  return headers;
}

/** A "Send HTTP request" as the action's fields describe it, checked. */
export interface HttpRequestSpec {
  method: (typeof HTTP_METHODS)[number];
  url: string;
  headers: Record<string, string>;
  /** Absent when the body field is blank. */
  body?: string;
}

/**
 * Reads and checks the fields of "Send HTTP request" (method, url, headers,
 * body); a field the request cannot be sent with rejects the call (permanent).
 * Shared by the simulated and the live handler, so both refuse the same input.
 */
export function readHttpRequest(fields: Record<string, unknown>): HttpRequestSpec {
  const rawMethod = requiredText(fields, 'method', 'the HTTP method');
  const method = rawMethod.toUpperCase();
  if (!(HTTP_METHODS as readonly string[]).includes(method)) {
    reject(`"${rawMethod}" is not a supported HTTP method: use ${HTTP_METHODS.join(', ')}`);
  }
  const url = requiredText(fields, 'url', 'the web address');
  const headers = parseHeaders(optionalText(fields, 'headers'));
  const rawBody = fields.body;
  const body = typeof rawBody === 'string' && rawBody.trim() !== '' ? rawBody : undefined;
  if (body !== undefined && method === 'GET') reject('a GET request cannot have a body; use POST, PUT or PATCH');
  return { method: method as HttpRequestSpec['method'], url, headers, ...(body !== undefined ? { body } : {}) };
}

/**
 * The SIMULATED "Send HTTP request": nothing leaves the browser. The request is
 * recorded in the "requests" collection and answered with status 200 and a JSON
 * echo of what was sent. The live variant that really fetches is
 * ./shopify-live-http.ts, used only when the user switches it on.
 */
export const simulatedSendHttpRequest: ActionHandler = (call) => {
  const { method, url, headers, body } = readHttpRequest(call.fields);
  const statusCode = 200;
  const responseBody = JSON.stringify({ simulated: true, method, url, headers, body: body ?? null });
  call.sandbox.insert('requests', {
    method,
    url,
    headers,
    body: body ?? '',
    statusCode,
    responseBody,
    simulated: true,
    sentAt: call.now,
  });
  return { output: { status_code: statusCode, response_body: responseBody } };
};

export const shopifyAdapter: AppAdapter = {
  appId: 'shopify',
  actions: {
    'add-order-tags': tagsHandler('order', 'orders'),
    'add-customer-tags': tagsHandler('customer', 'customers'),
    'send-internal-email': sendInternalEmail,
    'send-http-request': simulatedSendHttpRequest,
    'add-product-tags': addProductTags,
  },
  collections: {
    orders: 'Orders',
    customers: 'Customers',
    outbox: 'Internal e-mails',
    requests: 'HTTP requests',
    products: 'Products',
    // Not written by an action: the "Workflow error occurred" trigger's windows (engine/workflowErrors.ts).
    workflowErrors: 'Workflow error notices',
  },
};
