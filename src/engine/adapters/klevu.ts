/**
 * Simulated Klevu boosting: a product's boosting score in search results
 * (1 neutral, above 1 promotes, below 1 demotes), with a history of changes
 * and the inventory change that caused each (the action runs only from the
 * Inventory quantity changed trigger).
 */
import type { ActionHandler, AppAdapter } from '../types';
import { reject, requiredNumber, requiredResourceId } from './adapterHelpers';

/** Our bounds for the simulated boosting score. */
const MAX_BOOST = 100;

const promoteDemoteProduct: ActionHandler = (call) => {
  const productId = requiredResourceId(call.fields, 'product_id', 'the product ID');
  const score = requiredNumber(call.fields, 'boost_score', 'the boosting score');
  if (score <= 0 || score > MAX_BOOST) {
    reject(`the boosting score ${score} must be above 0 and at most ${MAX_BOOST} (1 leaves the ranking as it is)`);
  }
  const effect = score > 1 ? 'promoted' : score < 1 ? 'demoted' : 'neutral';
  const previous = call.sandbox.get('boosts', productId)?.score;
  const payload = call.event.payload;
  const cause =
    typeof payload.quantity_before === 'number' && typeof payload.quantity_after === 'number'
      ? `inventory ${payload.quantity_before} → ${payload.quantity_after}`
      : '';
  call.sandbox.upsert('boosts', productId, { productId, score, effect, updatedAt: call.now });
  call.sandbox.insert('boost-history', {
    productId,
    previousScore: typeof previous === 'number' ? previous : 1,
    score,
    effect,
    cause,
    at: call.now,
  });
  return {};
};

export const klevuAdapter: AppAdapter = {
  appId: 'klevu',
  actions: { 'promote-demote-product': promoteDemoteProduct },
  collections: { boosts: 'Product boosts', 'boost-history': 'Boosting history' },
};
