import { beforeAll, describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../../domain/catalog/builtIn';
import { demoOrganization } from '../../domain/org/demo';
import { createWorkflow, triggerStep } from '../../domain/workflow/factory';
import { loadCatalog } from '../i18n/catalog';
import { translateIn, type Language, type Translate } from '../i18n';
import { lastEdited, storesSummary, triggerLabel, type Localize } from './summary';

const org = demoOrganization('2026-01-01T00:00:00.000Z');
const words = (language: Language): { t: Translate; localize: Localize } => ({
  t: (key, params) => translateIn(language, key, params),
  localize: (text) => (language === 'pl' && text.pl ? text.pl : text.en),
});
const en = words('en');
const pl = words('pl');
beforeAll(() => loadCatalog('pl'));

describe('workflow list summaries', () => {
  it('names the trigger by app and event, or says there is none yet', () => {
    const wf = createWorkflow('W');
    expect(triggerLabel(wf, catalog, en.t, en.localize)).toBe('No trigger yet');
    expect(triggerLabel(wf, catalog, pl.t, pl.localize)).toBe('Jeszcze bez wyzwalacza');
    wf.steps.push(triggerStep('shopify', 'order-created', { x: 0, y: 0 }));
    expect(triggerLabel(wf, catalog, en.t, en.localize)).toBe('Shopify · Order created');
    // The seed's own Polish name of the trigger.
    expect(triggerLabel(wf, catalog, pl.t, pl.localize)).toBe('Shopify · Utworzono zamówienie');
  });

  it('counts the stores a workflow runs in, with the reasons for the others', () => {
    const wf = createWorkflow('Reviews');
    wf.steps.push(triggerStep('loox', 'new-review', { x: 0, y: 0 }));
    expect(storesSummary(wf, org, catalog, en.t)).toEqual({ text: 'Off', notRunning: [] });

    wf.activation.on = true;
    // Loox is installed in stores 1–3 of the demo, not in store 4.
    const summary = storesSummary(wf, org, catalog, en.t);
    expect(summary.text).toBe('On in 3 of 4 stores');
    expect(summary.notRunning).toEqual([{ store: 'Store 4', reasons: ['Loox – Photo Reviews is not installed in Store 4.'] }]);
    expect(storesSummary(wf, org, catalog, pl.t).text).toBe('Włączony w 3 z 4 sklepów');
  });

  it('says when an edit happened, relative for the last week', () => {
    const now = Date.parse('2026-03-10T12:00:00.000Z');
    expect(lastEdited('2026-03-10T11:59:50.000Z', now, 'en', en.t)).toBe('just now');
    expect(lastEdited('2026-03-10T11:55:00.000Z', now, 'en', en.t)).toBe('5 minutes ago');
    expect(lastEdited('2026-03-10T10:30:00.000Z', now, 'en', en.t)).toBe('1 hour ago');
    expect(lastEdited('2026-03-09T06:00:00.000Z', now, 'en', en.t)).toBe('yesterday');
    expect(lastEdited('2026-02-01T12:00:00.000Z', now, 'en', en.t)).toBe(new Date('2026-02-01T12:00:00.000Z').toLocaleDateString('en'));
  });

  it('says it in Polish, with Polish plural forms and dates', () => {
    const now = Date.parse('2026-03-10T12:00:00.000Z');
    expect(lastEdited('2026-03-10T11:59:50.000Z', now, 'pl', pl.t)).toBe('przed chwilą');
    expect(lastEdited('2026-03-10T11:55:00.000Z', now, 'pl', pl.t)).toBe('5 minut temu');
    expect(lastEdited('2026-03-10T11:57:00.000Z', now, 'pl', pl.t)).toBe('3 minuty temu');
    expect(lastEdited('2026-03-09T06:00:00.000Z', now, 'pl', pl.t)).toBe('wczoraj');
    expect(lastEdited('2026-02-01T12:00:00.000Z', now, 'pl', pl.t)).toBe('1.02.2026');
  });
});
