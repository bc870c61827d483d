import { beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../domain/workflow/problems';
import { Workflow } from '../../domain/workflow/document';
import { sampleWorkflowJson } from '../../../test/fixtures/sampleWorkflow';
import {
  appIdsOf,
  countErrors,
  errorsFirst,
  parseScheduleInput,
  parseWaitAmount,
  scheduleText,
} from './inspectorModel';
import { type Translate, translateIn } from '../i18n';
import { loadCatalog } from '../i18n/catalog';

const en: Translate = (key, params) => translateIn('en', key, params);
const pl: Translate = (key, params) => translateIn('pl', key, params);

beforeAll(() => loadCatalog('pl'));

const sample = () => Workflow.parse(sampleWorkflowJson());

describe('appIdsOf', () => {
  it('lists each app of the trigger and actions once, and no logic steps', () => {
    expect(appIdsOf(sample().steps)).toEqual(['loox', 'shopify', 'slack']);
    expect(appIdsOf([])).toEqual([]);
  });
});

describe('problems', () => {
  const warning: Problem = { severity: 'warning', code: 'wait-at-end', message: 'w' };
  const error1: Problem = { severity: 'error', code: 'no-trigger', message: 'e1' };
  const error2: Problem = { severity: 'error', code: 'unreachable-step', message: 'e2' };

  it('lists errors before warnings, otherwise in validation order', () => {
    expect(errorsFirst([warning, error1, error2]).map((p) => p.message)).toEqual(['e1', 'e2', 'w']);
  });

  it('counts only errors, and says how many block turning on', () => {
    expect(countErrors([warning, error1, error2])).toBe(2);
    expect(en('inspector.turnOnRefusal', { count: 2 })).toBe('Fix 2 errors before turning the workflow on.');
    expect(en('inspector.turnOnRefusal', { count: 1 })).toBe('Fix 1 error before turning the workflow on.');
    expect(pl('inspector.turnOnRefusal', { count: 5 })).toBe('Popraw 5 błędów, zanim włączysz przepływ.');
  });
});

describe('parseWaitAmount', () => {
  it('accepts whole numbers from 1 to 1000 only', () => {
    expect(parseWaitAmount('3')).toBe(3);
    expect(parseWaitAmount('1000')).toBe(1000);
    for (const bad of ['0', '1001', '1.5', '-2', '', ' ', 'abc', '1e2']) expect(parseWaitAmount(bad)).toBeUndefined();
  });
});

describe('scheduleText', () => {
  it('says when scheduled triggers run, in both languages', () => {
    expect(scheduleText(en, undefined)).toBeUndefined();
    expect(scheduleText(en, { kind: 'daily', time: '06:00' })).toBe('Runs every day at 06:00, store time.');
    expect(scheduleText(en, { kind: 'birthday', time: '09:00', daysBefore: 0 })).toContain("on each customer's birthday");
    expect(scheduleText(en, { kind: 'birthday', time: '09:00', daysBefore: 7 })).toContain('7 days before');
    expect(scheduleText(pl, { kind: 'birthday', time: '09:00', daysBefore: 3 })).toBe(
      'Uruchamia się 3 dni przed urodzinami każdego klienta o 09:00 czasu sklepu.',
    );
  });
});

describe('the chosen schedule of Scheduled time', () => {
  const configurable = { kind: 'configurable' } as const;
  it('says when it runs, in UTC, in both languages', () => {
    expect(scheduleText(en, configurable)).toBe('Runs every day at 00:00 UTC until you choose a start and a repeat.');
    expect(scheduleText(en, configurable, { start: '2026-12-01T09:00', repeat: 'daily' })).toBe('Runs every day at 09:00 UTC, from 2026-12-01.');
    expect(scheduleText(en, configurable, { start: '2026-12-01T09:00', repeat: 'weekly' })).toBe('Runs every Tuesday at 09:00 UTC, from 2026-12-01.');
    expect(scheduleText(pl, configurable, { start: '2026-12-02T09:00', repeat: 'weekly' })).toBe('Uruchamia się w każdą środę o 09:00 UTC, od 2026-12-02.');
    expect(scheduleText(en, configurable, { start: '2026-12-01T09:30', repeat: 'none' })).toBe('Runs once, on 2026-12-01 at 09:30 UTC.');
    expect(scheduleText(pl, configurable, { start: '2026-12-01T09:30', repeat: 'hourly' })).toBe('Uruchamia się co godzinę od 2026-12-01 09:30 UTC.');
  });

  it('reads the date and time inputs into a schedule, or says what is missing or wrong', () => {
    expect(parseScheduleInput('2026-12-01', '09:00', 'daily')).toEqual({ schedule: { start: '2026-12-01T09:00', repeat: 'daily' } });
    expect(parseScheduleInput('2026-12-01', '09:00:00', 'hourly')).toEqual({ schedule: { start: '2026-12-01T09:00', repeat: 'hourly' } });
    expect(parseScheduleInput('', '', 'daily')).toEqual({ empty: true });
    expect(parseScheduleInput('', '09:00', 'daily')).toEqual({ problem: 'date-missing' });
    expect(parseScheduleInput('2026-12-01', '', 'daily')).toEqual({ problem: 'time-missing' });
    expect(parseScheduleInput('2026-02-30', '09:00', 'daily')).toEqual({ problem: 'invalid' });
    expect(parseScheduleInput('1 Dec', '9am', 'daily')).toEqual({ problem: 'invalid' });
  });
});
