/**
 * Every condition operator through a real run: a Loox review starts the
 * workflow, a condition reads the trigger's data or the customer, and the
 * run records which way it went. Text compares case-insensitively, as in
 * Shopify Flow.
 */
import { describe, expect, it } from 'vitest';
import type { ConditionGroup, Criterion, Operator } from '../domain/workflow/document';
import { all, context, event, orgWith, workflow } from '../../test/fixtures/engine';
import { startRun } from './interpreter';

const payload = {
  customer_id: '7054216839',
  product_id: '8123456789',
  rating: 5,
  review_text: 'Great bag',
  reviewer_email: 'anna@example.pl',
  photo_url: '',
};

async function branchOf(criteria: ConditionGroup) {
  const ctx = context(orgWith({ 'store-1': ['loox'] }), []);
  const wf = workflow({ trigger: ['loox', 'new-review'], steps: [{ id: 'c', condition: criteria }] });
  const { run } = await startRun({ ...ctx, workflow: wf, event: event('loox', 'new-review', payload) });
  expect(run.status).toBe('succeeded');
  return run.steps.find((s) => s.stepId === 'c')!;
}

const c = (field: string, operator: Operator, value?: Criterion['value']): Criterion => ({ kind: 'criterion', field, operator, ...(value === undefined ? {} : { value }) });

// [operator, field, value that holds, value that does not]
const CASES: [Operator, string, Criterion['value'] | undefined, Criterion['value'] | undefined, string][] = [
  ['equal', 'trigger.review_text', 'GREAT BAG', 'great', 'text equality ignores case'],
  ['not_equal', 'trigger.review_text', 'Great bags', 'great bag', 'negation of equal'],
  ['greater_than', 'trigger.rating', 4, 5, 'numbers'],
  ['greater_or_equal', 'trigger.rating', '5', 6, 'numeric text is a number'],
  ['less_than', 'trigger.rating', 6, 5, 'numbers'],
  ['less_or_equal', 'trigger.rating', 5, 4, 'numbers'],
  ['includes', 'trigger.review_text', 'BAG', 'shoe', 'substring of text'],
  ['includes', 'customer.tags', 'VIP', 'gold', 'element of a list'],
  ['not_includes', 'customer.tags', 'gold', 'vip', 'negation of includes'],
  ['starts_with', 'trigger.review_text', 'great', 'bag', 'prefix, any case'],
  ['ends_with', 'trigger.review_text', 'BAG', 'great', 'suffix, any case'],
  ['any_of', 'trigger.rating', ['4', '5'], ['1', '2'], 'one of a list'],
  ['none_of', 'customer.first_name', ['Ewa', 'Jan'], ['ANNA'], 'none of a list'],
];

describe('conditions in a run', () => {
  for (const [operator, field, holds, fails, why] of CASES) {
    it(`${operator} on ${field} (${why}) takes "then" when it holds and "otherwise" when not`, async () => {
      const yes = await branchOf(all(c(field, operator, holds)));
      expect(yes.branch).toBe('then');
      expect(yes.output).toEqual({ result: true });
      expect((await branchOf(all(c(field, operator, fails)))).branch).toBe('otherwise');
    });
  }

  it('is_empty and is_not_empty: an empty text is empty, a filled one is not', async () => {
    expect((await branchOf(all(c('trigger.photo_url', 'is_empty')))).branch).toBe('then');
    expect((await branchOf(all(c('trigger.review_text', 'is_empty')))).branch).toBe('otherwise');
    expect((await branchOf(all(c('trigger.review_text', 'is_not_empty')))).branch).toBe('then');
    expect((await branchOf(all(c('trigger.photo_url', 'is_not_empty')))).branch).toBe('otherwise');
  });

  it('joins criteria with AND / OR and nests groups; the record shows the values read', async () => {
    const nested: ConditionGroup = {
      kind: 'group',
      join: 'or',
      items: [c('trigger.rating', 'less_than', 2), all(c('trigger.rating', 'equal', 5), c('customer.tags', 'includes', 'vip'))],
    };
    const step = await branchOf(nested);
    expect(step.branch).toBe('then');
    expect(step.input).toEqual({ 'trigger.rating': 5, 'customer.tags': ['vip', 'newsletter'] });
    expect((await branchOf(all(c('trigger.rating', 'equal', 5), c('customer.tags', 'includes', 'gold')))).branch).toBe('otherwise');
  });

  it('follows the branch it took: only the linked step of that port runs', async () => {
    const ctx = context(orgWith({ 'store-1': ['loox'] }), []);
    const wf = workflow({
      trigger: ['loox', 'new-review'],
      steps: [
        { id: 'c', condition: all(c('trigger.rating', 'greater_or_equal', 4)) },
        { id: 'happy', wait: [1, 'hours'] },
        { id: 'sad', wait: [2, 'hours'] },
      ],
      links: [
        ['t', 'next', 'c'],
        ['c', 'then', 'happy'],
        ['c', 'otherwise', 'sad'],
      ],
    });
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('loox', 'new-review', payload) });
    expect(run.steps.map((s) => s.stepId)).toEqual(['t', 'c', 'happy']);
  });
});
