/** Each value encoding of FORMAT.md §7, read and written back, and each refusal worded. */
import { describe, expect, it } from 'vitest';
import { defaultPathNaming } from './conditions';
import { decodeCondition, encodeCondition } from './conditionField';
import { decodeValue, encodeValue, type EncodingContext } from './encodings';
import { canonicalFlowText } from './canonical';

const ctx: EncodingContext = { naming: defaultPathNaming, condition: { decode: decodeCondition, encode: encodeCondition }, path: ['root', 'steps', 0, 'config_field_values', 0, 'value'] };
const decode = (encoding: Parameters<typeof decodeValue>[0], text: string) => decodeValue(encoding, text, ctx);
const encode = (encoding: Parameters<typeof encodeValue>[0], value: unknown) => encodeValue(encoding, value, ctx);

describe('value encodings', () => {
  it("liquid: the data paths inside Liquid go from Flow's camelCase to Flowbench's keys and back", () => {
    const flow = 'Order {{ order.name }}: {{ order.totalPrice }} ({{ order.lineItems | size }} items)';
    const flowbench = 'Order {{ order.name }}: {{ order.total_price }} ({{ order.line_items | size }} items)';
    expect(decode('liquid', flow)).toEqual({ ok: true, value: flowbench });
    expect(encode('liquid', flowbench)).toEqual({ ok: true, text: flow });
    expect(decode('text', flow)).toEqual({ ok: true, value: flow });
  });

  it("api_call: the variables' Liquid is respelled too", () => {
    const call = JSON.stringify({ name: 'orderUpdate', blob: '{"input": {"id": "{{ order.id }}", "note": "{{ order.customer.firstName }}"}}' });
    const read = decode('apiCall', call);
    expect(read).toEqual({ ok: true, value: { name: 'orderUpdate', blob: '{"input": {"id": "{{ order.id }}", "note": "{{ order.customer.first_name }}"}}' } });
    expect(read.ok && encode('apiCall', read.value)).toEqual({ ok: true, text: call });
  });

  it('tags: a JSON list ↔ comma-separated text', () => {
    expect(decode('tags', '["High-Value", "vip"]')).toEqual({ ok: true, value: 'High-Value, vip' });
    expect(encode('tags', 'High-Value, vip ,')).toEqual({ ok: true, text: '["High-Value","vip"]' });
    expect(decode('tags', 'vip')).toMatchObject({ ok: false, reason: expect.stringContaining('JSON list of tags') });
    expect(decode('tags', '["a,b"]')).toMatchObject({ ok: false, reason: expect.stringContaining('comma') });
  });

  it('headers: [name, value] pairs ↔ "Name: value" lines', () => {
    expect(decode('headers', '[["Content-Type","application/json"],["X-Id","{{ order.id }}"]]')).toEqual({ ok: true, value: 'Content-Type: application/json\nX-Id: {{ order.id }}' });
    expect(encode('headers', 'Content-Type: application/json\nX-Id: 1')).toEqual({ ok: true, text: '[["Content-Type","application/json"],["X-Id","1"]]' });
    expect(encode('headers', 'no colon')).toMatchObject({ ok: false });
  });

  it('recurrence: a JSON list of one DTSTART + RRULE text, checked as a schedule', () => {
    const rule = 'DTSTART;TZID=America/New_York:20250620T090000\nRRULE:FREQ=DAILY;INTERVAL=1;WKST=MO';
    expect(decode('rrule', JSON.stringify([rule]))).toEqual({ ok: true, value: rule });
    expect(encode('rrule', rule)).toEqual({ ok: true, text: JSON.stringify([rule]) });
    expect(decode('rrule', JSON.stringify(['DTSTART;TZID=UTC:20250620T090000\nRRULE:FREQ=MINUTELY;INTERVAL=5']))).toMatchObject({ ok: false, reason: expect.stringContaining('INTERVAL') });
    expect(decode('rrule', '[]')).toMatchObject({ ok: false });
  });

  it('paths: Flow lowerCamel ↔ Flowbench snake_case', () => {
    expect(decode('path', 'order.lineItems')).toEqual({ ok: true, value: 'order.line_items' });
    expect(encode('path', 'order.line_items')).toEqual({ ok: true, text: 'order.lineItems' });
  });

  it('the resource wrapper: a value wins, else the default path as Liquid', () => {
    expect(decode('wrapped', '{"value": "{{ draftOrder.id }}", "default_value": ""}')).toEqual({ ok: true, value: '{{ draftOrder.id }}' });
    expect(decode('wrapped', '{"value":"","default_value":"order.customer.id"}')).toEqual({ ok: true, value: '{{ order.customer.id }}' });
    expect(encode('wrapped', '{{ order.id }}')).toEqual({ ok: true, text: '{"value":"{{ order.id }}","default_value":""}' });
    expect(decode('wrapped', '"x"')).toMatchObject({ ok: false });
  });

  it('api_call: a mutation name and its variables as JSON text', () => {
    const text = JSON.stringify({ name: 'orderCancel', blob: '{"orderId": "{{ order.id }}"}' });
    expect(decode('apiCall', text)).toEqual({ ok: true, value: { name: 'orderCancel', blob: '{"orderId": "{{ order.id }}"}' } });
    expect(encode('apiCall', { name: 'orderCancel', blob: '{}' })).toEqual({ ok: true, text: '{"name":"orderCancel","blob":"{}"}' });
    expect(decode('apiCall', JSON.stringify({ name: 'x', blob: 'mutation { x }' }))).toMatchObject({ ok: false, reason: expect.stringContaining('blob') });
  });

  it("Wait's duration (Flowbench's own choice): ISO 8601 ↔ amount and unit", () => {
    expect(decode('duration', 'PT30M')).toEqual({ ok: true, value: { amount: 30, unit: 'minutes' } });
    expect(decode('duration', 'P3D')).toEqual({ ok: true, value: { amount: 3, unit: 'days' } });
    expect(encode('duration', { amount: 2, unit: 'hours' })).toEqual({ ok: true, text: 'PT2H' });
    expect(decode('duration', 'PT0M')).toMatchObject({ ok: false });
    expect(decode('duration', '2 hours')).toMatchObject({ ok: false });
  });

  it('booleans and whole numbers as text', () => {
    expect(decode('boolean', 'true')).toEqual({ ok: true, value: true });
    expect(decode('boolean', 'yes')).toMatchObject({ ok: false });
    expect(decode('integer', '25')).toEqual({ ok: true, value: 25 });
    expect(decode('integer', '2.5')).toMatchObject({ ok: false });
  });

  it('conditions: the DSL and the export tree both read into criteria; criteria are written as the DSL', () => {
    const dsl = decode('condition', "(order.currency == 'PLN')");
    expect(dsl).toEqual({ ok: true, value: { kind: 'group', join: 'and', items: [{ kind: 'criterion', field: 'order.currency', operator: 'equal', value: 'PLN' }] } });
    expect(encode('condition', (dsl as { value: unknown }).value)).toMatchObject({ ok: true, text: "(order.currency == 'PLN')" });
    expect(decode('condition', '{"operation_type": "Nonsense"}')).toMatchObject({ ok: false, problems: [expect.objectContaining({ bucket: 'condition' })] });
  });
});

describe('canonical Flow text', () => {
  it('sorts keys recursively, keeps arrays in order, indents by two and ends with one newline', () => {
    expect(canonicalFlowText({ root: { steps: [{ b: 1, a: [3, 1] }], __metadata: 0 }, __metadata: { version: 0.1 } })).toBe(
      '{\n  "__metadata": {\n    "version": 0.1\n  },\n  "root": {\n    "__metadata": 0,\n    "steps": [\n      {\n        "a": [\n          3,\n          1\n        ],\n        "b": 1\n      }\n    ]\n  }\n}\n',
    );
  });
});
