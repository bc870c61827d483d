import { describe, expect, it } from 'vitest';
import { buildCatalog } from './buildCatalog';
import { builtInCatalog as catalog } from './builtIn';
import slack from './apps/slack.json';

describe('buildCatalog', () => {
  it('parses the built-in manifests and freezes the result', () => {
    expect(catalog.apps.length).toBeGreaterThan(0);
    expect(Object.isFrozen(catalog.apps[0])).toBe(true);
    expect(() => {
      (catalog.apps[0]!.name as { en: string }).en = 'changed';
    }).toThrow();
  });

  it('names the file and JSON path of each problem in a bad manifest', () => {
    const broken = structuredClone(slack) as Record<string, unknown>;
    (broken.actions as { inputs: { type: string }[] }[])[0]!.inputs[0]!.type = 'colour';
    expect(() => buildCatalog({ './apps/slack.json': broken })).toThrow(
      /slack\.json: \$\.actions\[0\]\.inputs\[0\]\.type: must be one of/,
    );
  });

  it('rejects a manifest whose file name does not match its id', () => {
    expect(() => buildCatalog({ './apps/chat.json': slack })).toThrow(/must be named slack\.json/);
  });
});

describe('the seed rules carried by the catalog', () => {
  const app = (id: string) => {
    const found = catalog.byId.get(id);
    if (!found) throw new Error(`no app ${id}`);
    return found;
  };

  it('marks exactly Asana, Google Sheets, Slack and Trello as needing Flow in the store to change authentication', () => {
    const flagged = catalog.apps.filter((a) => a.authRequiresFlowInStore).map((a) => a.id);
    expect(flagged.sort()).toEqual(['asana', 'google-sheets', 'slack', 'trello']);
  });

  it('has one built-in Shopify app with the triggers and actions workflows start from', () => {
    const builtIn = catalog.apps.filter((a) => a.builtIn);
    expect(builtIn.map((a) => a.id)).toEqual(['shopify']);
    expect(app('shopify').triggers.map((t) => t.id)).toEqual([
      'order-created',
      'order-paid',
      'customer-created',
      'product-created',
      'inventory-quantity-changed',
      'scheduled-time',
      'workflow-error-occurred',
    ]);
    expect(app('shopify').actions.map((a) => a.id)).toEqual([
      'add-order-tags',
      'add-customer-tags',
      'send-internal-email',
      'send-http-request',
      'add-product-tags',
    ]);
  });

  it('allows the Klevu action only in workflows started by Inventory quantity changed', () => {
    const restricted = catalog.apps.flatMap((a) => a.actions.filter((x) => x.onlyWithTrigger).map((x) => `${a.id}/${x.id}`));
    expect(restricted).toHaveLength(1);
    expect(restricted[0]).toMatch(/^klevu\//);
    const action = app('klevu').actions[0]!;
    expect(action.onlyWithTrigger).toEqual({ app: 'shopify', trigger: 'inventory-quantity-changed' });
  });

  it('marks Cleverific "Rozwiń pakiety" as the only early-access action', () => {
    const early = catalog.apps.flatMap((a) => a.actions.filter((x) => x.earlyAccess).map((x) => x.name.pl));
    expect(early).toEqual(['Rozwiń pakiety']);
  });

  it('requires an order ID for AgeChecked verification', () => {
    const verify = app('agechecked').actions[0]!;
    expect(verify.needs).toContain('order');
    expect(verify.inputs).toContainEqual(expect.objectContaining({ key: 'order_id', type: 'order_reference', required: true }));
  });

  it('requires E.164 phone numbers for FirePush SMS', () => {
    const sms = app('firepush').actions[0]!;
    expect(sms.inputs.some((f) => f.format === 'e164' && f.required)).toBe(true);
  });

  it('schedules the LoyaltyLion birthday triggers at 09:00 on the day and 7 days before', () => {
    const schedules = app('loyaltylion').triggers.flatMap((t) => (t.schedule ? [t.schedule] : []));
    expect(schedules).toEqual(
      expect.arrayContaining([
        { kind: 'birthday', time: '09:00', daysBefore: 0 },
        { kind: 'birthday', time: '09:00', daysBefore: 7 },
      ]),
    );
  });

  it('schedules the seed\'s daily triggers (Algolia top searches, Klevu top searches) daily', () => {
    const daily = catalog.apps.flatMap((a) =>
      a.triggers.filter((t) => t.schedule?.kind === 'daily').map((t) => `${a.id}/${t.name.pl}`),
    );
    expect(daily.sort()).toEqual([
      'algolia/Najpopularniejsze wyszukiwania',
      'algolia/Najpopularniejsze wyszukiwania bez wyników',
      'klevu/Najpopularniejsze wyszukiwania',
    ]);
  });

  it('gives every reference field the payload key Shopify Flow uses', () => {
    for (const a of catalog.apps) {
      for (const t of a.triggers) {
        for (const f of t.fields) {
          if (f.type === 'order_reference') expect(f.key).toBe('order_id');
          if (f.type === 'customer_reference') expect(f.key).toBe('customer_id');
          if (f.type === 'product_reference') expect(f.key).toBe('product_id');
        }
      }
    }
  });
});
