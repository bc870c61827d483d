import { describe, expect, it } from 'vitest';
import { ManualClock, addMs, counterIds, toIso, toMs } from './clock';

describe('ManualClock', () => {
  it('tells the time it was set to and moves only when told', () => {
    const clock = new ManualClock('2026-03-02T10:00:00Z');
    expect(clock.now()).toBe('2026-03-02T10:00:00.000Z');
    clock.advance(1500);
    expect(clock.now()).toBe('2026-03-02T10:00:01.500Z');
    clock.set('2026-01-01T00:00:00Z');
    expect(clock.now()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('refuses to run backwards by advance and refuses text that is not a time', () => {
    const clock = new ManualClock(0);
    expect(() => clock.advance(-1)).toThrow(/positive/);
    expect(() => new ManualClock('soon')).toThrow(/not a date/);
  });
});

describe('ids and time helpers', () => {
  it('counts run and event ids separately and deterministically', () => {
    const ids = counterIds('t-');
    expect([ids.next('run'), ids.next('event'), ids.next('run')]).toEqual(['t-run-1', 't-event-1', 't-run-2']);
  });

  it('adds milliseconds to an ISO time', () => {
    expect(addMs('2026-03-02T23:59:59.000Z', 1000)).toBe('2026-03-03T00:00:00.000Z');
  });

  it('reads back the last time it wrote without parsing, and still refuses what is not a time', () => {
    const ms = Date.parse('2026-03-02T10:00:00.000Z');
    expect(toMs(toIso(ms))).toBe(ms);
    expect(toMs('2026-03-02T10:00:01.000Z')).toBe(ms + 1000);
    expect(toMs(toIso(ms + 5))).toBe(ms + 5);
    expect(() => toMs('')).toThrow('"" is not a date and time.');
    expect(() => toMs('soon')).toThrow('"soon" is not a date and time.');
  });
});
