import { describe, expect, it } from 'vitest';
import { columnsOf, endOfLocalDay, formatDuration, formatValue, fromLocalInput, runSummary, toLocalInput, triggerName } from './format';

const step = (over: Record<string, unknown>) => ({
  stepId: 's',
  kind: 'action' as const,
  name: 'Slack · Send Slack message',
  status: 'succeeded' as const,
  attempts: [],
  startedAt: '2024-06-03T08:00:00.000Z',
  ...over,
});

describe('runSummary', () => {
  it('gives every reason of a skipped run', () => {
    expect(
      runSummary({ status: 'skipped', reasons: ['A is not installed in Store 2.', 'The workflow is off.'], steps: [] }),
    ).toBe('A is not installed in Store 2. The workflow is off.');
  });

  it('names the failing step and its error', () => {
    const steps = [step({ stepId: 't', name: 'Shopify · Order created' }), step({ status: 'failed', error: 'Internal server error (500)' })];
    expect(runSummary({ status: 'failed', reasons: [], steps })).toBe('Slack · Send Slack message: Internal server error (500)');
  });

  it('counts the steps of a successful run', () => {
    expect(runSummary({ status: 'succeeded', reasons: [], steps: [step({}), step({})] })).toBe('2 steps succeeded');
  });

  it('says when a waiting run resumes', () => {
    expect(runSummary({ status: 'waiting', reasons: [], steps: [], resumeAt: 'not a date' })).toBe('Resumes at not a date');
  });
});

describe('formatValue', () => {
  it('shows text as is, arrays joined and objects as compact JSON', () => {
    expect(formatValue('<b>hi</b>')).toBe('<b>hi</b>');
    expect(formatValue(['vip', 'gold', 3])).toBe('vip, gold, 3');
    expect(formatValue({ a: 1, b: [true] })).toBe('{"a":1,"b":[true]}');
    expect(formatValue([{ a: 1 }])).toBe('{"a":1}');
    expect(formatValue(null)).toBe('');
    expect(formatValue(false)).toBe('false');
  });
});

describe('columnsOf', () => {
  it('puts id first, then keys in first-seen order across records', () => {
    expect(columnsOf([{ channel: '#a', id: 'message-1' }, { id: 'message-2', text: 'x' }])).toEqual(['id', 'channel', 'text']);
  });
});

describe('times', () => {
  it('round-trips a local date-time input', () => {
    const iso = fromLocalInput('2024-06-03T10:15')!;
    expect(toLocalInput(iso)).toBe('2024-06-03T10:15');
  });

  it('reads a bare date as local midnight and ends the day one millisecond before the next', () => {
    const start = new Date(fromLocalInput('2024-06-03')!);
    expect([start.getHours(), start.getMinutes()]).toEqual([0, 0]);
    const end = new Date(endOfLocalDay('2024-06-03')!);
    expect(end.getTime() - start.getTime()).toBe(24 * 3600_000 - 1);
    expect(fromLocalInput('')).toBeUndefined();
  });

  it('formats durations', () => {
    expect(formatDuration(250)).toBe('250 ms');
    expect(formatDuration(3500)).toBe('3.5 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
  });
});

describe('triggerName', () => {
  it('uses catalog names and falls back to ids', () => {
    expect(triggerName('shopify', 'order-created')).toBe('Shopify · Order created');
    expect(triggerName('nope', 'x')).toBe('nope · x');
  });
});
