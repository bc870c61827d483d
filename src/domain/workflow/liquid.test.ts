import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../catalog/builtIn';
import { checkLiquid, containsLiquid, createFlowLiquid } from './liquid';
import { type Scope, scopeOf as scopeOfVariables, triggerVariables } from './scope';

function scopeOf(app: string, trigger: string): Scope {
  return scopeOfVariables(triggerVariables(catalog, { app, trigger }));
}
const review = scopeOf('loox', 'new-review');
const messages = (text: string, scope: Scope | undefined = review) => checkLiquid(text, scope).map((i) => i.message);

describe('checkLiquid: syntax', () => {
  it('accepts plain text and well-formed Liquid', () => {
    expect(checkLiquid('Low rating received', review)).toEqual([]);
    expect(checkLiquid('Rating {{ trigger.rating }}: {{ trigger.review_text | truncate: 80 }}', review)).toEqual([]);
  });

  it('reports an unclosed output with its place', () => {
    const [issue] = checkLiquid('Review: {{ trigger.review_text', review);
    expect(issue?.code).toBe('liquid-syntax');
    expect(issue?.message).toMatch(/missing its closing "}}"/);
    expect(issue?.message).toMatch(/line 1, column 9/);
  });

  it('reports unclosed and unknown tags, unknown filters and snippets', () => {
    expect(messages('{% if trigger.rating < 3 %}bad')).toEqual([expect.stringMatching(/never closed/)]);
    expect(messages('{% endif %}')).toEqual([expect.stringMatching(/has no opening \{% if %\}/)]);
    expect(messages('{% iff trigger.rating %}{% endiff %}')).toEqual([expect.stringMatching(/no Liquid tag "iff"/)]);
    expect(messages('{{ trigger.review_text | upcas }}')).toEqual([expect.stringMatching(/no filter "upcas"/)]);
    expect(messages('{% render "footer" %}')).toEqual([expect.stringMatching(/"render" tag is not available/)]);
  });

  it('checks only the syntax when there is no scope', () => {
    expect(checkLiquid('{{ anything.at_all }}')).toEqual([]);
    expect(checkLiquid('{{ broken')).toHaveLength(1);
  });
});

describe('checkLiquid: variables', () => {
  it('accepts trigger fields and fields of the objects the trigger provides, in outputs, filters and tags', () => {
    const text = [
      '{{ customer.first_name | capitalize }} rated {{ product.title }} {{ trigger.rating }}/5.',
      '{% if trigger.rating < 3 and customer.tags contains "vip" %}VIP!{% endif %}',
      '{{ trigger.review_text | append: customer.email }}',
      '{% unless customer.accepts_marketing %}no marketing{% endunless %}',
    ].join('\n');
    expect(checkLiquid(text, review)).toEqual([]);
  });

  it('accepts Liquid locals: loop variables, forloop, assign and capture', () => {
    const text =
      '{% for tag in customer.tags %}{{ tag | upcase }}{% unless forloop.last %}, {% endunless %}{% endfor %}' +
      '{% assign stars = trigger.rating %}{{ stars }}{% capture who %}{{ customer.email }}{% endcapture %}{{ who }}';
    expect(checkLiquid(text, review)).toEqual([]);
  });

  it('accepts Liquid properties: size of anything, first, last and indexes of lists', () => {
    expect(checkLiquid('{{ trigger.review_text.size }} {{ customer.tags.first }} {{ customer.tags[0] }}', review)).toEqual([]);
    expect(messages('{{ customer.email.first }}')).toEqual([expect.stringMatching(/has no "first"/)]);
  });

  it('reports a field the trigger or object does not have', () => {
    const issues = checkLiquid('{{ trigger.stars }}', review);
    expect(issues).toEqual([
      {
        code: 'liquid-unknown-variable',
        variant: 'no-field',
        params: { name: 'trigger.stars', root: 'trigger', key: 'stars' },
        message: expect.stringMatching(/trigger has no field "stars"/),
      },
    ]);
    expect(messages('{{ customer.nickname }}')).toEqual([expect.stringMatching(/customer has no field "nickname"/)]);
  });

  it('reports an object the trigger does not provide', () => {
    expect(messages('Order {{ order.name }}')).toEqual([expect.stringMatching(/neither the trigger nor a step before this one provides an order/)]);
    expect(messages('{{ product.title }}', scopeOf('shopify', 'customer-created'))).toEqual([
      expect.stringMatching(/provides a product/),
    ]);
  });

  it('reports names outside the data namespace, including in if conditions and filter arguments', () => {
    expect(messages('{{ shop.name }}')).toEqual([expect.stringMatching(/\{\{ shop\.name \}\} is not data this workflow has/)]);
    expect(messages('{% if rating < 3 %}x{% endif %}')).toHaveLength(1);
    expect(messages('{{ trigger.rating | plus: bonus }}')).toHaveLength(1);
  });

  it('asks for a field instead of a whole object, and reports each variable once', () => {
    expect(messages('{{ customer }}')).toEqual([expect.stringMatching(/whole customer.*\{\{ customer\.id \}\}/)]);
    expect(messages('{{ trigger.stars }} {{ trigger.stars }}')).toHaveLength(1);
  });

  it('walks the Shopify model: references, lists by index or first/last, and size', () => {
    const order = scopeOf('shopify', 'order-created');
    expect(checkLiquid('{{ order.customer.email }} {{ order.line_items.first.product.title }} {{ order.line_items[0].sku }}', order)).toEqual([]);
    expect(checkLiquid('{{ order.line_items.size }} {{ order.tags.first }} {{ order.customer.tags[0] }}', order)).toEqual([]);
    expect(checkLiquid('{% for line in order.line_items %}{{ line.title }}{% endfor %}', order)).toEqual([]);
    expect(messages('{{ order.line_items.title }}', order)).toEqual([expect.stringMatching(/\(order\.line_items\) has no "title"/)]);
    expect(messages('{{ order.customer.nickname }}', order)).toEqual([expect.stringMatching(/order\.customer has no field "nickname"/)]);
    expect(messages('{{ order.line_items.first }}', order)).toEqual([expect.stringMatching(/whole order\.line_items\.first: pick one of its fields, like \{\{ order\.line_items\.first\.id \}\}/)]);
  });

  it('knows the variables of the scope it is given, and only those', () => {
    const order = scopeOf('shopify', 'order-created');
    const withOutput = scopeOfVariables([
      ...order.variables.values(),
      { name: 'runCode', label: { en: 'Run code', pl: 'Uruchom kod' }, origin: 'output', shape: { kind: 'record', fields: [{ key: 'points', label: { en: 'points', pl: 'points' }, shape: { kind: 'value', type: 'number_integer' } }] } },
    ]);
    expect(checkLiquid('{{ runCode.points }}', withOutput)).toEqual([]);
    expect(messages('{{ runCode.points }}', order)).toEqual([expect.stringMatching(/has no value here/)]);
    expect(messages('{{ runCode.bonus }}', withOutput)).toEqual([expect.stringMatching(/runCode has no field "bonus"/)]);
  });
});

describe('containsLiquid and createFlowLiquid', () => {
  it('spots Liquid markup', () => {
    expect(containsLiquid('{{ trigger.rating }}')).toBe(true);
    expect(containsLiquid('{% if x %}{% endif %}')).toBe(true);
    expect(containsLiquid('+48601234567')).toBe(false);
  });

  it('renders with the same configuration the checks use', () => {
    const rendered = createFlowLiquid().parseAndRenderSync('{{ trigger.review_text | upcase }}', {
      trigger: { review_text: 'broken strap' },
    });
    expect(rendered).toBe('BROKEN STRAP');
  });
});
