import { describe, expect, it } from 'vitest';
import { catalog, findTrigger } from '../../domain/catalog/catalog';
import { checkFieldValue } from '../../domain/catalog/fieldTypes';
import { AdapterError, type ActionResult, type AppAdapter, type EmittedEvent } from '../types';
import { agecheckedAdapter } from './agechecked';
import { asanaAdapter } from './asana';
import { cleverificAdapter } from './cleverific';
import { cleverpushAdapter } from './cleverpush';
import { dotdigitalAdapter } from './dotdigital';
import { flitsAdapter } from './flits';
import { googleSheetsAdapter } from './google-sheets';
import { klaviyoAdapter } from './klaviyo';
import { klevuAdapter } from './klevu';
import { kmetricAdapter } from './kmetric';
import { littledataAdapter } from './littledata';
import { loyaltylionAdapter } from './loyaltylion';
import { nostoAdapter } from './nosto';
import { omnisendAdapter } from './omnisend';
import { plobalAdapter } from './plobal';
import { shipToOrderAdapter } from './ship-to-order';
import { shopifyAdapter } from './shopify';
import { MemorySandbox, SAMPLE_EMAIL, TEST_NOW, sampleFields, testCall } from './testFields';

const ADAPTERS: Record<string, AppAdapter> = {
  shopify: shopifyAdapter,
  agechecked: agecheckedAdapter,
  asana: asanaAdapter,
  'ship-to-order': shipToOrderAdapter,
  cleverpush: cleverpushAdapter,
  dotdigital: dotdigitalAdapter,
  cleverific: cleverificAdapter,
  flits: flitsAdapter,
  'google-sheets': googleSheetsAdapter,
  klaviyo: klaviyoAdapter,
  klevu: klevuAdapter,
  kmetric: kmetricAdapter,
  littledata: littledataAdapter,
  loyaltylion: loyaltylionAdapter,
  plobal: plobalAdapter,
  nosto: nostoAdapter,
  omnisend: omnisendAdapter,
};

const SHEET_URL = 'https://docs.google.com/spreadsheets/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit#gid=0';

/** Valid values for fields whose service demands a shape beyond the field type. */
const OVERRIDES: Record<string, Record<string, unknown>> = {
  'shopify/add-order-tags': { tags: 'vip, wholesale' },
  'shopify/add-customer-tags': { tags: 'vip, wholesale' },
  'shopify/send-http-request': {
    method: 'POST',
    headers: 'Content-Type: application/json',
    body: '{"hello": "world"}',
  },
  'asana/create-task': { project: '1204567890123456', due_on: '2025-03-20' },
  'ship-to-order/count-orders': { date: '2025-03-14' },
  'cleverpush/send-notification': { segment_ids: 'vip-buyers, newsletter' },
  'dotdigital/add-to-program': { program_id: '12345' },
  'dotdigital/send-transactional-email': { campaign_id: '67890', personalization: 'first_name=Anna\norder=#1001' },
  'cleverific/edit-add-line-items': { line_items: 'GIFT-BOX, 1\nSOCKS-BLUE, 2' },
  'google-sheets/add-row': { spreadsheet: SHEET_URL, row_values: '1001, Anna Nowak, 99.90' },
  'klaviyo/track-event': { event_properties: '{"source": "flow"}' },
  'klaviyo/create-campaign': { list_id: 'Y6nRLr', template_id: 'RipRmi' },
  'loyaltylion/change-tier': { tier_name: 'Gold' },
  'nosto/add-customer-to-segment': { segment_id: '5b71f1500cf2a5d5a3c3d5b0' },
  'omnisend/track-event': { event_properties: '{"source": "flow"}' },
  'omnisend/create-or-update-customer': { phone: '+48 123 456 789', tags: 'vip, VIP, wholesale' },
};

/** Setup values a store would have filled in (only where an action reads them). */
const SETTINGS: Record<string, Record<string, string>> = {
  kmetric: { storeLocation: 'Kraków, Poland' },
  'ship-to-order': { dailyOrderLimit: '50' },
};

function manifestAction(appId: string, actionId: string) {
  const action = catalog.byId.get(appId)?.actions.find((a) => a.id === actionId);
  if (!action) throw new Error(`no action ${appId}/${actionId} in the catalog`);
  return action;
}

/** Calls an action with valid sample fields (plus `fields` on top). */
async function run(
  appId: string,
  actionId: string,
  fields: Record<string, unknown> = {},
  options: Parameters<typeof testCall>[3] & { requiredOnly?: boolean } = {},
): Promise<ActionResult> {
  const action = manifestAction(appId, actionId);
  const handler = ADAPTERS[appId]?.actions[actionId];
  if (!handler) throw new Error(`no handler for ${appId}/${actionId}`);
  const all = sampleFields(action.inputs, {
    requiredOnly: options.requiredOnly,
    overrides: { ...OVERRIDES[`${appId}/${actionId}`], ...fields },
  });
  return handler(testCall(appId, actionId, all, { settings: SETTINGS[appId], ...options }));
}

/** The permanent AdapterError a call is rejected with. */
async function rejection(call: () => unknown): Promise<AdapterError> {
  try {
    await call();
  } catch (error) {
    expect(error).toBeInstanceOf(AdapterError);
    expect((error as AdapterError).kind).toBe('permanent');
    return error as AdapterError;
  }
  throw new Error('expected the call to be rejected');
}

/** An emitted event must name a catalog trigger and carry a payload valid for its fields. */
function expectValidEmit(emit: EmittedEvent): void {
  const trigger = findTrigger(emit.app, emit.trigger);
  expect(trigger, `${emit.app}/${emit.trigger} is a catalog trigger`).toBeDefined();
  for (const field of trigger!.fields) {
    const value = emit.payload[field.key];
    if (field.required) expect(value, `${emit.trigger}.${field.key} is required`).toBeDefined();
    if (value !== undefined) {
      expect(checkFieldValue(field.type, value, field.format), `${emit.trigger}.${field.key}`).toBeUndefined();
    }
  }
  for (const key of Object.keys(emit.payload)) {
    expect(trigger!.fields.map((f) => f.key)).toContain(key);
  }
}

describe('batch A adapters: every action of every app', () => {
  for (const [appId, adapter] of Object.entries(ADAPTERS)) {
    const manifest = catalog.byId.get(appId);

    describe(appId, () => {
      it('is in the catalog and has a handler for exactly its actions', () => {
        expect(manifest).toBeDefined();
        expect(adapter.appId).toBe(appId);
        expect(Object.keys(adapter.actions).sort()).toEqual(manifest!.actions.map((a) => a.id).sort());
      });

      for (const action of manifest?.actions ?? []) {
        for (const requiredOnly of [false, true]) {
          it(`${action.id} (${requiredOnly ? 'required fields only' : 'all fields'}) changes the sandbox or returns the manifest's outputs`, async () => {
            const handler = adapter.actions[action.id];
            expect(handler, `handler for ${appId}/${action.id}`).toBeTypeOf('function');
            const sandbox = new MemorySandbox();
            const before = sandbox.snapshot();
            const result = await run(appId, action.id, {}, { sandbox, requiredOnly });
            const changed = sandbox.snapshot() !== before;

            const outputKeys = action.outputs.map((o) => o.key).sort();
            expect(Object.keys(result.output ?? {}).sort()).toEqual(outputKeys);
            for (const field of action.outputs) {
              expect(checkFieldValue(field.type, result.output?.[field.key]), `output ${field.key}`).toBeUndefined();
            }
            expect(changed || outputKeys.length > 0).toBe(true);
            for (const name of sandbox.collectionNames()) {
              expect(adapter.collections, `heading for collection "${name}"`).toHaveProperty([name]);
            }
            for (const emit of result.emits ?? []) expectValidEmit(emit);
          });
        }

        it(`${action.id} is deterministic`, async () => {
          const first = new MemorySandbox();
          const second = new MemorySandbox();
          const a = await run(appId, action.id, {}, { sandbox: first });
          const b = await run(appId, action.id, {}, { sandbox: second });
          expect(b).toEqual(a);
          expect(second.snapshot()).toEqual(first.snapshot());
        });
      }
    });
  }
});

describe('shopify', () => {
  it('adds order tags to the trigger order once each, ignoring case', async () => {
    const sandbox = new MemorySandbox();
    await run('shopify', 'add-order-tags', { tags: 'vip, VIP , wholesale,,' }, { sandbox });
    await run('shopify', 'add-order-tags', { tags: 'Wholesale, first-order' }, { sandbox });
    expect(sandbox.get('orders', '5012345678')).toMatchObject({
      orderId: '5012345678',
      tags: ['vip', 'wholesale', 'first-order'],
    });
  });

  it('adds customer tags to the trigger customer (a GID is read as its number)', async () => {
    const sandbox = new MemorySandbox();
    const event = { payload: { customer_id: 'gid://shopify/Customer/42' } };
    await run('shopify', 'add-customer-tags', { tags: 'vip, vip' }, { sandbox, event });
    expect(sandbox.get('customers', '42')?.tags).toEqual(['vip']);
  });

  it('rejects tags when the trigger has no order, or when no tag is given', async () => {
    const noOrder = await rejection(() =>
      run('shopify', 'add-order-tags', {}, { event: { trigger: 'customer-created', payload: { customer_id: '1' } } }),
    );
    expect(noOrder.message).toMatch(/provides no order/);
    expect((await rejection(() => run('shopify', 'add-order-tags', { tags: ' , ' }))).message).toMatch(/no tags given/);
  });

  it('records internal e-mails in the outbox', async () => {
    const sandbox = new MemorySandbox();
    await run('shopify', 'send-internal-email', { to: 'staff@example.com', subject: 'New VIP order' }, { sandbox });
    expect(sandbox.list('outbox')).toEqual([
      expect.objectContaining({ to: 'staff@example.com', subject: 'New VIP order', sentAt: TEST_NOW }),
    ]);
  });

  it('simulates an HTTP request: records it and echoes it back with status 200', async () => {
    const sandbox = new MemorySandbox();
    const result = await run('shopify', 'send-http-request', { method: 'put', url: 'https://api.example.com/x' }, { sandbox });
    expect(result.output?.status_code).toBe(200);
    expect(JSON.parse(String(result.output?.response_body))).toMatchObject({
      simulated: true,
      method: 'PUT',
      url: 'https://api.example.com/x',
      headers: { 'Content-Type': 'application/json' },
      body: '{"hello": "world"}',
    });
    expect(sandbox.list('requests')[0]).toMatchObject({ method: 'PUT', statusCode: 200, simulated: true });
  });

  it('rejects an unknown method, a GET with a body and a malformed header', async () => {
    expect((await rejection(() => run('shopify', 'send-http-request', { method: 'FETCH' }))).message).toMatch(
      /"FETCH" is not a supported HTTP method/,
    );
    expect((await rejection(() => run('shopify', 'send-http-request', { method: 'GET' }))).message).toMatch(
      /GET request cannot have a body/,
    );
    const header = await rejection(() => run('shopify', 'send-http-request', { headers: 'Accept: */*\nnot a header' }));
    expect(header.message).toMatch(/header line 2/);
  });
});

describe('agechecked', () => {
  it('passes an even order number and tells Flow the check succeeded', async () => {
    const sandbox = new MemorySandbox();
    const result = await run('agechecked', 'verify-order-customer-age', { order_id: '1002' }, { sandbox });
    expect(result.output).toMatchObject({ verification_status: 'passed' });
    expect(result.emits).toHaveLength(1);
    expect(result.emits![0]).toMatchObject({ app: 'agechecked', trigger: 'customer-age-check-succeeded' });
    expectValidEmit(result.emits![0]!);
    expect(sandbox.list('verifications')[0]).toMatchObject({ orderId: '1002', status: 'passed', minimumAge: 18 });
  });

  it('fails an odd order number with a reason, using the minimum age from setup', async () => {
    const result = await run('agechecked', 'verify-order-customer-age', { order_id: '1003' }, { settings: { minimumAge: '21' } });
    expect(result.output).toMatchObject({ verification_status: 'failed' });
    expect(result.emits![0]).toMatchObject({ trigger: 'customer-age-check-failed', payload: { minimum_age: 21 } });
    expectValidEmit(result.emits![0]!);
  });

  it('rejects a minimum age in setup that AgeChecked does not offer', async () => {
    const error = await rejection(() => run('agechecked', 'verify-order-customer-age', {}, { settings: { minimumAge: '17' } }));
    expect(error.message).toMatch(/minimum age .* must be one of 16, 18, 21/);
  });
});

describe('asana', () => {
  it('creates a task in a project given by ID and returns its address', async () => {
    const sandbox = new MemorySandbox();
    const result = await run('asana', 'create-task', { task_name: 'Pack order #1001' }, { sandbox });
    expect(result.output?.task_url).toBe(`https://app.asana.com/0/1204567890123456/${String(result.output?.task_id)}`);
    expect(sandbox.list('tasks')[0]).toMatchObject({ name: 'Pack order #1001', projectId: '1204567890123456', dueOn: '2025-03-20' });
  });

  it('reuses a project given by name and reads a project address', async () => {
    const sandbox = new MemorySandbox();
    const a = await run('asana', 'create-task', { project: 'Fulfilment' }, { sandbox });
    const b = await run('asana', 'create-task', { project: 'fulfilment' }, { sandbox });
    expect(String(a.output?.task_url).split('/')[4]).toBe(String(b.output?.task_url).split('/')[4]);
    const c = await run('asana', 'create-task', { project: 'https://app.asana.com/0/1201111111111111/list' }, { sandbox });
    expect(String(c.output?.task_url)).toContain('/0/1201111111111111/');
    expect(sandbox.list('projects')).toHaveLength(2);
  });

  it('rejects a malformed project ID or address and an impossible due date', async () => {
    expect((await rejection(() => run('asana', 'create-task', { project: '0123' }))).message).toMatch(/not an Asana project ID/);
    expect((await rejection(() => run('asana', 'create-task', { project: '1204-5678' }))).message).toMatch(/not an Asana project ID/);
    expect((await rejection(() => run('asana', 'create-task', { project: 'https://trello.com/b/1' }))).message).toMatch(
      /not an Asana address/,
    );
    expect((await rejection(() => run('asana', 'create-task', { due_on: '2025-02-30' }))).message).toMatch(
      /due date "2025-02-30" is not a date/,
    );
  });
});

describe('ship-to-order', () => {
  const orderEvent = (orderId: string, day = '2025-03-14') => ({
    event: { payload: { order_id: orderId, created_at: `${day}T09:00:00Z` } },
  });

  it('counts each order of the day once and flags the daily limit', async () => {
    const sandbox = new MemorySandbox();
    await run('ship-to-order', 'count-orders', {}, { sandbox, ...orderEvent('1') });
    await run('ship-to-order', 'count-orders', {}, { sandbox, ...orderEvent('1') });
    await run('ship-to-order', 'count-orders', {}, { sandbox, ...orderEvent('3', '2025-03-13') });
    const result = await run('ship-to-order', 'count-orders', {}, { sandbox, settings: { dailyOrderLimit: '2' }, ...orderEvent('2') });
    expect(result.output).toEqual({ date: '2025-03-14', order_count: 2 });
    expect(sandbox.get('daily-counts', '2025-03-14')).toMatchObject({ orderCount: 2, dailyLimit: 2, limitReached: true });
    const yesterday = await run('ship-to-order', 'count-orders', { date: '2025-03-13' }, { sandbox });
    expect(yesterday.output?.order_count).toBe(1);
  });

  it('counts today when no date is given', async () => {
    const result = await run('ship-to-order', 'count-orders', { date: '' });
    expect(result.output?.date).toBe(TEST_NOW.slice(0, 10));
  });

  it('rejects a date that is not YYYY-MM-DD or is in the future', async () => {
    expect((await rejection(() => run('ship-to-order', 'count-orders', { date: '14.03.2025' }))).message).toMatch(
      /not a date in the form YYYY-MM-DD/,
    );
    expect((await rejection(() => run('ship-to-order', 'count-orders', { date: '2025-03-15' }))).message).toMatch(/in the future/);
  });

  it('sets cart attributes on the order, keeping earlier ones', async () => {
    const sandbox = new MemorySandbox();
    await run('ship-to-order', 'set-cart-attributes', { attribute_name: 'gift', attribute_value: 'yes' }, { sandbox });
    await run('ship-to-order', 'set-cart-attributes', { attribute_name: 'slot', attribute_value: 'AM' }, { sandbox });
    expect(sandbox.get('orders', '5012345678')?.attributes).toEqual({ gift: 'yes', slot: 'AM' });
  });
});

describe('cleverpush', () => {
  it('sends to all subscribers when no segment is given', async () => {
    const sandbox = new MemorySandbox();
    const result = await run('cleverpush', 'send-notification', { segment_ids: '' }, { sandbox });
    expect(sandbox.get('notifications', String(result.output?.notification_id))).toMatchObject({ audience: 'all subscribers' });
  });

  it('rejects a segment ID with spaces and an icon not served over https', async () => {
    expect((await rejection(() => run('cleverpush', 'send-notification', { segment_ids: 'vip, big spenders' }))).message).toMatch(
      /"big spenders" is not a segment ID/,
    );
    expect((await rejection(() => run('cleverpush', 'send-notification', { icon_url: 'http://example.com/i.png' }))).message).toMatch(
      /icon address must start with https/,
    );
  });
});

describe('dotdigital', () => {
  it('updates the existing contact with the same e-mail', async () => {
    const sandbox = new MemorySandbox();
    const a = await run('dotdigital', 'create-or-update-contact', { email: 'anna@example.com', first_name: 'Anna' }, { sandbox });
    const b = await run('dotdigital', 'create-or-update-contact', { email: 'ANNA@example.com', first_name: undefined, last_name: 'Nowak' }, { sandbox });
    expect(b.output?.contact_id).toBe(a.output?.contact_id);
    expect(sandbox.list('contacts')).toHaveLength(1);
    expect(sandbox.list('contacts')[0]).toMatchObject({ firstName: 'Anna', lastName: 'Nowak', addressBooks: ['Sample address book'] });
  });

  it('enrols the trigger customer in a program by their e-mail', async () => {
    const sandbox = new MemorySandbox();
    await run('dotdigital', 'add-to-program', {}, { sandbox });
    expect(sandbox.list('enrolments')[0]).toMatchObject({ programId: '12345', email: SAMPLE_EMAIL, status: 'Active' });
  });

  it('rejects a non-numeric program or campaign ID and a malformed personalization line', async () => {
    expect((await rejection(() => run('dotdigital', 'add-to-program', { program_id: 'welcome' }))).message).toMatch(
      /program ID "welcome" is not valid/,
    );
    expect((await rejection(() => run('dotdigital', 'send-transactional-email', { campaign_id: 'abc' }))).message).toMatch(
      /campaign ID "abc" is not valid/,
    );
    expect(
      (await rejection(() => run('dotdigital', 'send-transactional-email', { personalization: 'a=1\nno equals sign' }))).message,
    ).toMatch(/personalization line 2/);
  });

  it('rejects enrolling a customer whose e-mail is unknown', async () => {
    const error = await rejection(() => run('dotdigital', 'add-to-program', {}, { event: { payload: { customer_id: '9' } } }));
    expect(error.message).toMatch(/no e-mail address known/);
  });
});

describe('cleverific', () => {
  it('adds line items and expands a bundle into its components', async () => {
    const sandbox = new MemorySandbox();
    await run('cleverific', 'edit-add-line-items', { line_items: 'GIFT-BOX, 2\nMUG' }, { sandbox });
    const result = await run('cleverific', 'expand-bundles', {}, { sandbox });
    expect(result.output).toEqual({ expanded_bundle_count: 2 });
    expect(sandbox.get('orders', '5012345678')?.lineItems).toEqual([
      { sku: 'MUG', quantity: 3 },
      { sku: 'COFFEE-250G', quantity: 4 },
    ]);
    expect(sandbox.list('bundles')).toHaveLength(1);
  });

  it('rejects a line item that is not "SKU, quantity"', async () => {
    const error = await rejection(() => run('cleverific', 'edit-add-line-items', { line_items: 'MUG, 1\nSOCKS, two' }));
    expect(error.message).toMatch(/line item 2 \("SOCKS, two"\) has quantity "two"/);
  });
});

describe('flits', () => {
  it('keeps a credit balance per customer and records the history', async () => {
    const sandbox = new MemorySandbox();
    await run('flits', 'adjust-credit-on-fulfilment', { credit_amount: 10 }, { sandbox });
    const result = await run('flits', 'adjust-credit-on-fulfilment', { credit_amount: '-2.5' }, { sandbox });
    expect(result.output).toEqual({ credit_balance: 7.5 });
    expect(sandbox.list('credit-history')).toHaveLength(2);
  });

  it('rejects a deduction below zero, a zero amount and an order without customer', async () => {
    expect((await rejection(() => run('flits', 'adjust-credit-on-fulfilment', { credit_amount: -5 }))).message).toMatch(
      /would go below zero/,
    );
    expect((await rejection(() => run('flits', 'adjust-credit-on-fulfilment', { credit_amount: 0 }))).message).toMatch(/amount is 0/);
    const noCustomer = await rejection(() =>
      run('flits', 'adjust-credit-on-fulfilment', {}, { event: { payload: { order_id: '5012345678' } } }),
    );
    expect(noCustomer.message).toMatch(/has no customer/);
  });
});

describe('google-sheets', () => {
  it('appends rows one under another and reports the range', async () => {
    const sandbox = new MemorySandbox();
    await run('google-sheets', 'add-row', { sheet_name: 'Orders' }, { sandbox });
    const result = await run('google-sheets', 'add-row', { sheet_name: 'Orders', row_values: '1002, "Nowak, Anna", 10' }, { sandbox });
    expect(result.output).toEqual({ updated_range: 'Orders!A2:C2', row_number: 2 });
    expect(sandbox.list('rows')[1]).toMatchObject({
      spreadsheet: '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms',
      sheet: 'Orders',
      values: ['1002', 'Nowak, Anna', '10'],
      addedAt: TEST_NOW,
    });
    const other = await run('google-sheets', 'add-row', { sheet_name: 'Daily sales' }, { sandbox });
    expect(other.output?.updated_range).toBe("'Daily sales'!A1:C1");
  });

  it('rejects a spreadsheet that is neither a sheet address nor an ID', async () => {
    const error = await rejection(() => run('google-sheets', 'add-row', { spreadsheet: 'My orders sheet' }));
    expect(error.message).toMatch(/"My orders sheet" is not a Google Sheets spreadsheet/);
    const url = await rejection(() => run('google-sheets', 'add-row', { spreadsheet: 'https://example.com/sheet' }));
    expect(url.message).toMatch(/not a Google Sheets spreadsheet/);
  });
});

describe('klaviyo', () => {
  it('records events on the profile', async () => {
    const sandbox = new MemorySandbox();
    await run('klaviyo', 'track-event', { event_name: 'Placed VIP order' }, { sandbox });
    await run('klaviyo', 'track-event', { event_name: 'Left review' }, { sandbox });
    expect(sandbox.get('profiles', SAMPLE_EMAIL)).toMatchObject({ eventCount: 2, lastEvent: 'Left review' });
    expect(sandbox.list('events')[0]).toMatchObject({ metric: 'Placed VIP order', properties: { source: 'flow' } });
  });

  it('rejects a blank event name, properties that are not a JSON object and a malformed list ID', async () => {
    expect((await rejection(() => run('klaviyo', 'track-event', { event_name: '   ' }))).message).toMatch(/event name is empty/);
    expect((await rejection(() => run('klaviyo', 'track-event', { event_properties: 'source=flow' }))).message).toMatch(
      /event properties must be a JSON object/,
    );
    expect((await rejection(() => run('klaviyo', 'track-event', { event_properties: '[1]' }))).message).toMatch(/JSON object/);
    expect((await rejection(() => run('klaviyo', 'create-campaign', { list_id: 'newsletter' }))).message).toMatch(
      /list ID "newsletter" is not a Klaviyo ID/,
    );
  });
});

describe('klevu', () => {
  it('promotes and demotes a product and keeps the history', async () => {
    const sandbox = new MemorySandbox();
    await run('klevu', 'promote-demote-product', { boost_score: 2 }, { sandbox });
    await run('klevu', 'promote-demote-product', { boost_score: 0.5 }, { sandbox });
    expect(sandbox.get('boosts', '8123456789')).toMatchObject({ score: 0.5, effect: 'demoted' });
    expect(sandbox.list('boost-history')[1]).toMatchObject({ previousScore: 2, score: 0.5 });
  });

  it('rejects a boosting score of 0 or less', async () => {
    const error = await rejection(() => run('klevu', 'promote-demote-product', { boost_score: 0 }));
    expect(error.message).toMatch(/boosting score 0 must be above 0/);
  });
});

describe('kmetric', () => {
  it('logs the same reading for the same place and hour, from the setup location when none is given', async () => {
    const a = await run('kmetric', 'log-weather', { location: '' });
    const b = await run('kmetric', 'log-weather', { location: 'Kraków, Poland' });
    expect(a.output?.temperature_c).toBe(b.output?.temperature_c);
    expect(a.output?.conditions).toBe(b.output?.conditions);
  });

  it('rejects a call without any location', async () => {
    const error = await rejection(() => run('kmetric', 'log-weather', { location: '' }, { settings: {} }));
    expect(error.message).toMatch(/no location/);
  });
});

describe('littledata', () => {
  it('links an order event to the order customer', async () => {
    const sandbox = new MemorySandbox();
    await run('littledata', 'order-event', {}, { sandbox });
    expect(sandbox.list('events')[0]).toMatchObject({ scope: 'order', orderId: '5012345678', customerId: '7054216842' });
    expect(sandbox.get('customers', '7054216842')).toMatchObject({ eventCount: 1 });
  });

  it('rejects a negative event value and a malformed GA property in setup', async () => {
    expect((await rejection(() => run('littledata', 'customer-event', { event_value: -1 }))).message).toMatch(
      /event value -1 must be a whole number of 0 or more/,
    );
    const property = await rejection(() => run('littledata', 'customer-event', {}, { settings: { gaPropertyId: 'my shop' } }));
    expect(property.message).toMatch(/Google Analytics property/);
  });
});

describe('loyaltylion', () => {
  it('keeps a points balance and tells Flow when it reaches a reward', async () => {
    const sandbox = new MemorySandbox();
    const first = await run('loyaltylion', 'add-points', { points: 300 }, { sandbox });
    expect(first.output).toEqual({ points_balance: 300 });
    expect(first.emits).toEqual([]);

    const second = await run('loyaltylion', 'add-points', { points: '250' }, { sandbox });
    expect(second.output).toEqual({ points_balance: 550 });
    expect(second.emits).toHaveLength(1);
    const emit = second.emits![0]!;
    expect(emit).toEqual({
      app: 'loyaltylion',
      trigger: 'customer-can-claim-reward',
      payload: {
        customer_id: '7054216842',
        customer_email: SAMPLE_EMAIL,
        points_balance: 550,
        reward_name: '10% off your next order',
        reward_cost: 500,
      },
    });
    expectValidEmit(emit);
    expect(findTrigger('loyaltylion', emit.trigger)?.name.en).toBe('Customer has enough points for a reward');

    const third = await run('loyaltylion', 'add-points', { points: 10 }, { sandbox });
    expect(third.emits).toEqual([]);
    expect(sandbox.get('accounts', '7054216842')).toMatchObject({ pointsBalance: 560, tierName: 'Bronze' });
  });

  it('emits one event per reward crossed at once', async () => {
    const result = await run('loyaltylion', 'add-points', { points: 2000 });
    expect(result.emits?.map((e) => e.payload.reward_cost)).toEqual([500, 1500]);
    for (const emit of result.emits ?? []) expectValidEmit(emit);
  });

  it('does not notify Flow when the customer e-mail is unknown, and says so', async () => {
    const sandbox = new MemorySandbox();
    const result = await run('loyaltylion', 'add-points', { points: 600 }, { sandbox, event: { payload: {} } });
    expect(result.emits).toEqual([]);
    expect(sandbox.list('points-history')[0]).toMatchObject({ flowNotified: 'no: the customer e-mail is unknown' });
  });

  it('rejects points that are not a positive whole number', async () => {
    expect((await rejection(() => run('loyaltylion', 'add-points', { points: 0 }))).message).toMatch(/positive whole number, not 0/);
    expect((await rejection(() => run('loyaltylion', 'add-points', { points: -5 }))).message).toMatch(/positive whole number/);
    expect((await rejection(() => run('loyaltylion', 'add-points', { points: 2.5 }))).message).toMatch(/positive whole number/);
  });

  it('moves a customer up and down the seeded tiers and tells Flow which way', async () => {
    const sandbox = new MemorySandbox();
    const up = await run('loyaltylion', 'change-tier', { tier_name: 'gold' }, { sandbox });
    expect(sandbox.list('tiers').map((t) => t.name)).toEqual(['Bronze', 'Silver', 'Gold']);
    expect(up.emits).toEqual([
      {
        app: 'loyaltylion',
        trigger: 'customer-moved-up-tier',
        payload: {
          customer_id: '7054216842',
          customer_email: SAMPLE_EMAIL,
          previous_tier_name: 'Bronze',
          new_tier_name: 'Gold',
          points_balance: 0,
        },
      },
    ]);
    expectValidEmit(up.emits![0]!);

    const down = await run('loyaltylion', 'change-tier', { tier_name: 'Silver' }, { sandbox });
    expect(down.emits![0]).toMatchObject({
      trigger: 'customer-moved-down-tier',
      payload: { previous_tier_name: 'Gold', new_tier_name: 'Silver' },
    });
    expectValidEmit(down.emits![0]!);

    const same = await run('loyaltylion', 'change-tier', { tier_name: 'Silver' }, { sandbox });
    expect(same.emits).toEqual([]);
    expect(sandbox.list('tier-changes').map((c) => c.direction)).toEqual(['up', 'down', 'unchanged']);
  });

  it('uses the tiers in the sandbox and rejects a tier the program does not have', async () => {
    const sandbox = new MemorySandbox();
    sandbox.upsert('tiers', 'member', { name: 'Member', position: 1 });
    sandbox.upsert('tiers', 'insider', { name: 'Insider', position: 2 });
    const result = await run('loyaltylion', 'change-tier', { tier_name: 'Insider' }, { sandbox });
    expect(result.emits![0]).toMatchObject({ trigger: 'customer-moved-up-tier', payload: { previous_tier_name: 'Member' } });
    const error = await rejection(() => run('loyaltylion', 'change-tier', { tier_name: 'Gold' }, { sandbox }));
    expect(error.message).toBe('there is no tier "Gold" in the loyalty program; its tiers are Member, Insider');
  });
});

describe('plobal', () => {
  it('sends a bulk push to every customer who is an app user', async () => {
    const sandbox = new MemorySandbox();
    await run('plobal', 'send-individual-push', { customer_id: '1' }, { sandbox });
    await run('plobal', 'send-individual-push', { customer_id: '2' }, { sandbox });
    await run('plobal', 'send-individual-push', { customer_id: '1' }, { sandbox });
    const result = await run('plobal', 'send-bulk-push', {}, { sandbox });
    expect(result.output).toEqual({ recipient_count: 2 });
    expect(sandbox.get('app-users', '1')).toMatchObject({ pushesReceived: 3 });
  });

  it('rejects an image not served over https', async () => {
    const error = await rejection(() => run('plobal', 'send-bulk-push', { image_url: 'http://example.com/a.png' }));
    expect(error.message).toMatch(/image address must start with https/);
  });
});

describe('nosto', () => {
  it('adds a customer to a segment once', async () => {
    const sandbox = new MemorySandbox();
    await run('nosto', 'add-customer-to-segment', {}, { sandbox });
    await run('nosto', 'add-customer-to-segment', {}, { sandbox });
    expect(sandbox.get('segments', '5b71f1500cf2a5d5a3c3d5b0')).toMatchObject({ members: ['7054216842'], memberCount: 1 });
    expect(sandbox.list('memberships')).toHaveLength(1);
  });

  it('rejects a segment name given instead of an ID', async () => {
    const error = await rejection(() => run('nosto', 'add-customer-to-segment', { segment_id: 'VIP customers' }));
    expect(error.message).toMatch(/"VIP customers" is not a Nosto segment ID/);
  });
});

describe('omnisend', () => {
  it('creates a contact, then updates the same one, with tags once each', async () => {
    const sandbox = new MemorySandbox();
    const a = await run('omnisend', 'create-or-update-customer', {}, { sandbox });
    const b = await run('omnisend', 'create-or-update-customer', { email: 'Customer@Example.com', tags: 'new' }, { sandbox });
    expect(b.output?.contact_id).toBe(a.output?.contact_id);
    expect(sandbox.list('contacts')).toHaveLength(1);
    expect(sandbox.list('contacts')[0]).toMatchObject({ tags: ['vip', 'wholesale', 'new'], lastAction: 'updated' });
  });

  it('tracks an event on the contact with that e-mail', async () => {
    const sandbox = new MemorySandbox();
    const created = await run('omnisend', 'create-or-update-customer', {}, { sandbox });
    await run('omnisend', 'track-event', { event_name: 'viewed sale' }, { sandbox });
    expect(sandbox.list('events')[0]).toMatchObject({ contactId: created.output?.contact_id, eventName: 'viewed sale' });
  });

  it('rejects something that is not a phone number and bad event properties', async () => {
    expect((await rejection(() => run('omnisend', 'create-or-update-customer', { phone: 'call me' }))).message).toMatch(
      /"call me" is not a phone number/,
    );
    expect((await rejection(() => run('omnisend', 'track-event', { event_properties: '{oops' }))).message).toMatch(/not valid JSON/);
  });
});
