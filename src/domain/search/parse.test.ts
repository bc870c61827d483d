/**
 * The search syntax's parser: terms with every comparator, quoting and
 * escapes, prefixes and "exists", AND/OR/NOT/- with their precedence and
 * parentheses, and errors that name the offset of the problem.
 */
import { describe, expect, it } from 'vitest';
import { parseSearch, type SearchNode } from './parse';

/** The tree in a compact form: terms as `field<comparator>value` (with * for prefix/exists, "" when quoted). */
function show(node: SearchNode | null): string {
  if (node === null) return '∅';
  switch (node.kind) {
    case 'and':
    case 'or':
      return `(${node.children.map(show).join(` ${node.kind.toUpperCase()} `)})`;
    case 'not':
      return `NOT ${show(node.child)}`;
    case 'term': {
      const value = node.exists ? '*' : node.quoted ? JSON.stringify(node.value) : `${node.value}${node.prefix ? '*' : ''}`;
      return node.field === undefined ? value : `${node.field}${node.comparator}${value}`;
    }
  }
}

const tree = (text: string) => {
  const parsed = parseSearch(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return show(parsed.query);
};
const error = (text: string) => {
  const parsed = parseSearch(text);
  if (parsed.ok) throw new Error(`parsed: ${show(parsed.query)}`);
  return parsed.error;
};

describe('terms', () => {
  it('reads free text, filters and every comparator', () => {
    expect(tree('tag:vip')).toBe('tag:vip');
    expect(tree('orders_count:>3')).toBe('orders_count:>3');
    expect(tree('orders_count:<3 orders_count:>=1 orders_count:<=4')).toBe('(orders_count:<3 AND orders_count:>=1 AND orders_count:<=4)');
    expect(tree('John')).toBe('John');
    expect(tree('  John  ')).toBe('John');
  });

  it('reads quoted values with either quote mark, escapes inside them, and keeps colons inside values', () => {
    expect(tree(`first_name:"Bob Norman"`)).toBe('first_name:"Bob Norman"');
    expect(tree(`tag:'Wholesale, Repeat'`)).toBe('tag:"Wholesale, Repeat"');
    expect(tree(`title:'O\\'Reilly'`)).toBe(`title:"O'Reilly"`);
    expect(tree(`"red shirt"`)).toBe('"red shirt"');
    expect(tree(`created_at:>2024-06-03T10:15:42Z`)).toBe('created_at:>2024-06-03T10:15:42Z');
    expect(tree(`updated_at:>'2024-06-03T10:15:42Z'`)).toBe('updated_at:>"2024-06-03T10:15:42Z"');
  });

  it('reads a trailing * as a prefix, * alone as "has a value", and escaped special characters literally', () => {
    expect(tree('norm*')).toBe('norm*');
    expect(tree('title:neck*')).toBe('title:neck*');
    expect(tree('published_at:*')).toBe('published_at:*');
    // An escaped star is a character of the value, not a prefix.
    const parsed = parseSearch('title:a\\*');
    expect(parsed.ok && parsed.query?.kind === 'term' && [parsed.query.value, parsed.query.prefix]).toEqual(['a*', false]);
    expect(tree('sku:a\\:b\\(c\\)')).toBe('sku:a:b(c)');
    expect(tree('name:1001-A')).toBe('name:1001-A');
  });

  it('reads a blank query as matching everything', () => {
    expect(tree('')).toBe('∅');
    expect(tree(' \n\t ')).toBe('∅');
  });
});

describe('connectives and modifiers', () => {
  it('joins terms with AND when no connective is written', () => {
    expect(tree('a b AND c')).toBe('(a AND b AND c)');
  });

  it('binds NOT tighter than AND, and AND tighter than OR', () => {
    expect(tree('a OR b c')).toBe('(a OR (b AND c))');
    expect(tree('a AND b OR c AND d')).toBe('((a AND b) OR (c AND d))');
    expect(tree('NOT a b')).toBe('(NOT a AND b)');
    expect(tree('-tag:vip OR status:open')).toBe('(NOT tag:vip OR status:open)');
  });

  it('groups with parentheses, which override precedence and may nest', () => {
    expect(tree('(status:open OR status:closed) AND financial_status:paid')).toBe('((status:open OR status:closed) AND financial_status:paid)');
    expect(tree('a AND (b OR (c -d))')).toBe('(a AND (b OR (c AND NOT d)))');
    expect(tree('-(a OR b)')).toBe('NOT (a OR b)');
    expect(tree('NOT NOT a')).toBe('NOT NOT a');
  });

  it('takes AND, OR and NOT only in upper case; in lower case they are words', () => {
    expect(tree('a and b')).toBe('(a AND and AND b)');
    expect(tree('a or b')).toBe('(a AND or AND b)');
    expect(tree('ORDER')).toBe('ORDER');
  });

  it('keeps a hyphen inside a value; a minus only excludes at the start of a term', () => {
    expect(tree('delivery_method:pick-up')).toBe('delivery_method:pick-up');
    expect(tree('total_price:>-5')).toBe('total_price:>-5');
  });
});

describe('errors', () => {
  it('name the offset of an unclosed quote or parenthesis', () => {
    expect(error(`tag:"vip`)).toMatchObject({ code: 'unclosed-quote', offset: 4 });
    expect(error(`tag:"vip`).message).toBe('The quote at character 5 is never closed; end the value with the same quote mark.');
    expect(error(`'abc`)).toMatchObject({ code: 'unclosed-quote', offset: 0 });
    expect(error('a (b OR (c)')).toMatchObject({ code: 'unclosed-paren', offset: 2 });
  });

  it('refuse a ")" that closes nothing and empty parentheses', () => {
    expect(error('a) b')).toMatchObject({ code: 'unexpected-paren', offset: 1 });
    expect(error('a ()')).toMatchObject({ code: 'empty-group', offset: 2 });
  });

  it('refuse a filter without a value, or with a group', () => {
    expect(error('a tag: vip')).toMatchObject({ code: 'missing-value', offset: 2, params: { field: 'tag' } });
    expect(error('orders_count:>')).toMatchObject({ code: 'missing-value', offset: 0 });
    expect(error('status:(open OR closed)')).toMatchObject({ code: 'group-after-field', offset: 0 });
  });

  it('refuse connectives and modifiers with nothing to join or exclude', () => {
    expect(error('a AND')).toMatchObject({ code: 'dangling-operator', offset: 2, params: { operator: 'AND' } });
    expect(error('OR a')).toMatchObject({ code: 'dangling-operator', offset: 0, params: { operator: 'OR' } });
    expect(error('a OR OR b')).toMatchObject({ code: 'dangling-operator', offset: 2 });
    expect(error('a NOT')).toMatchObject({ code: 'dangling-operator', offset: 2, params: { operator: 'NOT' } });
    expect(error('(AND a)')).toMatchObject({ code: 'dangling-operator', offset: 1 });
    expect(error('a - b')).toMatchObject({ code: 'dangling-minus', offset: 2 });
    expect(error('a \\')).toMatchObject({ code: 'trailing-escape', offset: 2 });
  });
});
