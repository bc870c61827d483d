/**
 * The Get data kind: Shopify Flow's "Get order data", "Get customer data",
 * "Get product data" and "Get draft order data" (`shopify::flow::fetch::*`,
 * FORMAT.md §13). It searches the store's data with a query in Shopify's
 * search syntax (Liquid allowed inside, rendered before the search), sorts
 * by one of the resource's sort keys, and keeps at most `first` results
 * (1–100). The results are a list of objects readable by later steps under
 * the step's variable, named as Flow names it: `getOrderData`,
 * `getCustomerData`, `getProductData`, `getDraftOrderData`, numbered when
 * repeated (`getOrderData1`).
 *
 * Judgement calls (Flow documents the fields in its UI but not their ids):
 * the sort field is `sortKey` with the search API's keys (ID, CREATED_AT...),
 * `reverse` flips it, and `first` is the maximum. Changing the resource
 * renames the variable to the new resource's name, the next free one.
 */
import type { Draft } from 'immer';
import { z } from 'zod';
import type { LocalizedText } from '../../catalog/manifest';
import { MAX_RESULTS } from '../../search/errors';
import { parseSearch } from '../../search/parse';
import { sortKeysOf } from '../../search/search';
import { OBJECT_TYPES } from '../../shopify/model';
import { RESOURCE_OBJECT, STORE_RESOURCES, StoreResource } from '../../shopify/storeResources';
import { newId } from '../ids';
import { containsLiquid } from '../liquidCheck';
import { indexOfKind, OperationError } from '../operationError';
import type { Problem } from '../problems';
import { freeNameAmong } from './variableNames';
import { type Position, type StepKindDefinition, StepId, type StepsDoc, operation, stepBase, diffOf } from './base';
import { liquidTextsOf, refuseTooLong, textFieldProblems, tooLongOnImport } from './textFields';

/** A variable name: a JavaScript-style identifier, as Flow's are. */
export const VariableName = z.string().regex(/^[a-z][A-Za-z0-9]{0,62}$/, 'must be a name like "getOrderData": letters and digits, starting with a small letter');

export const GetDataStep = z.strictObject({
  ...stepBase,
  kind: z.literal('getData'),
  /** What to search: orders, customers, products or draft orders. */
  resource: StoreResource,
  /** Shopify search syntax; may hold Liquid; blank finds everything. */
  query: z.string(),
  /** One of the resource's sort keys (sortKeysOf). */
  sortKey: z.string().max(40),
  /** Newest / highest first instead of oldest / lowest. */
  reverse: z.boolean(),
  /** The most results to keep, 1–100 (Flow's limit). */
  first: z.number().int().min(1).max(MAX_RESULTS),
  /** The name later steps read the results by (`getOrderData`...). */
  variable: VariableName,
});
export type GetDataStep = z.infer<typeof GetDataStep>;

/** What the palette's Get data entries carry: the resource. */
export const GetDataArgs = z.strictObject({ resource: StoreResource });

/** Flow's variable base name for a resource's results. */
export const GET_DATA_VARIABLE: Readonly<Record<StoreResource, string>> = {
  orders: 'getOrderData',
  customers: 'getCustomerData',
  products: 'getProductData',
  draft_orders: 'getDraftOrderData',
};

/** Flow's names of the Get data steps, per resource. */
export const GET_DATA_NAMES: Readonly<Record<StoreResource, LocalizedText>> = {
  orders: { en: 'Get order data', pl: 'Pobierz dane zamówień' },
  customers: { en: 'Get customer data', pl: 'Pobierz dane klientów' },
  products: { en: 'Get product data', pl: 'Pobierz dane produktów' },
  draft_orders: { en: 'Get draft order data', pl: 'Pobierz dane wersji roboczych zamówień' },
};

/** Changes any of a Get data step's settings; a new resource renames the variable and resets the sort key. */
export const UpdateGetData = operation('updateGetData', {
  id: StepId,
  resource: StoreResource.optional(),
  query: z.string().optional(),
  sortKey: z.string().max(40).optional(),
  reverse: z.boolean().optional(),
  first: z.number().int().min(1).max(MAX_RESULTS).optional(),
});

const updateGetData = {
  schema: UpdateGetData,
  plan(doc: StepsDoc, op: z.output<typeof UpdateGetData>) {
    const index = indexOfKind(doc, op.id, 'getData', 'only Get data steps search the store');
    const step = doc.steps[index] as GetDataStep;
    if (op.query !== undefined) refuseTooLong('query', op.query, step.query.length);
    const resource = op.resource ?? step.resource;
    const newResource = resource !== step.resource;
    const sortKey = op.sortKey ?? (newResource ? sortKeysOf(resource)[0]! : step.sortKey);
    if (!sortKeysOf(resource).includes(sortKey)) {
      throw new OperationError('invalid-operation', `"${sortKey}" is not a sort key of ${resource}; use one of ${sortKeysOf(resource).join(', ')}.`, {
        details: `sort key ${sortKey}`,
      });
    }
    const variable = newResource ? freeNameAmong(GET_DATA_VARIABLE[resource], doc.steps, step.id) : step.variable;
    return (draft: { steps: unknown[] }) => {
      const d = draft.steps[index] as Draft<GetDataStep>;
      if (newResource) d.resource = resource;
      if (op.query !== undefined) d.query = op.query;
      if (d.sortKey !== sortKey) d.sortKey = sortKey;
      if (op.reverse !== undefined) d.reverse = op.reverse;
      if (op.first !== undefined) d.first = op.first;
      if (d.variable !== variable) d.variable = variable;
    };
  },
};

const QUERY = { key: 'query', label: { en: 'Query', pl: 'Zapytanie' }, required: false } as const;

export const getDataKind = {
  kind: 'getData',
  schema: GetDataStep,
  ports: ['next'],
  portLabels: {},
  acceptsLinks: true,
  label: 'Get data',
  args: GetDataArgs,
  placeholder: { resource: 'orders' },
  create: ({ resource }, position, id = newId('get')) => ({
    id,
    kind: 'getData',
    resource,
    query: '',
    sortKey: sortKeysOf(resource)[0]!,
    reverse: false,
    first: MAX_RESULTS,
    variable: GET_DATA_VARIABLE[resource],
    position,
    note: '',
  }),
  offered: () => true,
  appsUsed: () => [],
  describe: (step) => ({ appName: 'Data', title: GET_DATA_NAMES[step.resource].en }),
  diff: diffOf<GetDataStep>('resource', 'query', 'sortKey', 'reverse', 'first', 'variable'),
  validate(step, ctx, facts) {
    const problems: Problem[] = textFieldProblems(step.id, QUERY, step.query, ctx, facts);
    if (problems.length === 0 && step.query.trim() !== '' && !containsLiquid(step.query)) {
      const parsed = parseSearch(step.query);
      if (!parsed.ok) {
        problems.push({
          severity: 'error',
          stepId: step.id,
          field: 'query',
          code: 'getdata-query-invalid',
          variant: parsed.error.code,
          params: { ...parsed.error.params, position: (parsed.error.offset ?? 0) + 1 },
          message: `The query doesn't read as Shopify's search syntax: ${parsed.error.message}`,
        });
      }
    }
    const keys = sortKeysOf(step.resource);
    if (!keys.includes(step.sortKey)) {
      problems.push({
        severity: 'error',
        stepId: step.id,
        field: 'sortKey',
        code: 'getdata-sort-key',
        params: { sortKey: step.sortKey, supported: keys.join(', ') },
        message: `"${step.sortKey}" is not a sort key of this data; use one of ${keys.join(', ')}.`,
      });
    }
    return problems;
  },
  output: (step) => ({
    name: step.variable,
    label: GET_DATA_NAMES[step.resource],
    shape: { kind: 'objects', object: RESOURCE_OBJECT[step.resource] },
  }),
  liquidTexts: (step) => liquidTextsOf([step.query]),
  checkAdded: (step) => refuseTooLong('query', step.query),
  importProblems: (raw) => tooLongOnImport(['query'], raw.query),
  operations: [updateGetData],
} as const satisfies StepKindDefinition<typeof GetDataStep, z.infer<typeof GetDataArgs>>;

/** The resources Get data searches, in the palette's order. */
export const GET_DATA_RESOURCES = STORE_RESOURCES;

/** The label of a resource's objects, for the UI ("Order"). */
export function resourceObjectLabel(resource: StoreResource): LocalizedText {
  return OBJECT_TYPES[RESOURCE_OBJECT[resource]].label;
}

/** A new Get data step (shorthand for `getDataKind.create`). */
export function getDataStep(resource: StoreResource, position: Position, id?: string): GetDataStep {
  return getDataKind.create({ resource }, position, id);
}
