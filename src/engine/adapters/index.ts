/**
 * The built-in adapters: one simulated adapter per catalog app. Adding an app
 * is one adapter file plus one line here (see docs/adding-an-app-adapter.md).
 */
import { agecheckedAdapter } from './agechecked';
import { algoliaAdapter } from './algolia';
import { arigatoAdapter } from './arigato';
import { asanaAdapter } from './asana';
import { avolinProtectAdapter } from './avolin-protect';
import { backInStockAdapter } from './back-in-stock';
import { betterPriceAdapter } from './better-price';
import { bulkDiscountsAdapter } from './bulk-discounts';
import { callbackAdapter } from './callback';
import { checkoutPromotionsAdapter } from './checkout-promotions';
import { cleverificAdapter } from './cleverific';
import { cleverpushAdapter } from './cleverpush';
import { covetPicsAdapter } from './covet-pics';
import { dotdigitalAdapter } from './dotdigital';
import { enquireAdapter } from './enquire';
import { firepushAdapter } from './firepush';
import { flitsAdapter } from './flits';
import { formBuilderAdapter } from './form-builder';
import { googleSheetsAdapter } from './google-sheets';
import { klaviyoAdapter } from './klaviyo';
import { klevuAdapter } from './klevu';
import { kmetricAdapter } from './kmetric';
import { langshopAdapter } from './langshop';
import { launchpadAdapter } from './launchpad';
import { littledataAdapter } from './littledata';
import { looxAdapter } from './loox';
import { loyaltylionAdapter } from './loyaltylion';
import { nostoAdapter } from './nosto';
import { okendoAdapter } from './okendo';
import { omnisendAdapter } from './omnisend';
import { orderMergerAdapter } from './order-merger';
import { orderTaggerAdapter } from './order-tagger';
import { parcelPanelAdapter } from './parcel-panel';
import { plobalAdapter } from './plobal';
import { preOrderManagerAdapter } from './pre-order-manager';
import { pushowlAdapter } from './pushowl';
import { reconvertAdapter } from './reconvert';
import { restockNotificationsAdapter } from './restock-notifications';
import { reviewsIoAdapter } from './reviews-io';
import { scribelessAdapter } from './scribeless';
import { shipToOrderAdapter } from './ship-to-order';
import { shophireAdapter } from './shophire';
import { shopifyAdapter } from './shopify';
import { slackAdapter } from './slack';
import { smsbumpAdapter } from './smsbump';
import { stampedLoyaltyAdapter } from './stamped-loyalty';
import { stampedReviewsAdapter } from './stamped-reviews';
import { tobiAdapter } from './tobi';
import { tonAdapter } from './ton';
import { trackingmoreAdapter } from './trackingmore';
import { trelloAdapter } from './trello';
import { typolyAdapter } from './typoly';
import { wotioAdapter } from './wotio';
import { yotpoAdapter } from './yotpo';
import type { AppAdapter } from '../types';
import { createRegistry } from './registry';

export const BUILT_IN_ADAPTERS: readonly AppAdapter[] = [
  agecheckedAdapter,
  algoliaAdapter,
  arigatoAdapter,
  asanaAdapter,
  avolinProtectAdapter,
  backInStockAdapter,
  betterPriceAdapter,
  bulkDiscountsAdapter,
  callbackAdapter,
  checkoutPromotionsAdapter,
  cleverificAdapter,
  cleverpushAdapter,
  covetPicsAdapter,
  dotdigitalAdapter,
  enquireAdapter,
  firepushAdapter,
  flitsAdapter,
  formBuilderAdapter,
  googleSheetsAdapter,
  klaviyoAdapter,
  klevuAdapter,
  kmetricAdapter,
  langshopAdapter,
  launchpadAdapter,
  littledataAdapter,
  looxAdapter,
  loyaltylionAdapter,
  nostoAdapter,
  okendoAdapter,
  omnisendAdapter,
  orderMergerAdapter,
  orderTaggerAdapter,
  parcelPanelAdapter,
  plobalAdapter,
  preOrderManagerAdapter,
  pushowlAdapter,
  reconvertAdapter,
  restockNotificationsAdapter,
  reviewsIoAdapter,
  scribelessAdapter,
  shipToOrderAdapter,
  shophireAdapter,
  shopifyAdapter,
  slackAdapter,
  smsbumpAdapter,
  stampedLoyaltyAdapter,
  stampedReviewsAdapter,
  tobiAdapter,
  tonAdapter,
  trackingmoreAdapter,
  trelloAdapter,
  typolyAdapter,
  wotioAdapter,
  yotpoAdapter,
];

/** The registry of built-in adapters, keyed by app id. */
export const builtInRegistry = createRegistry([...BUILT_IN_ADAPTERS]);
