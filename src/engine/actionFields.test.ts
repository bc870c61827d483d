import { describe, expect, it } from 'vitest';
import { findAction } from '../domain/catalog/catalog';
import { MAX_FIELD_CHARS } from '../domain/workflow/document';
import { coerce, joinProblems, prepareFields } from './actionFields';
import { FieldRenderer } from './liquidRender';
import { builtInCatalog } from '../domain/catalog/builtIn';

const renderer = new FieldRenderer();
const data = { trigger: { rating: 5, phone: '+48601234567' }, customer: { id: '7054216839' } };
const addPoints = findAction(builtInCatalog, 'loyaltylion', 'add-points')!;
const sendSms = findAction(builtInCatalog, 'smsbump', 'send-sms')!;

describe('prepareFields', () => {
  it('renders Liquid and coerces to the manifest types', async () => {
    const prepared = prepareFields(
      { fields: { customer_id: '{{ customer.id }}', points: ' {{ trigger.rating | times: 10 }} ', reason: 'Review bonus' } },
      addPoints,
      data,
      renderer,
    );
    expect(prepared).toEqual({ rendered: { customer_id: '7054216839', points: 50, reason: 'Review bonus' }, problems: [] });
  });

  it('plans a frozen step’s fields once per action, and a new version’s fields or another action are not served a stale plan', () => {
    const v1 = Object.freeze({ customer_id: '{{ customer.id }}', points: '10' });
    expect(prepareFields({ fields: v1 }, addPoints, data, renderer).rendered).toEqual({ customer_id: '7054216839', points: 10 });
    expect(prepareFields({ fields: v1 }, addPoints, data, renderer).rendered).toEqual({ customer_id: '7054216839', points: 10 });
    // A new version of the step: its own fields object.
    const v2 = Object.freeze({ customer_id: 'c-{{ trigger.rating }}', points: '{{ trigger.rating }}' });
    expect(prepareFields({ fields: v2 }, addPoints, data, renderer).rendered).toEqual({ customer_id: 'c-5', points: 5 });
    // The same fields for another action: that action's inputs.
    const both = Object.freeze({ customer_id: '1', points: '2', phone: '+48601234567', message: 'Hi' });
    expect(prepareFields({ fields: both }, addPoints, data, renderer).rendered).toEqual({ customer_id: '1', points: 2 });
    expect(prepareFields({ fields: both }, sendSms, data, renderer).rendered).toEqual({ phone: '+48601234567', message: 'Hi' });
    // Fields that are not frozen may change between calls: read each time.
    const open: Record<string, string> = { customer_id: '1', points: '2' };
    expect(prepareFields({ fields: open }, addPoints, data, renderer).rendered).toEqual({ customer_id: '1', points: 2 });
    open.points = '{{ trigger.rating }}';
    expect(prepareFields({ fields: open }, addPoints, data, renderer).rendered).toEqual({ customer_id: '1', points: 5 });
  });

  it('leaves out empty optional fields and reports empty required ones', async () => {
    const prepared = prepareFields({ fields: { customer_id: '{{ customer.id }}', points: '' } }, addPoints, data, renderer);
    expect(prepared.rendered).toEqual({ customer_id: '7054216839' });
    expect(prepared.problems).toEqual(['Points is required, but it is empty']);
  });

  it('checks types and formats: a whole number, an E.164 phone', async () => {
    const points = prepareFields({ fields: { customer_id: '1', points: '2.5' } }, addPoints, data, renderer);
    expect(points.problems).toEqual(['Points must be a whole number (got 2.5)']);
    const sms = prepareFields({ fields: { phone: '601 234 567', message: 'Hi' } }, sendSms, data, renderer);
    expect(sms.problems).toEqual(['Recipient phone number must be a phone number in E.164 format, like +48123456789 (got "601 234 567")']);
    const ok = prepareFields({ fields: { phone: '{{ trigger.phone }}', message: 'Hi' } }, sendSms, data, renderer);
    expect(ok.problems).toEqual([]);
  });

  it('reports every Liquid error, each naming its field', async () => {
    const prepared = prepareFields({ fields: { customer_id: '{{ customer.nope }}', points: '{{ trigger.nope }}' } }, addPoints, data, renderer);
    expect(joinProblems(prepared.problems)).toBe('Unknown variable customer.nope in Customer. Unknown variable trigger.nope in Points.');
  });

  it('fails a field stored over the size limit without rendering it, and sends the rest', async () => {
    const long = '{{ trigger.phone }}'.repeat(1000);
    const sms = prepareFields({ fields: { phone: '{{ trigger.phone }}', message: long } }, sendSms, data, renderer);
    expect(sms.problems).toEqual(['Message is 19,000 characters long; a field can hold at most 10,000']);
    expect(sms.rendered).toEqual({ phone: '+48601234567' });
    const atLimit = prepareFields({ fields: { phone: '+48601234567', message: 'x'.repeat(MAX_FIELD_CHARS) } }, sendSms, data, renderer);
    expect(atLimit.problems).toEqual([]);
  });
});

describe('coerce', () => {
  it('converts numbers and booleans, keeps text that does not convert', () => {
    expect(coerce({ type: 'number_decimal' }, ' 12.50 ')).toBe(12.5);
    expect(coerce({ type: 'number_integer' }, 'ten')).toBe('ten');
    expect(coerce({ type: 'boolean' }, 'TRUE')).toBe(true);
    expect(coerce({ type: 'boolean' }, 'yes')).toBe('yes');
    expect(coerce({ type: 'multi_line_text_field' }, '  keep  ')).toBe('  keep  ');
    expect(coerce({ type: 'email' }, '   ')).toBeUndefined();
  });
});
