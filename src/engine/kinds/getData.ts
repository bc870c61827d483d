/**
 * Running Get data: the query's Liquid is rendered with the run's data, the
 * store's data is searched (engine/storeData.ts queryStore: Shopify's search
 * syntax, the sort key, at most `first` results) at the run's simulated
 * time, and the results, resolved as a workflow reads objects, are bound to
 * the step's variable for the steps after it. The record keeps the rendered
 * query, how many matched and the ids kept. A query that doesn't parse once
 * rendered fails the step with the search's own words.
 */
import { MAX_FIELD_CHARS } from '../../domain/workflow/kinds/textFields';
import { STORE_DATA_APP } from '../../domain/shopify/storeResources';
import { toIso } from '../clock';
import { queryStore } from '../storeData';
import { type EngineKind, via } from './types';

export const getDataRunner: EngineKind<'getData'> = {
  kind: 'getData',
  async run(step, run) {
    const record = run.begin(step, { resource: step.resource, query: step.query, sortKey: step.sortKey, reverse: step.reverse, first: step.first });
    if (step.query.length > MAX_FIELD_CHARS) {
      return run.fail(record, `The query is ${step.query.length.toLocaleString('en')} characters long; a field can hold at most ${MAX_FIELD_CHARS.toLocaleString('en')}`);
    }
    const rendered = await run.deps.renderer.render(step.query, run.data, 'Query');
    if (!rendered.ok) return run.fail(record, rendered.error);
    record.rendered = { query: rendered.text };
    // Searching only reads: the sandbox's frozen records, not copies of every record searched.
    const shopify = run.deps.sandbox.reader(run.run.storeId, STORE_DATA_APP);
    const outcome = queryStore(shopify, step.resource, {
      query: rendered.text,
      sortKey: step.sortKey,
      reverse: step.reverse,
      limit: step.first,
      now: toIso(run.cursor),
    });
    if (!outcome.ok) return run.fail(record, `The query "${rendered.text}" can't be searched: ${outcome.error.message}`);
    record.output = {
      variable: step.variable,
      count: outcome.records.length,
      matched: outcome.total,
      ids: outcome.records.map((r) => r.id),
      ...(outcome.ignoredFields.length > 0 ? { ignoredFilters: outcome.ignoredFields } : {}),
    };
    run.bind(step.variable, outcome.records);
    run.succeed(record);
    return via('next');
  },
  // The record keeps the ids found, not the records: they are read again, as the store data has them now.
  restore(step, record, run) {
    const ids = record.output?.ids;
    const query = record.rendered?.query;
    if (!Array.isArray(ids) || typeof query !== 'string') return;
    const shopify = run.deps.sandbox.forApp(run.run.storeId, STORE_DATA_APP);
    const outcome = queryStore(shopify, step.resource, { query, sortKey: step.sortKey, reverse: step.reverse, limit: step.first, now: toIso(run.cursor) });
    const byId = new Map(outcome.ok ? outcome.records.map((r) => [r.id, r]) : []);
    run.bind(step.variable, ids.flatMap((id) => (byId.has(id) ? [byId.get(id)] : [])));
  },
};
