import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../domain/catalog/builtIn';
import { orgWith, workflow } from '../../test/fixtures/engine';
import { counterIds } from './clock';
import { MemorySandbox } from './sandbox';
import { scheduledEvents } from './schedule';
import type { Workflow } from '../domain/workflow/document';

const org = orgWith({});
const window = { from: '2026-03-02T10:00:00.000Z', to: '2026-03-04T10:00:00.000Z' };
const onlyIn = (storeIds: string[]) => ({ on: true, scope: { kind: 'stores' as const, storeIds }, offInStores: [] as string[] });

describe('scheduledEvents', () => {
  it('fires a daily trigger at its time each day in (from, to], per store where the workflow is on', () => {
    const wf = { ...workflow({ id: 'report', trigger: ['algolia', 'top-searches'] }), activation: onlyIn(['store-1', 'store-2']) };
    wf.activation.offInStores = ['store-2'];
    const events = scheduledEvents({ catalog, workflows: [wf], org, ...window, ids: counterIds() });
    expect(events.map((e) => [e.id, e.storeId, e.at, e.workflowId, e.depth])).toEqual([
      ['event-1', 'store-1', '2026-03-03T06:00:00.000Z', 'report', 0],
      ['event-2', 'store-1', '2026-03-04T06:00:00.000Z', 'report', 0],
    ]);
    expect(events[0]!.payload).toMatchObject({ report_date: '2026-03-03', index_name: 'lawenda_pl_products' });
  });

  it('leaves the start of the window out and includes its end', () => {
    const wf = { ...workflow({ trigger: ['algolia', 'top-searches'] }), activation: onlyIn(['store-1']) };
    const at = (from: string, to: string) => scheduledEvents({ catalog, workflows: [wf], org, from, to }).map((e) => e.at);
    expect(at('2026-03-03T06:00:00.000Z', '2026-03-04T06:00:00.000Z')).toEqual(['2026-03-04T06:00:00.000Z']);
  });

  it('fires birthdays at 09:00, days before, for customers in the Shopify sandbox with a birthday', () => {
    const sandbox = new MemorySandbox();
    const customers = sandbox.forApp('store-1', 'shopify');
    customers.upsert('customers', '7', { email: 'zofia@example.pl', birthday: '03-10' });
    customers.upsert('customers', '8', { birthday: '12-24' });
    customers.upsert('customers', '9', { first_name: 'No birthday' });
    const wf = { ...workflow({ id: 'bday', trigger: ['loyaltylion', 'customer-birthday-in-7-days'] }), activation: onlyIn(['store-1']) };
    const events = scheduledEvents({ catalog, workflows: [wf], org, sandbox, ...window });
    expect(events.map((e) => [e.at, e.payload.customer_id, e.payload.customer_email, e.payload.birthday])).toEqual([
      ['2026-03-03T09:00:00.000Z', '7', 'zofia@example.pl', '03-10'],
    ]);
    expect(scheduledEvents({ catalog, workflows: [wf], org, ...window })).toEqual([]);
  });

  it('fires Shopify’s Scheduled time daily at 00:00 with the time in the payload', () => {
    const wf = { ...workflow({ trigger: ['shopify', 'scheduled-time'] }), activation: onlyIn(['store-4']) };
    const events = scheduledEvents({ catalog, workflows: [wf], org, ...window });
    expect(events.map((e) => [e.storeId, e.at, e.payload.scheduled_at])).toEqual([
      ['store-4', '2026-03-03T00:00:00.000Z', '2026-03-03T00:00:00.000Z'],
      ['store-4', '2026-03-04T00:00:00.000Z', '2026-03-04T00:00:00.000Z'],
    ]);
  });

  it('ignores workflows that are off or not scheduled, and refuses windows over a year', () => {
    const off = workflow({ trigger: ['algolia', 'top-searches'], on: false });
    const notScheduled = workflow({ trigger: ['loox', 'new-review'] });
    expect(scheduledEvents({ catalog, workflows: [off, notScheduled], org, ...window })).toEqual([]);
    expect(() => scheduledEvents({ catalog, workflows: [], org, from: '2026-01-01T00:00:00Z', to: '2027-06-01T00:00:00Z' })).toThrow(/366 days/);
  });

  describe('in the store’s time zone', () => {
    const zoned = (zones: Record<string, string>) => ({ ...org, stores: org.stores.map((s) => ({ ...s, timeZone: zones[s.id] ?? 'UTC' })) });

    it('fires a daily connector trigger at its hour of the store’s day, across the last Sunday of March and October', () => {
      const wf = { ...workflow({ id: 'report', trigger: ['algolia', 'top-searches'] }), activation: onlyIn(['store-1']) };
      const warsaw = zoned({ 'store-1': 'Europe/Warsaw' });
      const at = (from: string, to: string) => scheduledEvents({ catalog, workflows: [wf], org: warsaw, from, to }).map((e) => [e.at, e.payload.report_date]);
      expect(at('2026-03-27T12:00:00.000Z', '2026-03-30T12:00:00.000Z')).toEqual([
        ['2026-03-28T05:00:00.000Z', '2026-03-28'],
        ['2026-03-29T04:00:00.000Z', '2026-03-29'],
        ['2026-03-30T04:00:00.000Z', '2026-03-30'],
      ]);
      expect(at('2026-10-24T12:00:00.000Z', '2026-10-26T12:00:00.000Z')).toEqual([
        ['2026-10-25T05:00:00.000Z', '2026-10-25'],
        ['2026-10-26T05:00:00.000Z', '2026-10-26'],
      ]);
    });

    it('dates the payload by the store’s day: 06:00 in Auckland is the evening before in UTC', () => {
      const wf = { ...workflow({ id: 'report', trigger: ['algolia', 'top-searches'] }), activation: onlyIn(['store-1']) };
      const events = scheduledEvents({ catalog, workflows: [wf], org: zoned({ 'store-1': 'Pacific/Auckland' }), from: '2026-03-02T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' });
      expect(events.map((e) => [e.at, e.payload.report_date])).toEqual([['2026-03-02T17:00:00.000Z', '2026-03-03']]);
    });

    it('fires birthdays at 09:00 of the store’s day, seven days before by the store’s calendar', () => {
      const sandbox = new MemorySandbox();
      sandbox.forApp('store-1', 'shopify').upsert('customers', '7', { email: 'zofia@example.pl', birthday: '03-10' });
      const wf = { ...workflow({ id: 'bday', trigger: ['loyaltylion', 'customer-birthday-in-7-days'] }), activation: onlyIn(['store-1']) };
      const events = scheduledEvents({ catalog, workflows: [wf], org: zoned({ 'store-1': 'America/New_York' }), sandbox, ...window });
      expect(events.map((e) => [e.at, e.payload.customer_id])).toEqual([['2026-03-03T14:00:00.000Z', '7']]);
    });

    it('fires Scheduled time without a chosen schedule at midnight of each store’s day', () => {
      const wf = { ...workflow({ trigger: ['shopify', 'scheduled-time'] }), activation: onlyIn(['store-1', 'store-4']) };
      const events = scheduledEvents({ catalog, workflows: [wf], org: zoned({ 'store-1': 'Europe/Warsaw' }), from: '2026-03-02T12:00:00.000Z', to: '2026-03-03T12:00:00.000Z' });
      expect(events.map((e) => [e.storeId, e.at])).toEqual([
        ['store-1', '2026-03-02T23:00:00.000Z'],
        ['store-4', '2026-03-03T00:00:00.000Z'],
      ]);
    });
  });

  describe('Shopify’s Scheduled time with a chosen schedule', () => {
    const withSchedule = (schedule: string, stores = ['store-4']): Workflow => {
      const wf = { ...workflow({ id: 'sched', trigger: ['shopify', 'scheduled-time'] }), activation: onlyIn(stores) };
      return { ...wf, steps: wf.steps.map((s) => (s.kind === 'trigger' ? { ...s, schedule } : s)) };
    };
    const utc = (start: string, rule: string) => `DTSTART;TZID=UTC:${start.replace(/[-:]/g, '')}00\nRRULE:${rule}`;
    const times = (schedule: string, from = window.from, to = window.to) =>
      scheduledEvents({ catalog, workflows: [withSchedule(schedule)], org, from, to }).map((e) => e.at);

    it('fires once at the start when it runs once, with the firing time as scheduled_at', () => {
      const events = scheduledEvents({ catalog, workflows: [withSchedule(utc('2026-03-03T09:30', 'FREQ=DAILY;COUNT=1'))], org, ...window });
      expect(events.map((e) => [e.storeId, e.at, e.payload.scheduled_at, e.workflowId])).toEqual([
        ['store-4', '2026-03-03T09:30:00.000Z', '2026-03-03T09:30:00.000Z', 'sched'],
      ]);
      expect(times(utc('2026-03-01T09:30', 'FREQ=DAILY;COUNT=1'))).toEqual([]);
    });

    it('fires every hour, day or week from the start, also when the start is long before the window', () => {
      expect(times(utc('2026-03-04T07:15', 'FREQ=HOURLY;INTERVAL=1'))).toEqual(['2026-03-04T07:15:00.000Z', '2026-03-04T08:15:00.000Z', '2026-03-04T09:15:00.000Z']);
      expect(times(utc('2020-01-01T11:00', 'FREQ=DAILY;INTERVAL=1'))).toEqual(['2026-03-02T11:00:00.000Z', '2026-03-03T11:00:00.000Z']);
      expect(times(utc('2026-02-03T12:00', 'FREQ=WEEKLY;INTERVAL=1'), '2026-03-01T00:00:00.000Z', '2026-03-31T00:00:00.000Z')).toHaveLength(4);
    });

    it('fires monthly at 09:00 Europe/Warsaw at the right UTC instant on each side of the clock change', () => {
      const monthly = 'DTSTART;TZID=Europe/Warsaw:20260301T090000\nRRULE:FREQ=MONTHLY;INTERVAL=1;WKST=MO';
      expect(times(monthly, '2026-02-15T00:00:00.000Z', '2026-05-15T00:00:00.000Z')).toEqual([
        '2026-03-01T08:00:00.000Z',
        '2026-04-01T07:00:00.000Z',
        '2026-05-01T07:00:00.000Z',
      ]);
    });

    it('fires at the same instant in every store, whatever their zones: the zone is the schedule’s own', () => {
      const warsawAndUtc = { ...org, stores: org.stores.map((s) => ({ ...s, timeZone: s.id === 'store-1' ? 'Europe/Warsaw' : 'UTC' })) };
      const wf = withSchedule('DTSTART;TZID=America/New_York:20260302T090000\nRRULE:FREQ=DAILY;INTERVAL=1;WKST=MO', ['store-1', 'store-4']);
      const events = scheduledEvents({ catalog, workflows: [wf], org: warsawAndUtc, ...window });
      expect(events.map((e) => [e.storeId, e.at])).toEqual([
        ['store-1', '2026-03-02T14:00:00.000Z'],
        ['store-4', '2026-03-02T14:00:00.000Z'],
        ['store-1', '2026-03-03T14:00:00.000Z'],
        ['store-4', '2026-03-03T14:00:00.000Z'],
      ]);
    });

    it('leaves a firing exactly at the window’s start out and includes one exactly at its end', () => {
      expect(times(utc('2026-03-01T10:00', 'FREQ=DAILY'))).toEqual(['2026-03-03T10:00:00.000Z', '2026-03-04T10:00:00.000Z']);
      expect(times(utc('2026-03-04T10:00', 'FREQ=DAILY;COUNT=1'))).toEqual(['2026-03-04T10:00:00.000Z']);
    });

    it('computes up to 366 days at once and refuses longer windows', () => {
      const year = times(utc('2026-01-01T00:00', 'FREQ=HOURLY'), '2026-01-01T00:00:00.000Z', '2027-01-02T00:00:00.000Z');
      expect(year).toHaveLength(366 * 24);
      expect(year.at(-1)).toBe('2027-01-02T00:00:00.000Z');
      expect(() => times(utc('2026-01-01T00:00', 'FREQ=DAILY'), '2026-01-01T00:00:00.000Z', '2027-01-02T00:00:01.000Z')).toThrow(/366 days/);
    });
  });
});
