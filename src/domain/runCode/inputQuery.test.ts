import { describe, expect, it } from 'vitest';
import { executeInputQuery, parseInputQuery, runInputQuery, snakeCaseName, snakeCaseFallback } from './inputQuery';

/** Run data as Flowbench keeps it: snake_case keys, more fields than any query selects. */
const data = {
  order: {
    id: 'gid://shopify/Order/1',
    name: '#1001',
    total_price: 249.99,
    line_items: [
      { quantity: 2, title: 'Mug', product: { id: 'p1', tags: ['ceramic', 'gift'], vendor: 'Acme' } },
      { quantity: 1, title: 'Tea', product: null },
    ],
  },
  customer: { email: 'ada@example.com', first_name: 'Ada', tags: [] },
  shop: { name: 'Demo shop' },
};

function ok(text: string, input: unknown = data) {
  const result = executeInputQuery(text, input);
  if (!result.ok) throw new Error(`expected the query to run, got: ${result.error.message}`);
  return result.input;
}

function refused(text: string, input: unknown = data) {
  const result = executeInputQuery(text, input);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.input)}`);
  return result.error;
}

describe('the input query selects exactly the fields it names', () => {
  it('projects objects, maps lists over their items and names fields as the query does (camelCase)', () => {
    const input = ok('query { order { id lineItems { quantity product { tags } } } customer { email } }');
    expect(input).toEqual({
      order: {
        id: 'gid://shopify/Order/1',
        lineItems: [{ quantity: 2, product: { tags: ['ceramic', 'gift'] } }, { quantity: 1, product: null }],
      },
      customer: { email: 'ada@example.com' },
    });
  });

  it('accepts the shorthand without the query keyword, and a named query', () => {
    expect(ok('{ order { totalPrice } }')).toEqual({ order: { totalPrice: 249.99 } });
    expect(ok('query Loyalty { customer { firstName } }')).toEqual({ customer: { firstName: 'Ada' } });
  });

  it('gives aliased fields the alias as their key', () => {
    expect(ok('{ order { total: totalPrice items: lineItems { qty: quantity } } }')).toEqual({
      order: { total: 249.99, items: [{ qty: 2 }, { qty: 1 }] },
    });
  });

  it('takes the exact key before its snake_case form', () => {
    const both = { order: { lineItems: 'exact', line_items: 'snake' } };
    expect(ok('{ order { lineItems } }', both)).toEqual({ order: { lineItems: 'exact' } });
  });

  it('returns null for a null object or list item, and selects nothing from it', () => {
    expect(ok('{ order { lineItems { product { vendor } } } }')).toEqual({
      order: { lineItems: [{ product: { vendor: 'Acme' } }, { product: null }] },
    });
  });

  it('hands back a copy: changing the input leaves the run data alone', () => {
    const input = ok('{ customer { tags } order { lineItems { quantity } } }') as {
      customer: { tags: string[] };
      order: { lineItems: { quantity: number }[] };
    };
    input.customer.tags.push('changed');
    input.order.lineItems[0]!.quantity = 99;
    expect(data.customer.tags).toEqual([]);
    expect(data.order.line_items[0]?.quantity).toBe(2);
  });

  it('uses a resolveName strategy the caller gives', () => {
    const upper = { ORDER: { ID: 7 } };
    const result = executeInputQuery('{ order { id } }', upper, { resolveName: (_obj, name) => name.toUpperCase() });
    expect(result).toEqual({ ok: true, input: { order: { id: 7 } } });
  });

  it('parses once and runs the parsed query over many data objects', () => {
    const parsed = parseInputQuery('{ shop { name } }');
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(runInputQuery(parsed.query, { shop: { name: 'A' } })).toEqual({ ok: true, input: { shop: { name: 'A' } } });
    expect(runInputQuery(parsed.query, { shop: { name: 'B' } })).toEqual({ ok: true, input: { shop: { name: 'B' } } });
  });
});

describe('field names: the exact key, then its snake_case form', () => {
  it('turns Flow camelCase into Flowbench snake_case', () => {
    expect(snakeCaseName('lineItems')).toBe('line_items');
    expect(snakeCaseName('totalPrice')).toBe('total_price');
    expect(snakeCaseName('id')).toBe('id');
    expect(snakeCaseName('address1')).toBe('address1');
    expect(snakeCaseName('customerID')).toBe('customer_id');
    expect(snakeCaseName('htmlURLValue')).toBe('html_url_value');
  });

  it('finds only own keys: nothing from Object.prototype', () => {
    expect(snakeCaseFallback({}, 'constructor')).toBeUndefined();
    expect(snakeCaseFallback({}, 'toString')).toBeUndefined();
    const e = refused('{ order { constructor } }');
    expect(e.code).toBe('input-query-unknown-field');
  });
});

describe('the input query refuses what it cannot answer, naming the field and where it is', () => {
  it('reports syntax errors with line and column', () => {
    const e = refused('query {\n  order { id\n}');
    expect(e.code).toBe('input-query-syntax');
    expect(e.message).toMatch(/line 3, column 2/);
    expect(e.params).toMatchObject({ line: 3, column: 2 });
  });

  it('names the path, the line and column, and the keys it tried for an unknown field', () => {
    const e = refused('{\n  order { totlPrice }\n}');
    expect(e.code).toBe('input-query-unknown-field');
    expect(e.params).toMatchObject({ path: 'order.totlPrice', line: 2, column: 11 });
    expect(e.message).toBe('The input query asks for order.totlPrice (line 2, column 11), which the run\'s data does not have (looked for "totlPrice" and "totl_price").');
  });

  it('refuses edges and nodes paging: Run code lists have none', () => {
    const e = refused('{ order { lineItems { edges { node { quantity } } } } }');
    expect(e.code).toBe('input-query-paging');
    expect(e.params).toMatchObject({ path: 'order.lineItems.edges', line: 1, column: 23 });
    expect(e.message).toMatch(/no edges\/nodes paging/);
    expect(refused('{ nodes { id } }').code).toBe('input-query-paging');
  });

  it('refuses fields on a plain value, and objects selected without fields', () => {
    const onValue = refused('{ order { id { value } } }');
    expect(onValue.code).toBe('input-query-not-an-object');
    expect(onValue.params).toMatchObject({ path: 'order.id' });
    const bare = refused('{ order }');
    expect(bare.code).toBe('input-query-needs-selection');
    expect(bare.message).toMatch(/order \(line 1, column 3\) is an object: select the fields you need/);
    const listOfObjects = refused('{ order { lineItems } }');
    expect(listOfObjects.code).toBe('input-query-needs-selection');
  });

  it('refuses mutations, subscriptions and more than one operation', () => {
    expect(refused('mutation { tagsAdd { id } }').code).toBe('input-query-operation');
    expect(refused('subscription { order { id } }').code).toBe('input-query-operation');
    const two = refused('query A { shop { name } } query B { shop { name } }');
    expect(two.code).toBe('input-query-operation');
    expect(refused('').code).toBe('input-query-syntax');
  });

  it('refuses arguments, variables, directives, fragments and __typename with a reason each', () => {
    const cases: [string, RegExp][] = [
      ['{ order { metafield(key: "points") { value } } }', /arguments/],
      ['query ($n: Int) { shop { name } }', /variables/],
      ['{ shop { name @include(if: true) } }', /directives/],
      ['{ order { ... on Order { id } } }', /fragments/],
      ['{ order { ...F } } fragment F on Order { id }', /fragments/],
      ['{ order { __typename } }', /__typename/],
    ];
    for (const [text, reason] of cases) {
      const e = refused(text);
      expect(e.code, text).toBe('input-query-unsupported');
      expect(e.message, text).toMatch(reason);
      expect(e.params.line, text).toBe(1);
    }
  });

  it('refuses a query too large to parse before doing any work on it', () => {
    const huge = `{ ${'shop { name } '.repeat(5_000)} }`;
    const e = refused(huge);
    expect(e.code).toBe('input-query-syntax');
    expect(e.message).toMatch(/10000 tokens/);
  });
});
