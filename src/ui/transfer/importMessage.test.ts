import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../i18n/catalog';
import { translateIn, type Translate } from '../i18n';
import { importMessage } from './importMessage';

const en: Translate = (key, params) => translateIn('en', key, params);
const pl: Translate = (key, params) => translateIn('pl', key, params);
beforeAll(() => loadCatalog('pl'));

describe('importMessage', () => {
  it('says how many workflows arrived, turned off', () => {
    expect(importMessage({ workflows: 1, stores: 0, copies: [], skippedStores: [] }, en)).toBe('Imported 1 workflow (turned off).');
  });

  it('names copies, added stores and stores left as they were', () => {
    const text = importMessage(
      {
        workflows: 3,
        stores: 2,
        copies: ['A (imported)', 'B (imported)'],
        skippedStores: ['Acme EU'],
      },
      en,
    );
    expect(text).toBe(
      'Imported 3 workflows (turned off). 2 arrived as copies because their ids were already taken: “A (imported)”, “B (imported)”. ' +
        'Added 2 stores with their apps; keys and tokens are never exported, so enter them on the Organization page. ' +
        'Already here and left as they were: “Acme EU”.',
    );
  });

  it('does not claim workflows when the file held only the organization setup', () => {
    expect(importMessage({ workflows: 0, stores: 1, copies: [], skippedStores: [] }, en)).toMatch(/^The file held no workflows\. Added 1 store with its apps/);
  });

  it('says it in Polish with the plural form each count needs', () => {
    expect(importMessage({ workflows: 1, stores: 0, copies: [], skippedStores: [] }, pl)).toBe('Zaimportowano 1 przepływ (wyłączony).');
    expect(importMessage({ workflows: 3, stores: 0, copies: [], skippedStores: [] }, pl)).toBe('Zaimportowano 3 przepływy (wyłączone).');
    expect(importMessage({ workflows: 5, stores: 0, copies: [], skippedStores: ['Sklep A'] }, pl)).toBe(
      'Zaimportowano 5 przepływów (wyłączonych). Już istniały i pozostały bez zmian: „Sklep A”.',
    );
  });
});
