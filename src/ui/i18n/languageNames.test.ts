/** A switch to Polish shows only once the apps' Polish names are in the catalog's index (no English name in a Polish frame). */
import { beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  vi.resetModules();
});

describe('applying a language', () => {
  it('loads the Polish names of the catalog index before Polish shows', async () => {
    const catalog = await import('../../state/catalog');
    const language = await import('./language');
    expect(catalog.currentIndex().byId.get('shopify')?.name.pl).toBeUndefined();
    let shownWith: string | undefined;
    const stop = language.useLanguageStore.subscribe((s) => {
      if (s.language === 'pl') shownWith = catalog.currentIndex().byId.get('shopify')?.triggers.find((t) => t.id === 'order-paid')?.name.pl;
    });
    await language.applyLanguage('pl');
    stop();
    expect(shownWith).toBe('Zamówienie opłacone');
  });

  it('does not load them for English', async () => {
    const catalog = await import('../../state/catalog');
    const language = await import('./language');
    await language.applyLanguage('en');
    expect(catalog.currentIndex().byId.get('shopify')?.name).toEqual({ en: 'Shopify' });
  });
});
