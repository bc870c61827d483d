import { describe, expect, it } from 'vitest';
import { checkFieldValue } from './fieldTypes';

describe('checkFieldValue', () => {
  it.each([
    ['single_line_text_field', 'Hello', undefined],
    ['single_line_text_field', 'two\nlines', 'must be a single line of text'],
    ['multi_line_text_field', 'two\nlines', undefined],
    ['number_integer', 3, undefined],
    ['number_integer', '42', undefined],
    ['number_integer', 2.5, 'must be a whole number'],
    ['number_integer', '', 'must be a whole number'],
    ['number_decimal', '19.99', undefined],
    ['number_decimal', 'abc', 'must be a number'],
    ['boolean', false, undefined],
    ['boolean', 'yes', 'must be true or false'],
    ['email', 'anna@example.pl', undefined],
    ['email', 'anna@', 'must be an e-mail address like name@example.com'],
    ['url', 'https://example.com/a', undefined],
    ['url', 'javascript:alert(1)', 'must be a web address starting with http:// or https://'],
    ['order_reference', '450789469', undefined],
    ['order_reference', 'gid://shopify/Order/450789469', undefined],
    ['order_reference', '#1001', 'must be an order ID (a positive whole number)'],
    ['customer_reference', 0, 'must be a customer ID (a positive whole number)'],
  ] as const)('%s %j → %s', (type, value, expected) => {
    expect(checkFieldValue(type, value)).toBe(expected);
  });

  it.each([
    ['+48123456789', undefined],
    ['+14155552671', undefined],
    ['48123456789', 'must be a phone number in E.164 format, like +48123456789'],
    ['+48 123 456 789', 'must be a phone number in E.164 format, like +48123456789'],
    ['+0123456789', 'must be a phone number in E.164 format, like +48123456789'],
    ['+1234567890123456', 'must be a phone number in E.164 format, like +48123456789'],
  ])('E.164 %s → %s', (value, expected) => {
    expect(checkFieldValue('single_line_text_field', value, 'e164')).toBe(expected);
  });
});
