/**
 * The Get data kind in the UI: Flow's own data step, named per resource; its
 * search set in GetDataSettings. The palette's Data section offers one entry
 * per resource, as Flow does ("Get order data", "Get customer data"...).
 */
import type { LocalizedText } from '../../domain/catalog/manifest';
import type { StoreResource } from '../../domain/shopify/storeResources';
import { GET_DATA_NAMES, GET_DATA_RESOURCES, GET_DATA_VARIABLE } from '../../domain/workflow/kinds/getData';
import { say } from './text';
import type { UiKind } from './types';

/** What each resource's palette entry searches, in both languages (the palette's search reads both). */
const SEARCHES: Readonly<Record<StoreResource, LocalizedText>> = {
  orders: { en: "the store's orders", pl: 'zamówienia sklepu' },
  customers: { en: "the store's customers", pl: 'klientów sklepu' },
  products: { en: "the store's products", pl: 'produkty sklepu' },
  draft_orders: { en: "the store's draft orders", pl: 'wersje robocze zamówień sklepu' },
};

function description(resource: StoreResource): LocalizedText {
  const variable = GET_DATA_VARIABLE[resource];
  return {
    en: `Searches ${SEARCHES[resource].en} with Shopify's search syntax (at most 100 results); later steps read them as ${variable}.`,
    pl: `Wyszukuje ${SEARCHES[resource].pl} składnią wyszukiwania Shopify (najwyżej 100 wyników); kolejne kroki czytają je jako ${variable}.`,
  };
}

export const getDataUi: UiKind<'getData'> = {
  kind: 'getData',
  text: (step, language) => ({
    kindLabel: say(language, 'canvas.kind.getData'),
    appName: say(language, 'canvas.data'),
    title: GET_DATA_NAMES[step.resource][language],
  }),
  heading: (step, language) => ({ app: say(language, 'canvas.data'), name: GET_DATA_NAMES[step.resource][language] }),
  portLabels: { next: 'canvas.port.next' },
  recordSections: { rendered: 'runs.section.getData.rendered', output: 'runs.section.getData.output' },
  recordFields: {
    resource: 'runs.field.getData.resource',
    query: 'runs.field.getData.query',
    sortKey: 'runs.field.getData.sortKey',
    reverse: 'runs.field.getData.reverse',
    first: 'runs.field.getData.first',
    variable: 'runs.field.getData.variable',
    count: 'runs.field.getData.count',
    matched: 'runs.field.getData.matched',
    ids: 'runs.field.getData.ids',
    ignoredFilters: 'runs.field.getData.ignoredFilters',
  },
  paletteEntries: GET_DATA_RESOURCES.map((resource) => ({
    section: 'data',
    args: { resource },
    name: GET_DATA_NAMES[resource],
    description: description(resource),
  })),
};
