/**
 * Adapters of batch B: PushOwl, ReConvert, Scribeless, Slack, FirePush,
 * SMSBump, Stamped (loyalty and reviews), Tobi, Ton, LangShop, Trello,
 * WOTIO, and the trigger-only apps. Every action of these manifests is
 * called with valid fields and must change the sandbox or answer with the
 * manifest's outputs; then each service rule the adapters enforce is
 * checked on its own.
 */
import { describe, expect, it } from 'vitest';
import { catalog, findApp } from '../../domain/catalog/catalog';
import { checkFieldValue } from '../../domain/catalog/fieldTypes';
import { AdapterError, type ActionCall, type ActionResult, type AppAdapter } from '../types';
import { MemorySandbox, SAMPLE_IDS, TEST_NOW, sampleFields, testCall } from './testFields';
import { smsSegments } from './sms';
import { firepushAdapter } from './firepush';
import { langshopAdapter } from './langshop';
import { pushowlAdapter } from './pushowl';
import { reconvertAdapter } from './reconvert';
import { scribelessAdapter } from './scribeless';
import { slackAdapter } from './slack';
import { smsbumpAdapter } from './smsbump';
import { stampedLoyaltyAdapter } from './stamped-loyalty';
import { stampedReviewsAdapter } from './stamped-reviews';
import { tobiAdapter } from './tobi';
import { tonAdapter } from './ton';
import { trelloAdapter } from './trello';
import { wotioAdapter } from './wotio';
import { algoliaAdapter } from './algolia';
import { arigatoAdapter } from './arigato';
import { avolinProtectAdapter } from './avolin-protect';
import { backInStockAdapter } from './back-in-stock';
import { betterPriceAdapter } from './better-price';
import { bulkDiscountsAdapter } from './bulk-discounts';
import { callbackAdapter } from './callback';
import { checkoutPromotionsAdapter } from './checkout-promotions';
import { covetPicsAdapter } from './covet-pics';
import { enquireAdapter } from './enquire';
import { formBuilderAdapter } from './form-builder';
import { launchpadAdapter } from './launchpad';
import { looxAdapter } from './loox';
import { okendoAdapter } from './okendo';
import { orderMergerAdapter } from './order-merger';
import { orderTaggerAdapter } from './order-tagger';
import { parcelPanelAdapter } from './parcel-panel';
import { preOrderManagerAdapter } from './pre-order-manager';
import { restockNotificationsAdapter } from './restock-notifications';
import { reviewsIoAdapter } from './reviews-io';
import { shophireAdapter } from './shophire';
import { trackingmoreAdapter } from './trackingmore';
import { typolyAdapter } from './typoly';
import { yotpoAdapter } from './yotpo';

const ACTION_ADAPTERS: readonly AppAdapter[] = [
  pushowlAdapter,
  reconvertAdapter,
  scribelessAdapter,
  slackAdapter,
  firepushAdapter,
  smsbumpAdapter,
  stampedLoyaltyAdapter,
  stampedReviewsAdapter,
  tobiAdapter,
  tonAdapter,
  langshopAdapter,
  trelloAdapter,
  wotioAdapter,
];

const TRIGGER_ONLY_ADAPTERS: readonly AppAdapter[] = [
  algoliaAdapter,
  arigatoAdapter,
  avolinProtectAdapter,
  backInStockAdapter,
  betterPriceAdapter,
  bulkDiscountsAdapter,
  callbackAdapter,
  checkoutPromotionsAdapter,
  covetPicsAdapter,
  enquireAdapter,
  formBuilderAdapter,
  launchpadAdapter,
  looxAdapter,
  okendoAdapter,
  orderMergerAdapter,
  orderTaggerAdapter,
  parcelPanelAdapter,
  preOrderManagerAdapter,
  restockNotificationsAdapter,
  reviewsIoAdapter,
  shophireAdapter,
  trackingmoreAdapter,
  typolyAdapter,
  yotpoAdapter,
];

/** Values the generic samples can't stand in for: the service needs a particular shape. */
const OVERRIDES: Record<string, Record<string, unknown>> = {
  'reconvert/update-customer-birthday': { birthday: '1990-05-17' },
  'scribeless/add-recipient': { campaign_id: 'spring-thank-you', postal_code: '00-950' },
  'slack/send-message': { channel: '#orders' },
  'trello/create-card': { due_date: '2025-04-01' },
};

/** Sandbox state an action needs before it can succeed (a balance to deduct from). */
const GIVEN: Record<string, (sandbox: MemorySandbox) => void> = {
  'stamped-loyalty/deduct-points': (sandbox) =>
    sandbox.upsert('accounts', SAMPLE_IDS.customer, { customerId: SAMPLE_IDS.customer, points: 100 }),
};

/** A sandbox prepared for one action of the generic tests. */
function preparedSandbox(adapter: AppAdapter, actionId: string): MemorySandbox {
  const sandbox = new MemorySandbox();
  GIVEN[`${adapter.appId}/${actionId}`]?.(sandbox);
  return sandbox;
}

/** A trigger that provides every Shopify object, so any action's `needs` is met. */
const FULL_EVENT = {
  payload: { order_id: SAMPLE_IDS.order, customer_id: SAMPLE_IDS.customer, product_id: SAMPLE_IDS.product },
};

function manifestOf(adapter: AppAdapter) {
  const app = findApp(adapter.appId);
  if (!app) throw new Error(`no manifest for ${adapter.appId}`);
  return app;
}

function actionOf(adapter: AppAdapter, actionId: string) {
  const action = manifestOf(adapter).actions.find((a) => a.id === actionId);
  if (!action) throw new Error(`no action ${adapter.appId}/${actionId}`);
  return action;
}

/** A call of one action with valid sample fields, `overrides` on top. */
function validCall(
  adapter: AppAdapter,
  actionId: string,
  overrides: Record<string, unknown> = {},
  options: Parameters<typeof testCall>[3] = {},
): ActionCall {
  const action = actionOf(adapter, actionId);
  const fields = sampleFields(action.inputs, {
    overrides: { ...OVERRIDES[`${adapter.appId}/${actionId}`], ...overrides },
  });
  return testCall(adapter.appId, actionId, fields, { event: FULL_EVENT, ...options });
}

async function run(adapter: AppAdapter, call: ActionCall): Promise<ActionResult> {
  const handler = adapter.actions[call.actionId];
  if (!handler) throw new Error(`${adapter.appId} has no handler for ${call.actionId}`);
  return handler(call);
}

/** Runs a call that must be refused, and returns the refusal. */
async function refusal(adapter: AppAdapter, call: ActionCall): Promise<AdapterError> {
  try {
    await run(adapter, call);
  } catch (error) {
    expect(error).toBeInstanceOf(AdapterError);
    const adapterError = error as AdapterError;
    expect(adapterError.kind).toBe('permanent');
    expect(adapterError.status).toBe(400);
    return adapterError;
  }
  throw new Error(`${adapter.appId}/${call.actionId} accepted fields it should refuse`);
}

describe('every action of batch B has a working simulated handler', () => {
  for (const adapter of ACTION_ADAPTERS) {
    const app = manifestOf(adapter);

    it(`${app.id}: handles exactly the manifest's actions`, () => {
      expect(Object.keys(adapter.actions).sort()).toEqual(app.actions.map((a) => a.id).sort());
      expect(app.actions.length).toBeGreaterThan(0);
    });

    for (const action of app.actions) {
      it(`${app.id}/${action.id}: changes the sandbox or answers with the manifest's outputs`, async () => {
        const sandbox = preparedSandbox(adapter, action.id);
        const before = sandbox.snapshot();
        const result = await run(adapter, validCall(adapter, action.id, {}, { sandbox }));
        const changed = sandbox.snapshot() !== before;
        const outputKeys = action.outputs.map((o) => o.key).sort();
        expect(changed || outputKeys.length > 0).toBe(true);
        expect(Object.keys(result.output ?? {}).sort()).toEqual(outputKeys);
        for (const output of action.outputs) {
          expect(checkFieldValue(output.type, result.output?.[output.key], output.format)).toBeUndefined();
        }
        // Everything written is in a collection the Sandbox page has a heading for.
        const written = Object.keys(JSON.parse(sandbox.snapshot()) as object);
        for (const collection of written) expect(adapter.collections).toHaveProperty(collection);
      });

      it(`${app.id}/${action.id}: is deterministic`, async () => {
        const a = preparedSandbox(adapter, action.id);
        const b = preparedSandbox(adapter, action.id);
        const first = await run(adapter, validCall(adapter, action.id, {}, { sandbox: a }));
        const second = await run(adapter, validCall(adapter, action.id, {}, { sandbox: b }));
        expect(second).toEqual(first);
        expect(b.snapshot()).toEqual(a.snapshot());
      });
    }
  }
});

describe('trigger-only apps', () => {
  it('have an adapter with no actions and no collections, one for each such app of the catalog', () => {
    const triggerOnly = catalog.apps.filter((a) => a.actions.length === 0).map((a) => a.id);
    expect(TRIGGER_ONLY_ADAPTERS.map((a) => a.appId).sort()).toEqual([...triggerOnly].sort());
    for (const adapter of TRIGGER_ONLY_ADAPTERS) {
      expect(adapter.actions).toEqual({});
      expect(adapter.collections).toEqual({});
    }
  });
});

describe('Slack', () => {
  const send = (fields: Record<string, unknown>, sandbox = new MemorySandbox()) =>
    validCall(slackAdapter, 'send-message', fields, { sandbox });

  it('posts to a channel with the fields a person looks for', async () => {
    const sandbox = new MemorySandbox();
    const result = await run(slackAdapter, send({ channel: '#orders', text: 'New order #1001' }, sandbox));
    const [message] = sandbox.list('messages');
    expect(message).toMatchObject({ channel: '#orders', text: 'New order #1001', postedAt: TEST_NOW });
    expect(message?.ts).toBe(result.output?.message_ts);
    expect(String(message?.ts)).toMatch(/^\d{10}\.\d{6}$/);
  });

  it('gives each message of the workspace its own ts', async () => {
    const sandbox = new MemorySandbox();
    const first = await run(slackAdapter, send({ channel: '#orders' }, sandbox));
    const second = await run(slackAdapter, send({ channel: '@anna' }, sandbox));
    expect(second.output?.message_ts).not.toBe(first.output?.message_ts);
    expect(sandbox.list('messages').map((m) => m.kind)).toEqual(['channel', 'direct message']);
  });

  it.each(['#Bad Name', '#Orders', 'orders', '#', '@', '#a b'])('refuses the channel name %j', async (channel) => {
    const error = await refusal(slackAdapter, send({ channel }));
    expect(error.message).toContain(`Slack channel "${channel}" is not a valid channel name`);
  });

  it('accepts channels and users in Slack’s naming', async () => {
    for (const channel of ['#orders', '#vip_orders-2025', '@anna', '@anna.nowak']) {
      await expect(run(slackAdapter, send({ channel }))).resolves.toHaveProperty('output.message_ts');
    }
  });

  it('refuses an empty message and one over 40,000 characters, and changes nothing', async () => {
    const sandbox = new MemorySandbox();
    expect((await refusal(slackAdapter, send({ text: '   ' }, sandbox))).message).toMatch(/empty/);
    expect((await refusal(slackAdapter, send({ text: 'x'.repeat(40_001) }, sandbox))).message).toMatch(
      /40001 characters.*at most 40000/,
    );
    expect(sandbox.list('messages')).toEqual([]);
    await expect(run(slackAdapter, send({ text: 'x'.repeat(40_000) }, sandbox))).resolves.toBeDefined();
  });
});

describe.each([
  [firepushAdapter, 'send-sms', 'FirePush'],
  [smsbumpAdapter, 'send-sms', 'SMSBump'],
  [tobiAdapter, 'send-sms', 'Tobi'],
  [tonAdapter, 'send-text-message', 'Ton'],
] as const)('%s SMS', (adapter, actionId, provider) => {
  const send = (fields: Record<string, unknown>, sandbox = new MemorySandbox(), settings = {}) =>
    validCall(adapter, actionId, fields, { sandbox, settings });

  it('puts the message in the SMS outbox and answers with its id', async () => {
    const sandbox = new MemorySandbox();
    const result = await run(adapter, send({ phone: '+48601234567', message: 'Your order shipped' }, sandbox));
    const [sms] = sandbox.list('outbox');
    expect(sms).toMatchObject({
      to: '+48601234567',
      body: 'Your order shipped',
      provider,
      from: provider,
      segments: 1,
      status: 'sent',
      sentAt: TEST_NOW,
    });
    expect(result.output?.message_id).toBe(sms?.id);
    expect(adapter.collections).toEqual({ outbox: 'SMS outbox' });
  });

  it('sends from the sender name of the app setup', async () => {
    const sandbox = new MemorySandbox();
    await run(adapter, send({}, sandbox, { senderName: 'ACME' }));
    expect(sandbox.list('outbox')[0]?.from).toBe('ACME');
  });

  it.each(['+48 123', '48601234567', '0048601234567', '+0601234567', '+48-601-234-567'])(
    'refuses %j, which is not E.164',
    async (phone) => {
      const sandbox = new MemorySandbox();
      const error = await refusal(adapter, send({ phone }, sandbox));
      expect(error.message).toContain(`${phone} is not an E.164 phone number`);
      expect(sandbox.list('outbox')).toEqual([]);
    },
  );

  it('refuses an empty body and one over 1600 characters', async () => {
    expect((await refusal(adapter, send({ message: '' }))).message).toMatch(/empty/);
    expect((await refusal(adapter, send({ message: 'a'.repeat(1601) }))).message).toMatch(/1601 characters/);
    await expect(run(adapter, send({ message: 'a'.repeat(1600) }))).resolves.toHaveProperty('output.message_id');
  });
});

describe('SMS segments', () => {
  it('counts GSM-7 and UCS-2 segments as gateways bill them', () => {
    expect(smsSegments('a'.repeat(160))).toEqual({ encoding: 'GSM-7', segments: 1 });
    expect(smsSegments('a'.repeat(161))).toEqual({ encoding: 'GSM-7', segments: 2 });
    expect(smsSegments('€'.repeat(80))).toEqual({ encoding: 'GSM-7', segments: 1 });
    expect(smsSegments('Zamówienie wysłane')).toEqual({ encoding: 'UCS-2', segments: 1 });
    expect(smsSegments('ż'.repeat(71))).toEqual({ encoding: 'UCS-2', segments: 2 });
  });
});

describe('Stamped.io Loyalty & Rewards', () => {
  const points = (actionId: 'add-points' | 'deduct-points', value: unknown, sandbox: MemorySandbox) =>
    validCall(stampedLoyaltyAdapter, actionId, { points: value, reason: 'Workflow' }, { sandbox });

  it('adds and deducts points on the trigger’s customer, keeping a history', async () => {
    const sandbox = new MemorySandbox();
    expect((await run(stampedLoyaltyAdapter, points('add-points', 50, sandbox))).output).toEqual({
      points_balance: 50,
    });
    expect((await run(stampedLoyaltyAdapter, points('deduct-points', '30', sandbox))).output).toEqual({
      points_balance: 20,
    });
    expect(sandbox.get('accounts', SAMPLE_IDS.customer)).toMatchObject({ points: 20 });
    expect(sandbox.list('pointsHistory').map((h) => [h.change, h.balance, h.reason])).toEqual([
      [50, 50, 'Workflow'],
      [-30, 20, 'Workflow'],
    ]);
  });

  it('refuses to deduct below zero and leaves the balance as it was', async () => {
    const sandbox = new MemorySandbox();
    await run(stampedLoyaltyAdapter, points('add-points', 20, sandbox));
    const error = await refusal(stampedLoyaltyAdapter, points('deduct-points', 50, sandbox));
    expect(error.message).toMatch(/^Customer has only 20 points/);
    expect(sandbox.get('accounts', SAMPLE_IDS.customer)).toMatchObject({ points: 20 });
    expect(sandbox.list('pointsHistory')).toHaveLength(1);
    expect((await refusal(stampedLoyaltyAdapter, points('deduct-points', 1, new MemorySandbox()))).message).toMatch(
      /^Customer has only 0 points/,
    );
  });

  it.each([0, -5, '0'])('refuses %j points', async (value) => {
    for (const actionId of ['add-points', 'deduct-points'] as const) {
      const error = await refusal(stampedLoyaltyAdapter, points(actionId, value, new MemorySandbox()));
      expect(error.message).toMatch(/Points must be a positive whole number/);
    }
  });

  it('fails a run whose trigger provides no customer', async () => {
    const call = validCall(stampedLoyaltyAdapter, 'add-points', {}, { event: { payload: { product_id: '1' } } });
    expect((await refusal(stampedLoyaltyAdapter, call)).message).toMatch(/no customer/);
  });
});

describe('Stamped.io Reviews & UGC', () => {
  it('pauses the review request of the trigger’s order', async () => {
    const sandbox = new MemorySandbox();
    await run(stampedReviewsAdapter, validCall(stampedReviewsAdapter, 'pause-review-request', {}, { sandbox }));
    expect(sandbox.get('reviewRequests', SAMPLE_IDS.order)).toMatchObject({ status: 'paused', pausedAt: TEST_NOW });
  });

  it('refuses to pause a request that was already sent', async () => {
    const sandbox = new MemorySandbox();
    sandbox.upsert('reviewRequests', SAMPLE_IDS.order, { status: 'sent', sentAt: '2025-03-10T08:00:00.000Z' });
    const call = validCall(stampedReviewsAdapter, 'pause-review-request', {}, { sandbox });
    expect((await refusal(stampedReviewsAdapter, call)).message).toMatch(/already sent on 2025-03-10/);
  });

  it('unsubscribes an e-mail address once, whatever its case', async () => {
    const sandbox = new MemorySandbox();
    for (const email of ['Anna@Example.com', 'anna@example.com']) {
      await run(stampedReviewsAdapter, validCall(stampedReviewsAdapter, 'unsubscribe-customer', { email }, { sandbox }));
    }
    expect(sandbox.list('unsubscribes')).toEqual([
      expect.objectContaining({ email: 'anna@example.com', unsubscribedAt: TEST_NOW }),
    ]);
  });
});

describe('ReConvert', () => {
  const birthday = (value: string, sandbox = new MemorySandbox()) =>
    validCall(reconvertAdapter, 'update-customer-birthday', { birthday: value }, { sandbox });

  it('stores the birthday on the trigger’s customer', async () => {
    const sandbox = new MemorySandbox();
    await run(reconvertAdapter, birthday('1990-05-17', sandbox));
    expect(sandbox.get('birthdays', SAMPLE_IDS.customer)).toMatchObject({ birthday: '1990-05-17' });
  });

  it.each(['17.05.1990', '1990-02-30', '1990-13-01', ''])('refuses %j as a date', async (value) => {
    expect((await refusal(reconvertAdapter, birthday(value))).message).toMatch(/not a date|empty/);
  });

  it('refuses a birthday in the future or before 1900', async () => {
    expect((await refusal(reconvertAdapter, birthday('2030-01-01'))).message).toMatch(/in the future/);
    expect((await refusal(reconvertAdapter, birthday('1850-01-01'))).message).toMatch(/before 1900/);
  });
});

describe('Trello', () => {
  const card = (fields: Record<string, unknown>, sandbox = new MemorySandbox()) =>
    validCall(trelloAdapter, 'create-card', fields, { sandbox });

  it('creates cards with their place in the list and a card URL', async () => {
    const sandbox = new MemorySandbox();
    const first = await run(trelloAdapter, card({ board: 'Ops', list: 'To do', card_name: 'Pack order 1001' }, sandbox));
    await run(trelloAdapter, card({ board: 'Ops', list: 'Done', card_name: 'Other' }, sandbox));
    await run(trelloAdapter, card({ board: 'Ops', list: 'To do', card_name: 'Pack order 1002' }, sandbox));
    expect(sandbox.list('cards').map((c) => [c.list, c.position])).toEqual([
      ['To do', 1],
      ['Done', 1],
      ['To do', 2],
    ]);
    expect(first.output?.card_url).toMatch(/^https:\/\/trello\.com\/c\/[a-z0-9]{8}\/1-pack-order-1001$/);
    expect(sandbox.get('cards', String(first.output?.card_id))).toMatchObject({ board: 'Ops', dueDate: '2025-04-01' });
  });

  it.each([
    [{ board: '  ' }, /board name is empty/],
    [{ list: '' }, /list name is empty/],
    [{ card_name: ' ' }, /card name is empty/],
    [{ due_date: 'next Friday' }, /not a date/],
  ])('refuses %j', async (fields, reason) => {
    expect((await refusal(trelloAdapter, card(fields))).message).toMatch(reason);
  });
});

describe('WOTIO', () => {
  it('sends the activation e-mail found by the order or the customer', async () => {
    const sandbox = new MemorySandbox();
    await run(wotioAdapter, validCall(wotioAdapter, 'send-activation-email-by-order-id', {}, { sandbox }));
    await run(
      wotioAdapter,
      validCall(wotioAdapter, 'send-activation-email-by-customer-id', { customer_id: 'gid://shopify/Customer/42' }, { sandbox }),
    );
    expect(sandbox.list('activationEmails')).toEqual([
      expect.objectContaining({ foundBy: 'order ID', orderId: SAMPLE_IDS.order, sentAt: TEST_NOW }),
      expect.objectContaining({ foundBy: 'customer ID', customerId: '42' }),
    ]);
  });

  it.each([
    ['send-activation-email-by-order-id', 'order_id', /needs an order ID/],
    ['send-activation-email-by-customer-id', 'customer_id', /needs a customer ID/],
  ])('%s refuses a missing id', async (actionId, key, reason) => {
    const sandbox = new MemorySandbox();
    const error = await refusal(wotioAdapter, validCall(wotioAdapter, actionId, { [key]: undefined }, { sandbox }));
    expect(error.message).toMatch(reason);
    expect((await refusal(wotioAdapter, validCall(wotioAdapter, actionId, { [key]: 'abc' }))).message).toMatch(
      /"abc" is not/,
    );
    expect(sandbox.list('activationEmails')).toEqual([]);
  });
});

describe('LangShop', () => {
  it('translates the trigger’s product into the default languages pl, de and fr', async () => {
    const sandbox = new MemorySandbox();
    await run(langshopAdapter, validCall(langshopAdapter, 'translate-product', {}, { sandbox }));
    const rows = sandbox.list('translations');
    expect(rows.map((r) => r.language)).toEqual(['pl', 'de', 'fr']);
    expect(rows.every((r) => r.resource === 'product' && r.resourceId === SAMPLE_IDS.product)).toBe(true);
  });

  it('uses the store languages the sandbox holds, skipping unpublished ones', async () => {
    const sandbox = new MemorySandbox();
    sandbox.insert('languages', { id: 'es' });
    sandbox.insert('languages', { code: 'pt-BR' });
    sandbox.insert('languages', { code: 'it', published: false });
    await run(langshopAdapter, validCall(langshopAdapter, 'translate-collection', { collection_id: '77' }, { sandbox }));
    expect(sandbox.list('translations').map((r) => [r.resource, r.resourceId, r.language])).toEqual([
      ['collection', '77', 'es'],
      ['collection', '77', 'pt-BR'],
    ]);
  });

  it('updates the same records when translating again', async () => {
    const sandbox = new MemorySandbox();
    const call = validCall(langshopAdapter, 'translate-product', {}, { sandbox });
    await run(langshopAdapter, call);
    await run(langshopAdapter, { ...call, now: '2025-03-15T10:00:00.000Z' });
    expect(sandbox.list('translations')).toHaveLength(3);
    expect(sandbox.list('translations')[0]?.translatedAt).toBe('2025-03-15T10:00:00.000Z');
  });

  it('refuses a collection ID that is not positive, and a run without a product', async () => {
    const bad = validCall(langshopAdapter, 'translate-collection', { collection_id: 0 });
    expect((await refusal(langshopAdapter, bad)).message).toMatch(/collection ID must be a positive whole number/);
    const noProduct = validCall(langshopAdapter, 'translate-product', {}, { event: { payload: { order_id: '1' } } });
    expect((await refusal(langshopAdapter, noProduct)).message).toMatch(/no product/);
  });
});

describe('Scribeless', () => {
  it('adds recipients to the campaign and counts them', async () => {
    const sandbox = new MemorySandbox();
    const result = await run(scribelessAdapter, validCall(scribelessAdapter, 'add-recipient', {}, { sandbox }));
    await run(scribelessAdapter, validCall(scribelessAdapter, 'add-recipient', { first_name: 'Ewa' }, { sandbox }));
    expect(sandbox.get('recipients', String(result.output?.recipient_id))).toMatchObject({
      campaignId: 'spring-thank-you',
      status: 'queued for writing',
    });
    expect(sandbox.get('campaigns', 'spring-thank-you')).toMatchObject({ recipients: 2 });
  });

  it.each([
    ['a blank city', { city: ' ' }, /city is empty/],
    ['a campaign ID with spaces', { campaign_id: 'spring thank you' }, /not a Scribeless campaign ID/],
    ['a postal code over 12 characters', { postal_code: '1234567890123' }, /13 characters/],
    ['a custom message over 1000 characters', { custom_message: 'x'.repeat(1001) }, /1001 characters/],
  ])('refuses %s', async (_label, fields, reason) => {
    expect((await refusal(scribelessAdapter, validCall(scribelessAdapter, 'add-recipient', fields))).message).toMatch(
      reason,
    );
  });
});

describe('PushOwl', () => {
  it('sends a notification to the customer and a campaign to everyone', async () => {
    const sandbox = new MemorySandbox();
    await run(pushowlAdapter, validCall(pushowlAdapter, 'send-push-notification', { image_url: '' }, { sandbox }));
    const campaign = await run(pushowlAdapter, validCall(pushowlAdapter, 'send-push-campaign', {}, { sandbox }));
    const [notification] = sandbox.list('notifications');
    expect(notification).toMatchObject({ customerId: SAMPLE_IDS.customer, status: 'sent', sentAt: TEST_NOW });
    expect(notification).not.toHaveProperty('imageUrl');
    expect(sandbox.get('campaigns', String(campaign.output?.campaign_id))).toMatchObject({
      audience: 'all subscribers',
    });
  });

  it('refuses an empty or over-long title and message', async () => {
    for (const actionId of ['send-push-notification', 'send-push-campaign']) {
      for (const [fields, reason] of [
        [{ title: ' ' }, /title is empty/],
        [{ title: 't'.repeat(101) }, /101 characters/],
        [{ message: 'm'.repeat(251) }, /251 characters/],
      ] as const) {
        expect((await refusal(pushowlAdapter, validCall(pushowlAdapter, actionId, fields))).message).toMatch(reason);
      }
    }
  });
});
