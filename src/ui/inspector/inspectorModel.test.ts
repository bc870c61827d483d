import { beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../domain/workflow/problems';
import { Workflow } from '../../domain/workflow/document';
import { sampleWorkflowJson } from '../../../test/fixtures/sampleWorkflow';
import {
  appIdsOf,
  countErrors,
  errorsFirst,
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
    expect(scheduleText(en, 'en', undefined)).toBeUndefined();
    expect(scheduleText(en, 'en', { kind: 'daily', time: '06:00' })).toBe('Runs every day at 06:00, store time.');
    expect(scheduleText(en, 'en', { kind: 'birthday', time: '09:00', daysBefore: 0 })).toContain("on each customer's birthday");
    expect(scheduleText(en, 'en', { kind: 'birthday', time: '09:00', daysBefore: 7 })).toContain('7 days before');
    expect(scheduleText(pl, 'pl', { kind: 'birthday', time: '09:00', daysBefore: 3 })).toBe(
      'Uruchamia się 3 dni przed urodzinami każdego klienta o 09:00 czasu sklepu.',
    );
  });

  it('says when Scheduled time runs: each store’s midnight until chosen, then the chosen schedule', () => {
    const configurable = { kind: 'configurable' } as const;
    expect(scheduleText(en, 'en', configurable)).toBe("Runs every day at 00:00 in each store's time zone until you choose a start and a repeat.");
    const monthly = 'DTSTART;TZID=Europe/Warsaw:20261201T090000\nRRULE:FREQ=MONTHLY;INTERVAL=1;WKST=MO';
    expect(scheduleText(en, 'en', configurable, monthly)).toBe('Runs every month on the 1st at 09:00 Europe/Warsaw, from 2026-12-01.');
    expect(scheduleText(pl, 'pl', configurable, monthly)).toBe('Uruchamia się co miesiąc, 1. dnia miesiąca, o 09:00 (Europe/Warsaw), od 2026-12-01.');
  });
});
