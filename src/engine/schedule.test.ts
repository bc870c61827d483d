import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../domain/catalog/catalog';
import { orgWith, workflow } from '../../test/fixtures/engine';
import { counterIds } from './clock';
import { MemorySandbox } from './sandbox';
import { scheduledEvents } from './schedule';
import type { TriggerSchedule, Workflow } from '../domain/workflow/document';

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

  describe('Shopify’s Scheduled time with a chosen schedule', () => {
    const withSchedule = (schedule: TriggerSchedule): Workflow => {
      const wf = { ...workflow({ id: 'sched', trigger: ['shopify', 'scheduled-time'] }), activation: onlyIn(['store-4']) };
      return { ...wf, steps: wf.steps.map((s) => (s.kind === 'trigger' ? { ...s, schedule } : s)) };
    };
    const times = (schedule: TriggerSchedule, from = window.from, to = window.to) =>
      scheduledEvents({ catalog, workflows: [withSchedule(schedule)], org, from, to }).map((e) => e.at);

    it('fires once at the start when it does not repeat, with the firing time as scheduled_at', () => {
      const events = scheduledEvents({ catalog, workflows: [withSchedule({ start: '2026-03-03T09:30', repeat: 'none' })], org, ...window });
      expect(events.map((e) => [e.storeId, e.at, e.payload.scheduled_at, e.workflowId])).toEqual([
        ['store-4', '2026-03-03T09:30:00.000Z', '2026-03-03T09:30:00.000Z', 'sched'],
      ]);
      expect(times({ start: '2026-03-01T09:30', repeat: 'none' })).toEqual([]);
    });

    it('fires every hour from the start', () => {
      expect(times({ start: '2026-03-04T07:15', repeat: 'hourly' })).toEqual([
        '2026-03-04T07:15:00.000Z',
        '2026-03-04T08:15:00.000Z',
        '2026-03-04T09:15:00.000Z',
      ]);
    });

    it('fires every day at the start’s time, also when the start is long before the window', () => {
      expect(times({ start: '2026-03-02T09:00', repeat: 'daily' })).toEqual(['2026-03-03T09:00:00.000Z', '2026-03-04T09:00:00.000Z']);
      expect(times({ start: '2020-01-01T11:00', repeat: 'daily' })).toEqual(['2026-03-02T11:00:00.000Z', '2026-03-03T11:00:00.000Z']);
    });

    it('fires every week on the start’s weekday and time', () => {
      expect(times({ start: '2026-02-03T12:00', repeat: 'weekly' }, '2026-03-01T00:00:00.000Z', '2026-03-31T00:00:00.000Z')).toEqual([
        '2026-03-03T12:00:00.000Z',
        '2026-03-10T12:00:00.000Z',
        '2026-03-17T12:00:00.000Z',
        '2026-03-24T12:00:00.000Z',
      ]);
    });

    it('fires nothing when the start is after the window, and from the start when it is inside', () => {
      expect(times({ start: '2026-03-04T10:01', repeat: 'hourly' })).toEqual([]);
      expect(times({ start: '2026-03-03T22:00', repeat: 'daily' })).toEqual(['2026-03-03T22:00:00.000Z']);
    });

    it('leaves a firing exactly at the window’s start out and includes one exactly at its end', () => {
      expect(times({ start: '2026-03-01T10:00', repeat: 'daily' })).toEqual(['2026-03-03T10:00:00.000Z', '2026-03-04T10:00:00.000Z']);
      expect(times({ start: '2026-03-02T10:00', repeat: 'none' })).toEqual([]);
      expect(times({ start: '2026-03-04T10:00', repeat: 'none' })).toEqual(['2026-03-04T10:00:00.000Z']);
    });

    it('computes up to 366 days at once and refuses longer windows', () => {
      const year = times({ start: '2026-01-01T00:00', repeat: 'hourly' }, '2026-01-01T00:00:00.000Z', '2027-01-02T00:00:00.000Z');
      expect(year).toHaveLength(366 * 24);
      expect(year.at(-1)).toBe('2027-01-02T00:00:00.000Z');
      expect(() => times({ start: '2026-01-01T00:00', repeat: 'daily' }, '2026-01-01T00:00:00.000Z', '2027-01-02T00:00:01.000Z')).toThrow(/366 days/);
    });

    it('fires daily at 00:00 UTC, as before, while no schedule is chosen', () => {
      const wf = { ...workflow({ trigger: ['shopify', 'scheduled-time'] }), activation: onlyIn(['store-4']) };
      expect(scheduledEvents({ catalog, workflows: [wf], org, ...window }).map((e) => e.at)).toEqual([
        '2026-03-03T00:00:00.000Z',
        '2026-03-04T00:00:00.000Z',
      ]);
    });
  });
});
