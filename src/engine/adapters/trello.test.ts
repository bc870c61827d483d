/**
 * Trello (simulated): cards with their place in the list and a card address,
 * and the blank names and dates it refuses. The contract every adapter keeps
 * is in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox } from '../../../test/fixtures/testFields';
import { trelloAdapter } from './trello';

const { call, runCall } = adapterHarness(trelloAdapter);

describe('Trello', () => {
  const card = (fields: Record<string, unknown>, sandbox = new MemorySandbox()) =>
    call('create-card', fields, { sandbox });

  it('creates cards with their place in the list and a card URL', async () => {
    const sandbox = new MemorySandbox();
    const first = await runCall(card({ board: 'Ops', list: 'To do', card_name: 'Pack order 1001' }, sandbox));
    await runCall(card({ board: 'Ops', list: 'Done', card_name: 'Other' }, sandbox));
    await runCall(card({ board: 'Ops', list: 'To do', card_name: 'Pack order 1002' }, sandbox));
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
    expect((await refusal(() => runCall(card(fields)))).message).toMatch(reason);
  });
});
