import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../catalog/builtIn';
import type { Installation, Organization } from '../org/organization';
import { DEFAULT_ACTIVATION } from './activation';
import { type ConditionGroup, type Criterion, type Link, MAX_FIELD_CHARS, type Step, Workflow } from './document';
import { type Problem, hasBlockingErrors, validateWorkflow } from './validate';

// ---- builders: every workflow goes through the schema, so tests only use documents that can exist
const at = { x: 0, y: 0 };
const trigger = (app: string, id: string): Step => ({ id: 't', kind: 'trigger', app, trigger: id, position: at, note: '' });
const action = (id: string, app: string, act: string, fields: Record<string, string>): Step => ({
  id, kind: 'action', app, action: act, fields, position: at, note: '',
});
const crit = (field: string, operator: Criterion['operator'], value?: Criterion['value']): Criterion => ({
  kind: 'criterion', field, operator, ...(value === undefined ? {} : { value }),
});
const condition = (id: string, items: ConditionGroup['items'], join: 'and' | 'or' = 'and'): Step => ({
  id, kind: 'condition', criteria: { kind: 'group', join, items }, position: at, note: '',
});
const wait = (id: string): Step => ({ id, kind: 'wait', duration: { amount: 1, unit: 'days' }, position: at, note: '' });
const link = (from: string, to: string, port: Link['port'] = 'next'): Link => ({ from, port, to });
/** A chain: each step linked from the one before it by `next`. */
const chain = (...steps: Step[]) => doc(steps, steps.slice(1).map((s, i) => link(steps[i]!.id, s.id)));
const doc = (steps: Step[], links: Link[]) =>
  Workflow.parse({ schemaVersion: 2, id: 'wf', name: 'Test', activation: DEFAULT_ACTIVATION, steps, links });

const NOW = '2026-01-01T00:00:00.000Z';
function orgWith(installs: Record<string, string[]>): Organization {
  const installations: Installation[] = Object.entries(installs).flatMap(([storeId, apps]) =>
    apps.map((appId) => ({ storeId, appId, installedAt: NOW, settings: {}, secretsSet: [] })),
  );
  return {
    name: 'Górska Pracownia',
    stores: ['s1', 's2'].map((id) => ({ id, name: id, flowInstalled: true, createdAt: NOW, timeZone: 'UTC' })),
    installations,
  };
}
const org = orgWith({
  s1: ['loox', 'klevu', 'agechecked', 'cleverific', 'firepush', 'order-tagger'],
  s2: ['slack', 'loyaltylion'],
});
const validate = (wf: Pick<Workflow, 'steps' | 'links'>, o: Organization = org) => validateWorkflow(wf, { catalog, org: o });
const codes = (problems: Problem[]) => problems.map((p) => p.code);

const looxTrigger = trigger('loox', 'new-review');
const slack = (text: string, channel = '#reviews') => action('a', 'slack', 'send-message', { channel, text });

describe('a complete workflow', () => {
  it('Loox New review → rating < 3 → Slack message with the review text has no problems', () => {
    const wf = doc(
      [looxTrigger, condition('c', [crit('trigger.rating', 'less_than', 3)]), slack('Low rating: {{ trigger.review_text }}')],
      [link('t', 'c'), link('c', 'a', 'then')],
    );
    const problems = validate(wf);
    expect(problems).toEqual([]);
    expect(hasBlockingErrors(problems)).toBe(false);
  });
});

describe('trigger and reachability', () => {
  it('reports a missing trigger as an error, and not every step as unreachable', () => {
    const problems = validate(chain(slack('Hello')));
    expect(codes(problems)).toEqual(['no-trigger']);
    expect(problems[0]).toMatchObject({ severity: 'error' });
    expect(problems[0]?.stepId).toBeUndefined();
  });

  it('reports steps without a path from the trigger as errors, including steps linked only from them', () => {
    const wf = doc([looxTrigger, slack('Hi'), wait('w'), action('b', 'slack', 'send-message', { channel: '#x', text: 'y' })], [
      link('w', 'b'),
    ]);
    const unreachable = validate(wf).filter((p) => p.code === 'unreachable-step');
    expect(unreachable.map((p) => p.stepId)).toEqual(['a', 'w', 'b']);
    expect(unreachable.every((p) => p.severity === 'error')).toBe(true);
  });

  it('reaches steps on both branches of a condition', () => {
    const wf = doc(
      [
        looxTrigger,
        condition('c', [crit('trigger.rating', 'less_than', 3)]),
        slack('low'),
        action('b', 'slack', 'send-message', { channel: '#x', text: 'ok' }),
      ],
      [link('t', 'c'), link('c', 'a', 'then'), link('c', 'b', 'otherwise')],
    );
    expect(codes(validate(wf))).not.toContain('unreachable-step');
  });
});

describe('action inputs', () => {
  it('requires required inputs, a blank value counting as empty, and allows empty optional ones', () => {
    const problems = validate(chain(looxTrigger, slack('Hello', '   ')));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'required-input-empty', stepId: 'a', field: 'channel', severity: 'error' }),
    ]);
    const http = action('a', 'shopify', 'send-http-request', { method: 'POST', url: 'https://example.com/hook', headers: '' });
    expect(validate(chain(looxTrigger, http))).toEqual([]);
  });

  it('checks plain values against the field type: E.164 phone, e-mail, URL, number', () => {
    const sms = (phone: string) => action('a', 'firepush', 'send-sms', { phone, message: 'Thanks!' });
    const [phone] = validate(chain(looxTrigger, sms('601 234 567')));
    expect(phone).toMatchObject({ code: 'invalid-value', field: 'phone', severity: 'error' });
    expect(phone?.message).toMatch(/E\.164/);
    expect(validate(chain(looxTrigger, sms('+48601234567')))).toEqual([]);

    const mail = action('a', 'shopify', 'send-internal-email', { to: 'staff', subject: 'Review', body: 'x' });
    expect(validate(chain(looxTrigger, mail))).toEqual([expect.objectContaining({ code: 'invalid-value', field: 'to' })]);
    const http = action('a', 'shopify', 'send-http-request', { method: 'GET', url: 'example.com' });
    expect(validate(chain(looxTrigger, http))).toEqual([expect.objectContaining({ code: 'invalid-value', field: 'url' })]);
    const klevu = action('a', 'klevu', 'promote-demote-product', {
      product_id: '{{ trigger.product_id }}',
      boost_score: 'high',
    });
    expect(validate(chain(trigger('shopify', 'inventory-quantity-changed'), klevu))).toEqual([
      expect.objectContaining({ code: 'invalid-value', field: 'boost_score' }),
    ]);
  });

  it('leaves the type of a Liquid value to run time', () => {
    const sms = action('a', 'firepush', 'send-sms', {
      phone: '{{ customer.phone }}',
      message: 'Thanks {{ customer.first_name }}!',
    });
    expect(validate(chain(looxTrigger, sms))).toEqual([]);
  });

  it('warns about values for inputs the action does not have', () => {
    const stale = action('a', 'slack', 'send-message', { channel: '#x', text: 'y', colour: 'red' });
    const problems = validate(chain(looxTrigger, stale));
    expect(problems).toEqual([expect.objectContaining({ code: 'unknown-input', field: 'colour', severity: 'warning' })]);
  });
});

describe('Liquid in action fields', () => {
  it('reports a syntax error on the field', () => {
    const problems = validate(chain(looxTrigger, slack('Review: {{ trigger.review_text')));
    expect(problems).toEqual([expect.objectContaining({ code: 'liquid-syntax', field: 'text', severity: 'error' })]);
    expect(problems[0]?.message).toMatch(/^"Message": /);
  });

  it('reports variables that are not data of the workflow', () => {
    const problems = validate(chain(looxTrigger, slack('{{ trigger.stars }} stars for {{ order.name }}')));
    expect(codes(problems)).toEqual(['liquid-unknown-variable', 'liquid-unknown-variable']);
    expect(problems.map((p) => p.field)).toEqual(['text', 'text']);
  });

  it('accepts loop variables and filters over the data', () => {
    const text = '{% for tag in customer.tags %}{{ tag | upcase }} {% endfor %}{{ product.title | append: "!" }}';
    expect(validate(chain(looxTrigger, slack(text)))).toEqual([]);
  });

  it('checks only syntax while there is no trigger', () => {
    expect(codes(validate(chain(slack('{{ trigger.stars }}'))))).toEqual(['no-trigger']);
    expect(codes(validate(chain(slack('{{ trigger.stars'))))).toEqual(['no-trigger', 'liquid-syntax']);
  });
});

describe('the size of a field', () => {
  it('reports a field stored over the limit as one error, without reading its Liquid', () => {
    // Over the limit and broken twice over: an unclosed output and an unknown variable.
    const text = `${'{{ trigger.nope }}'.repeat(600)}{{ trigger.review_text`;
    expect(text.length).toBeGreaterThan(MAX_FIELD_CHARS);
    const problems = validate(chain(looxTrigger, slack(text)));
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', stepId: 'a', field: 'text', code: 'field-too-long', params: expect.objectContaining({ length: text.length, max: MAX_FIELD_CHARS }) }),
    ]);
    expect(problems[0]!.message).toBe(`"Message" is ${text.length.toLocaleString('en')} characters long; a field can hold at most 10,000. Shorten it.`);
    expect(hasBlockingErrors(problems)).toBe(true);
  });

  it('checks a field of exactly the limit as usual', () => {
    const unit = '{{ trigger.rating }}';
    const text = unit.repeat(MAX_FIELD_CHARS / unit.length);
    expect(text).toHaveLength(MAX_FIELD_CHARS);
    expect(validate(chain(looxTrigger, slack(text)))).toEqual([]);
    expect(codes(validate(chain(looxTrigger, slack(`${text.slice(0, -1)}x`))))).toEqual(['liquid-syntax']);
  });

  it('holds plain text to the limit too', () => {
    expect(codes(validate(chain(looxTrigger, slack('a'.repeat(MAX_FIELD_CHARS + 1)))))).toEqual(['field-too-long']);
  });
});

describe('what the trigger provides', () => {
  it('refuses an order action after Customer created', () => {
    const tags = action('a', 'shopify', 'add-order-tags', { tags: 'vip' });
    const [problem] = validate(chain(trigger('shopify', 'customer-created'), tags));
    expect(problem).toMatchObject({ code: 'needs-data', stepId: 'a', severity: 'error' });
    expect(problem?.message).toMatch(/needs an order.*"Customer created"/);
  });

  it('requires an order for AgeChecked verification, and accepts it after Order created', () => {
    const verify = action('a', 'agechecked', 'verify-order-customer-age', { order_id: '{{ order.id }}' });
    expect(codes(validate(chain(trigger('agechecked', 'customer-age-check-failed'), verify)))).toContain('needs-data');
    expect(validate(chain(trigger('shopify', 'order-created'), verify))).toEqual([]);
  });

  it("counts an order's customer as provided", () => {
    const tags = action('a', 'shopify', 'add-customer-tags', { tags: 'tagged-{{ customer.email }}' });
    expect(validate(chain(trigger('order-tagger', 'order-processed'), tags))).toEqual([]);
  });

  it('allows the Klevu action only after Inventory quantity changed', () => {
    const klevu = action('a', 'klevu', 'promote-demote-product', { product_id: '{{ product.id }}', boost_score: '1.5' });
    const [problem] = validate(chain(trigger('shopify', 'product-created'), klevu));
    expect(problem).toMatchObject({ code: 'wrong-trigger', stepId: 'a', severity: 'error' });
    expect(problem?.message).toMatch(/"Inventory quantity changed"/);
    expect(validate(chain(trigger('shopify', 'inventory-quantity-changed'), klevu))).toEqual([]);
  });
});

describe('apps and the organization', () => {
  it('refuses a connector not installed in any store, for triggers and actions alike', () => {
    const points = action('a', 'loyaltylion', 'add-points', { customer_id: '{{ customer.id }}', points: '50' });
    const bare = orgWith({ s1: ['slack'] });
    const problems = validate(chain(trigger('loyaltylion', 'customer-birthday-today'), points), bare);
    expect(problems.map((p) => [p.code, p.stepId])).toEqual([
      ['app-not-installed', 't'],
      ['app-not-installed', 'a'],
    ]);
    expect(problems[0]?.message).toMatch(/LoyaltyLion.*not installed in any store/);
  });

  it('accepts a connector installed in one store only, and Shopify even in an organization without stores', () => {
    const points = action('a', 'loyaltylion', 'add-points', { customer_id: '{{ customer.id }}', points: '50' });
    expect(validate(chain(trigger('loyaltylion', 'customer-birthday-today'), points))).toEqual([]);
    const noStores: Organization = { name: 'Empty', stores: [], installations: [] };
    const tags = action('a', 'shopify', 'add-order-tags', { tags: 'paid' });
    expect(validate(chain(trigger('shopify', 'order-paid'), tags), noStores)).toEqual([]);
  });

  it('reports apps, triggers and actions the catalog does not have', () => {
    expect(codes(validate(chain(trigger('shopify', 'order-refunded'))))).toEqual(['unknown-trigger']);
    expect(codes(validate(chain(trigger('acme', 'thing'))))).toEqual(['unknown-app']);
    expect(codes(validate(chain(looxTrigger, action('a', 'slack', 'send-gif', {}))))).toEqual(['unknown-action']);
    expect(codes(validate(chain(looxTrigger, action('a', 'acme', 'do', {}))))).toEqual(['unknown-app']);
  });

  it('warns, without blocking, about an early-access action', () => {
    const expand = action('a', 'cleverific', 'expand-bundles', { order_id: '{{ order.id }}' });
    const problems = validate(chain(trigger('shopify', 'order-created'), expand));
    expect(problems).toEqual([expect.objectContaining({ code: 'early-access', severity: 'warning', stepId: 'a' })]);
    expect(hasBlockingErrors(problems)).toBe(false);
  });
});

describe('conditions', () => {
  const check = (...items: ConditionGroup['items']) => validate(chain(looxTrigger, condition('c', items)));

  it('refuses fields the trigger does not provide or does not have', () => {
    const [order] = check(crit('order.total_price', 'greater_than', 100));
    expect(order).toMatchObject({ code: 'condition-unknown-field', stepId: 'c', field: 'criteria.items.0', severity: 'error' });
    expect(order?.message).toMatch(/there is no order here: the trigger does not provide it and no step before this one does/);
    expect(check(crit('trigger.stars', 'less_than', 3))[0]?.message).toMatch(/has no field "stars"/);
  });

  describe('over lists', () => {
    const orderTrigger = trigger('shopify', 'order-created');
    const checkOrder = (...items: ConditionGroup['items']) => validate(chain(orderTrigger, condition('c', items)));
    const over = (quantifier: 'any' | 'all' | 'none', list: string, item: string, ...items: ConditionGroup['items']): ConditionGroup['items'][number] => ({
      kind: 'quantifier', quantifier, list, item, criteria: { kind: 'group', join: 'and', items },
    });

    it('accepts nested list conditions over the order\'s line items and their products\' tags', () => {
      const presale = over('any', 'order.line_items', 'lineItems_item', over('any', 'lineItems_item.product.tags', 'tags_item', crit('tags_item', 'equal', 'presale')));
      expect(checkOrder(presale, over('none', 'order.customer.orders', 'orders_item', crit('orders_item.total_price', 'greater_than', 500)))).toEqual([]);
    });

    it('refuses a path through a list that was not iterated, naming the list', () => {
      const [problem] = checkOrder(crit('order.line_items.title', 'equal', 'Boots'));
      expect(problem).toMatchObject({ code: 'condition-list-not-iterated', field: 'criteria.items.0', params: { list: 'order.line_items' } });
      expect(codes(checkOrder(over('any', 'order.line_items.product.tags', 'tags_item', crit('tags_item', 'equal', 'x'))))).toEqual(['condition-list-not-iterated']);
    });

    it('refuses comparing a whole list or object, and iterating what is not a list', () => {
      expect(checkOrder(crit('order.line_items', 'is_empty'))[0]).toMatchObject({ code: 'condition-not-a-value', variant: 'list' });
      expect(checkOrder(crit('order.customer', 'is_empty'))[0]).toMatchObject({ code: 'condition-not-a-value', variant: 'object' });
      expect(codes(checkOrder(over('any', 'order.name', 'name_item', crit('name_item', 'equal', 'x'))))).toEqual(['condition-not-a-list']);
    });

    it('checks the criteria inside a list condition against its item, pointing at them', () => {
      const problems = checkOrder(over('all', 'order.line_items', 'lineItems_item', crit('lineItems_item.colour', 'equal', 'red'), crit('lineItems_item.quantity', 'greater_than', 'many')));
      expect(problems.map((p) => [p.code, p.field])).toEqual([
        ['condition-unknown-field', 'criteria.items.0.criteria.items.0'],
        ['condition-value-invalid', 'criteria.items.0.criteria.items.1'],
      ]);
      // The item is only known inside its list condition.
      expect(codes(checkOrder(over('any', 'order.line_items', 'lineItems_item'), crit('lineItems_item.quantity', 'greater_than', 1)))).toEqual(['condition-unknown-field']);
    });

    it('refuses an item name that is already taken', () => {
      const twice = over('any', 'order.line_items', 'lineItems_item', over('any', 'order.line_items', 'lineItems_item', crit('lineItems_item.quantity', 'greater_than', 1)));
      expect(codes(checkOrder(twice))).toEqual(['condition-item-name-taken']);
    });
  });

  it('refuses an operator that does not fit the field type, and names the ones that do', () => {
    const [problem] = check(crit('trigger.rating', 'starts_with', '1'));
    expect(problem).toMatchObject({ code: 'condition-bad-operator', severity: 'error' });
    expect(problem?.message).toMatch(/is less than/);
    expect(codes(check(crit('customer.tags', 'greater_than', 2)))).toEqual(['condition-bad-operator']);
  });

  it('requires the values an operator needs, of the field type', () => {
    expect(codes(check(crit('trigger.rating', 'less_than')))).toEqual(['condition-value-missing']);
    expect(codes(check(crit('customer.email', 'any_of', [])))).toEqual(['condition-value-missing']);
    expect(codes(check(crit('trigger.rating', 'less_than', 'three')))).toEqual(['condition-value-invalid']);
    expect(codes(check(crit('customer.accepts_marketing', 'equal', 'yes')))).toEqual(['condition-value-invalid']);
    expect(codes(check(crit('trigger.rating', 'equal', ['1', '2'])))).toEqual(['condition-value-invalid']);
    expect(check(crit('customer.tags', 'is_empty'), crit('trigger.rating', 'less_than', '2.5'))).toEqual([]);
  });

  it('points at a nested criterion by its place in the groups', () => {
    const nested: ConditionGroup = {
      kind: 'group',
      join: 'or',
      items: [crit('customer.tags', 'includes', 'vip'), crit('trigger.rating', 'includes', 'x')],
    };
    expect(check(crit('trigger.rating', 'less_than', 3), nested)[0]?.field).toBe('criteria.items.1.items.1');
  });

  it('warns, without blocking, about a condition with no criteria', () => {
    const problems = check({ kind: 'group', join: 'and', items: [] });
    expect(problems).toEqual([expect.objectContaining({ code: 'condition-empty', severity: 'warning', stepId: 'c' })]);
    expect(hasBlockingErrors(problems)).toBe(false);
  });
});

describe('wait steps', () => {
  it('warns about a wait with nothing after it, not about one followed by a step', () => {
    const atEnd = validate(chain(looxTrigger, wait('w')));
    expect(atEnd).toEqual([expect.objectContaining({ code: 'wait-at-end', severity: 'warning', stepId: 'w' })]);
    expect(validate(chain(looxTrigger, wait('w'), slack('A day later: {{ trigger.rating }}')))).toEqual([]);
  });
});

describe('hasBlockingErrors', () => {
  it('blocks on any error and never on warnings alone', () => {
    const warning: Problem = { severity: 'warning', code: 'wait-at-end', message: 'w' };
    const error: Problem = { severity: 'error', code: 'no-trigger', message: 'e' };
    expect(hasBlockingErrors([])).toBe(false);
    expect(hasBlockingErrors([warning])).toBe(false);
    expect(hasBlockingErrors([warning, error])).toBe(true);
  });
});

describe('the schedule of a scheduled trigger', () => {
  const DAILY = 'DTSTART;TZID=Europe/Warsaw:20261201T090000\nRRULE:FREQ=DAILY;INTERVAL=1;WKST=MO';
  const scheduled = (schedule?: string): Step => ({
    ...trigger('shopify', 'scheduled-time'),
    ...(schedule ? { schedule } : {}),
  });
  const tag = action('a', 'shopify', 'send-internal-email', { to: 'ops@example.com', subject: 'Daily', body: 'Hi' });

  it('warns, without blocking, that "Scheduled time" runs daily at 00:00 store time until a time is chosen', () => {
    const problems = validate(chain(scheduled(), tag));
    const found = problems.filter((p) => p.code === 'schedule-not-set');
    expect(found).toEqual([
      expect.objectContaining({ severity: 'warning', stepId: 't', field: 'schedule', params: { trigger: { en: 'Scheduled time', pl: 'Zaplanowany czas' } } }),
    ]);
    expect(found[0]!.message).toContain("00:00 in each store's time zone");
    expect(hasBlockingErrors(found)).toBe(false);
  });

  it('is satisfied once a start and a repeat are chosen', () => {
    const problems = validate(chain(scheduled(DAILY), tag));
    expect(codes(problems).filter((c) => c.startsWith('schedule-'))).toEqual([]);
  });

  it('refuses, as an error, a schedule on a trigger that does not take one', () => {
    const wf = chain({ ...looxTrigger, schedule: DAILY } as Step, slack('Hi'));
    const problems = validate(wf).filter((p) => p.code === 'schedule-not-allowed');
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', stepId: 't', field: 'schedule' })]);
    expect(hasBlockingErrors(problems)).toBe(true);
  });
});
