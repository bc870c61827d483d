/** Editing a store record as JSON: accepted when valid, refused with each problem's JSON path otherwise. */
import { describe, expect, it } from 'vitest';
import { SAMPLE_RECORDS } from './samples';
import { parseEditedRecord, recordText } from './editRecord';

const order = SAMPLE_RECORDS.orders[0]!;

describe('parseEditedRecord', () => {
  it('accepts an edited record that fits its schema', () => {
    const text = recordText({ ...order, tags: ['gift', 'checked'], note: 'Call first', fulfillment_status: 'fulfilled' });
    expect(parseEditedRecord('orders', order.id, text)).toEqual({ ok: true, record: { ...order, tags: ['gift', 'checked'], note: 'Call first', fulfillment_status: 'fulfilled' } });
  });

  it('names the path and reason of every problem', () => {
    const text = recordText({ ...order, tags: ['ok', 'a,b'], financial_status: 'free', line_items: [{ ...order.line_items[0]!, quantity: 0 }], colour: 'red' });
    const outcome = parseEditedRecord('orders', order.id, text);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems.map((p) => `${p.path}: ${p.message}`)).toEqual(
      expect.arrayContaining([
        '$.tags[1]: must not contain a comma (commas separate tags)',
        expect.stringMatching(/^\$\.financial_status: must be one of "pending", /),
        '$.line_items[0].quantity: must be at least 1',
        '$: unknown key "colour"',
      ]),
    );
  });

  it('refuses JSON that does not parse, and a changed id', () => {
    expect(parseEditedRecord('orders', order.id, '{"id": ')).toMatchObject({ ok: false, problems: [{ path: '$', message: expect.stringMatching(/^is not valid JSON/) }] });
    expect(parseEditedRecord('orders', order.id, recordText({ ...order, id: '1' }))).toMatchObject({ ok: false, problems: [{ path: '$.id', message: `cannot be changed: this record is ${order.id}` }] });
  });
});
