import { beforeAll, describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../../domain/catalog/builtIn';
import { demoOrganization } from '../../domain/org/demo';
import { DEFAULT_ACTIVATION } from '../../domain/workflow/activation';
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
    expect(triggerLabel(null, catalog, en.t, en.localize)).toBe('No trigger yet');
    expect(triggerLabel(null, catalog, pl.t, pl.localize)).toBe('Jeszcze bez wyzwalacza');
    const trigger = { app: 'shopify', trigger: 'order-created' };
    expect(triggerLabel(trigger, catalog, en.t, en.localize)).toBe('Shopify · Order created');
    // The seed's own Polish name of the trigger.
    expect(triggerLabel(trigger, catalog, pl.t, pl.localize)).toBe('Shopify · Utworzono zamówienie');
    expect(triggerLabel({ app: 'gone', trigger: 'x' }, catalog, en.t, en.localize)).toBe('Unknown trigger (gone/x)');
  });

  it('counts the stores a workflow runs in, with the reasons for the others', () => {
    const wf = { name: 'Reviews', activation: structuredClone(DEFAULT_ACTIVATION), appIds: ['loox'] };
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
